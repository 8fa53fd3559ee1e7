package dev.quiver.adapters.arrow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.junit.jupiter.api.Test;

/** The {@code columns} and {@code types} spellings, nested types, and the errors for bad text. */
class ColumnDeclarationsTest {
  private static final ColumnDeclarations.Vocabulary ANY =
      new ColumnDeclarations.Vocabulary("a type of this test", field -> true);
  private static final ColumnDeclarations.Vocabulary FLAT =
      new ColumnDeclarations.Vocabulary(
          "a flat type; use one of [BOOLEAN, VARCHAR]", field -> !field.getType().isComplex());

  private static String described(List<Field> fields) {
    StringBuilder text = new StringBuilder();
    for (Field field : fields) {
      if (text.length() > 0) {
        text.append(", ");
      }
      text.append(field.getName()).append(' ').append(ColumnDeclarations.sqlName(field));
    }
    return text.toString();
  }

  private static String columnsError(String text, ColumnDeclarations.Vocabulary vocabulary) {
    return assertThrows(
            IllegalArgumentException.class,
            () -> ColumnDeclarations.parseColumns("columns", text, vocabulary))
        .getMessage();
  }

  @Test
  void scalarTypesAndTheirAliases() {
    List<Field> fields =
        ColumnDeclarations.parseColumns(
            "columns",
            "a BOOLEAN, b bool, c INTEGER, d int, e INT4, f BIGINT, g int8, h LONG, i DOUBLE,"
                + " j float8, k double precision, l DECIMAL(10, 2), m numeric(5), n VARCHAR,"
                + " o text, p STRING, q VARCHAR(20), r DATE, s TIMESTAMP, t datetime",
            ANY);
    assertEquals(
        "a BOOLEAN, b BOOLEAN, c INTEGER, d INTEGER, e INTEGER, f BIGINT, g BIGINT, h BIGINT,"
            + " i DOUBLE, j DOUBLE, k DOUBLE, l DECIMAL(10, 2), m DECIMAL(5, 0), n VARCHAR,"
            + " o VARCHAR, p VARCHAR, q VARCHAR, r DATE, s TIMESTAMP, t TIMESTAMP",
        described(fields));
    assertEquals(new ArrowType.Decimal(10, 2, 128), fields.get(11).getType());
    fields.forEach(field -> assertTrue(field.isNullable(), field.toString()));
  }

  @Test
  void nestedTypesAsDescribePrintsThem() {
    List<Field> fields =
        ColumnDeclarations.parseColumns(
            "columns",
            "user ROW(id BIGINT, address ROW(city VARCHAR)), tags VARCHAR ARRAY,"
                + " points STRUCT(x DOUBLE, y DOUBLE)[], grid BIGINT[][]",
            ANY);
    assertEquals(
        "user ROW(id BIGINT, address ROW(city VARCHAR)), tags VARCHAR ARRAY,"
            + " points ROW(x DOUBLE, y DOUBLE) ARRAY, grid BIGINT ARRAY ARRAY",
        described(fields));
    Field tags = fields.get(1);
    assertEquals(ArrowType.List.INSTANCE, tags.getType());
    assertEquals("$data$", tags.getChildren().get(0).getName());
    assertEquals(ArrowType.Utf8.INSTANCE, tags.getChildren().get(0).getType());
  }

  @Test
  void quotedNamesKeepSpacesCaseAndQuotes() {
    List<Field> fields =
        ColumnDeclarations.parseColumns(
            "columns", "\"order id\" BIGINT,\"Say \"\"hi\"\"\" VARCHAR,  Amount   DOUBLE  ", ANY);
    assertEquals(List.of("order id", "Say \"hi\"", "Amount"), fields.stream().map(Field::getName).toList());
  }

  @Test
  void typesAreNamePairsWithNamesRunningToTheColon() {
    Map<String, Field> types =
        ColumnDeclarations.parseTypes(
            "types", "amount:DECIMAL(10,2), order id : varchar,\"a:b\":DATE", ANY);
    assertEquals(List.of("amount", "order id", "a:b"), List.copyOf(types.keySet()));
    assertEquals(new ArrowType.Decimal(10, 2, 128), types.get("amount").getType());
    assertEquals(ArrowType.Utf8.INSTANCE, types.get("order id").getType());
    assertTrue(ColumnDeclarations.parseTypes("types", " ", ANY).isEmpty());
  }

  @Test
  void errorsNameTheOptionAndWhatItExpects() {
    assertEquals(
        "Option columns: 'NUMBER' is not a flat type; use one of [BOOLEAN, VARCHAR]",
        columnsError("id NUMBER", FLAT));
    assertEquals(
        "Option columns: 'VARCHAR ARRAY' is not a flat type; use one of [BOOLEAN, VARCHAR]",
        columnsError("id BOOLEAN, tags VARCHAR[]", FLAT));
    assertTrue(columnsError("id", ANY).startsWith("Option columns: expected a type for 'id'"));
    assertTrue(columnsError("id BIGINT,", ANY).contains("expected a column name after ','"));
    assertTrue(columnsError("", ANY).contains("expected at least one column"));
    assertTrue(columnsError("id BIGINT name VARCHAR", ANY).contains("expected ',' or the end, found 'name VARCHAR'"));
    assertTrue(columnsError("id BIGINT, id VARCHAR", ANY).contains("names the column 'id' twice"));
    assertTrue(columnsError("a DECIMAL", ANY).contains("DECIMAL needs a precision"));
    assertTrue(columnsError("a DECIMAL(39, 2)", ANY).contains("DECIMAL(39, 2) for 'a' is out of range"));
    assertTrue(columnsError("a DECIMAL(5, 6)", ANY).contains("out of range"));
    assertTrue(columnsError("a ROW()", ANY).contains("expected at least one field in ROW(...)"));
    assertTrue(columnsError("a ROW(b INT", ANY).contains("expected ',' or ')' after a field"));
    assertTrue(columnsError("a ROW(b INT, b INT)", ANY).contains("names the field 'b' twice"));
    assertTrue(columnsError("\"a BIGINT", ANY).contains("a quoted name is not closed"));
    String types =
        assertThrows(
                IllegalArgumentException.class,
                () -> ColumnDeclarations.parseTypes("types", "amount VARCHAR", ANY))
            .getMessage();
    assertEquals(
        "Option types expects column:TYPE pairs separated by commas, e.g."
            + " 'amount:VARCHAR,id:BIGINT'; got 'amount VARCHAR'",
        types);
    assertTrue(
        assertThrows(
                IllegalArgumentException.class,
                () -> ColumnDeclarations.parseTypes("types", "a:INT,a:BIGINT", ANY))
            .getMessage()
            .contains("names the column 'a' twice"));
  }
}
