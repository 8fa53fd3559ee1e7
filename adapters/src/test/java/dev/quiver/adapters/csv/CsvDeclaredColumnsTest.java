package dev.quiver.adapters.csv;

import static dev.quiver.adapters.csv.CsvTestSupport.columns;
import static dev.quiver.adapters.csv.CsvTestSupport.options;
import static dev.quiver.adapters.csv.CsvTestSupport.readAll;
import static dev.quiver.adapters.csv.CsvTestSupport.row;
import static dev.quiver.adapters.csv.CsvTestSupport.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quiver.adapters.spi.FormatOptions;
import dev.quiver.adapters.spi.ReaderException;
import dev.quiver.adapters.spi.TableSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The columns option (every column's name and type) and its interplay with types and header. */
class CsvDeclaredColumnsTest {
  @TempDir Path dir;

  private static String error(Path file, FormatOptions options) {
    return assertThrows(
            IllegalArgumentException.class, () -> new CsvFormat().inferSchema(file, options))
        .getMessage();
  }

  @Test
  void aHeaderlessTextFileKeepsItsFirstRow() throws Exception {
    // Without columns the all-text first row looks like a header; with columns it is data.
    Path file = write(dir, "names.csv", "ann,oslo\nbob,lima\n");
    assertEquals(List.of(row("bob", "lima")), readAll(file));
    FormatOptions declared = options("columns", "name VARCHAR, city VARCHAR");
    TableSchema schema = new CsvFormat().inferSchema(file, declared);
    assertEquals(List.of("name:VARCHAR", "city:VARCHAR"), columns(schema));
    assertTrue(schema.notes().contains("column name: VARCHAR (given)"), schema.notes().toString());
    assertEquals(
        List.of(row("ann", "oslo"), row("bob", "lima")), readAll(new CsvFormat(), file, declared));
    // header => true says otherwise.
    assertEquals(
        List.of(row("bob", "lima")),
        readAll(new CsvFormat(), file, options("columns", "name VARCHAR, city VARCHAR", "header", "true")));
  }

  @Test
  void aHeaderIsRecognisedByTheDeclaredTypesAndItsNamesReplaced() throws Exception {
    Path file = write(dir, "scores.csv", "id,who,score\n1,ann,3.5\n2,bob,4\n");
    FormatOptions declared = options("columns", "\"Order Id\" BIGINT, name VARCHAR, amount VARCHAR");
    TableSchema schema = new CsvFormat().inferSchema(file, declared);
    assertEquals(List.of("Order Id:BIGINT", "name:VARCHAR", "amount:VARCHAR"), columns(schema));
    assertEquals(
        List.of(row("1", "ann", "3.5"), row("2", "bob", "4")),
        readAll(new CsvFormat(), file, declared));
  }

  @Test
  void aHeaderlessFileOfNumbersReadsEveryRow() throws Exception {
    Path file = write(dir, "numbers.csv", "1,2.5,2024-01-31\n2,3.5,2024-02-01\n");
    FormatOptions declared = options("columns", "id INTEGER, amount DOUBLE, day DATE");
    assertEquals(2, readAll(new CsvFormat(), file, declared).size());
    assertEquals(
        List.of("id:INTEGER", "amount:DOUBLE", "day:DATE"),
        columns(new CsvFormat().inferSchema(file, declared)));
  }

  @Test
  void theColumnCountMustMatchTheFile() throws Exception {
    Path file = write(dir, "three.csv", "\na,b,c\n1,2,3\n");
    ReaderException fewer =
        assertThrows(
            ReaderException.class,
            () -> new CsvFormat().inferSchema(file, options("columns", "a INTEGER, b INTEGER")));
    assertEquals(2, fewer.line());
    assertEquals(
        file + ":2: the first row has 3 fields, but the columns option declares 2 columns\n"
            + "  Hint: list every column of the file in columns, in order\n"
            + "  Line: a,b,c",
        fewer.getMessage());
    ReaderException more =
        assertThrows(
            ReaderException.class,
            () ->
                new CsvFormat()
                    .inferSchema(file, options("columns", "a INTEGER, b INTEGER, c INTEGER, d INTEGER")));
    assertTrue(more.getMessage().contains("but the columns option declares 4 columns"));
  }

  @Test
  void columnsAndTypesDoNotMixAndTypesMustBeCsvTypes() throws Exception {
    Path file = write(dir, "t.csv", "a,b\n1,2\n");
    assertEquals(
        "Option types cannot be combined with columns, which already declares every column's"
            + " type; put the types in columns",
        error(file, options("columns", "a INTEGER, b INTEGER", "types", "a:BIGINT")));
    assertEquals(
        "Option columns: 'DECIMAL(10, 2)' is not a CSV column type; use one of"
            + " [BOOLEAN, INTEGER, BIGINT, DOUBLE, DATE, TIMESTAMP, VARCHAR]",
        error(file, options("columns", "a INTEGER, b DECIMAL(10,2)")));
    assertEquals(
        "Option types: 'VARCHAR ARRAY' is not a CSV column type; use one of"
            + " [BOOLEAN, INTEGER, BIGINT, DOUBLE, DATE, TIMESTAMP, VARCHAR]",
        error(file, options("types", "b:VARCHAR[]")));
    // The types option takes the same type spellings as columns.
    assertEquals(
        List.of("a:BIGINT", "b:VARCHAR"),
        columns(new CsvFormat().inferSchema(file, options("types", "a:int8, B:text"))));
  }

  @Test
  void aValueTheDeclaredTypeCannotReadFailsOrIsRejected() throws Exception {
    Path file = write(dir, "bad.csv", "1,a\nx,b\n3,c\n");
    FormatOptions declared = options("columns", "id INTEGER, name VARCHAR");
    ReaderException error =
        assertThrows(ReaderException.class, () -> readAll(new CsvFormat(), file, declared));
    assertEquals(2, error.line());
    assertTrue(
        error.getMessage()
            .contains("column 'id': cannot read 'x' as INTEGER (type given by the columns option)"),
        error.getMessage());
    assertTrue(
        error.getMessage().contains("Hint: declare another type for 'id' in the columns option"),
        error.getMessage());
    Path rejects = dir.resolve("rejects.csv");
    FormatOptions skip =
        options(
            "columns", "id INTEGER, name VARCHAR", "ignore_errors", "true",
            "rejects_file", rejects.toString());
    assertEquals(List.of(row("1", "a"), row("3", "c")), readAll(new CsvFormat(), file, skip));
    List<String> lines = Files.readAllLines(rejects);
    assertEquals(2, lines.size());
    assertTrue(lines.get(1).contains(",2,\"id\",\"x\",\"cannot read 'x' as INTEGER (type given by the columns option)\""), lines.get(1));
  }
}
