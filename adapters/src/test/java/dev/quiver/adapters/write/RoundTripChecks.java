package dev.quiver.adapters.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.quiver.adapters.FileFormats;
import dev.quiver.adapters.spi.BatchReader;
import dev.quiver.adapters.spi.FileFormat;
import dev.quiver.adapters.spi.FormatOptions;
import dev.quiver.adapters.spi.ScanPartition;
import dev.quiver.adapters.spi.ScanSpec;
import dev.quiver.adapters.spi.TableSchema;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.util.Text;

/** Reads a written file back with DuckDB and with Quiver's own readers and compares every value. */
final class RoundTripChecks {
  private RoundTripChecks() {}

  /** {'name': 'TYPE', ...} for DuckDB's columns= argument. */
  static String duckColumns(WriterTestTable table) {
    return duckColumns(table, false);
  }

  /**
   * Like {@link #duckColumns(WriterTestTable)}; with {@code decimalsAsDouble} DECIMAL columns are
   * read as DOUBLE (DuckDB's JSON reader parses every number as a double, so a DECIMAL(38,10) value
   * cannot come back exactly; exactness is checked on the text instead).
   */
  static String duckColumns(WriterTestTable table, boolean decimalsAsDouble) {
    StringBuilder b = new StringBuilder("{");
    for (WriterTestTable.Column c : table.columns) {
      if (b.length() > 1) {
        b.append(", ");
      }
      b.append('\'').append(c.field().getName()).append("': '")
          .append(decimalsAsDouble && c.duckType().startsWith("DECIMAL") ? "DOUBLE" : c.duckType())
          .append('\'');
    }
    return b.append('}').toString();
  }

  /** A DuckDB expression turning column {@code c} into something JDBC returns exactly. */
  private static String canonical(WriterTestTable.Column c) {
    String n = '"' + c.field().getName() + '"';
    return switch (c.duckType()) {
      case "TINYINT", "SMALLINT", "INTEGER", "BIGINT" -> "CAST(" + n + " AS BIGINT)";
      case "DATE" -> "CAST(" + n + " - DATE '1970-01-01' AS BIGINT)";
      case "TIMESTAMP" -> "epoch_us(" + n + ")";
      case "TIME" -> "CAST(hour(" + n + ") * 3600 + minute(" + n + ") * 60 AS BIGINT) * 1000000 + microsecond(" + n + ")";
      case "BLOB" -> "hex(" + n + ")";
      default -> n;
    };
  }

  /** Reads {@code source} (a DuckDB table expression) and compares each row with the table. */
  static void compareWithDuckDb(String source, WriterTestTable table, int rows) throws Exception {
    StringBuilder select = new StringBuilder("SELECT ");
    for (int c = 0; c < table.columns.size(); c++) {
      select.append(c == 0 ? "" : ", ").append(canonical(table.columns.get(c)));
    }
    select.append(" FROM ").append(source);
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(select.toString())) {
      int row = 0;
      while (rs.next()) {
        for (int c = 0; c < table.columns.size(); c++) {
          WriterTestTable.Column column = table.columns.get(c);
          Object expected = column.value(row);
          Object actual = duckValue(rs, c + 1, expected);
          if (!sameDuck(expected, actual)) {
            fail("DuckDB row " + row + " column " + column.field().getName() + ": expected <"
                + show(expected) + "> but was <" + show(actual) + ">");
          }
        }
        row++;
      }
      assertEquals(rows, row, "rows read back by DuckDB");
    }
  }

  private static Object duckValue(ResultSet rs, int index, Object expected) throws Exception {
    Object value = rs.getObject(index);
    if (value == null) {
      return null;
    }
    if (expected instanceof Float) {
      return rs.getFloat(index);
    }
    if (expected instanceof Double) {
      return rs.getDouble(index);
    }
    if (expected instanceof Long || expected instanceof LocalDate || expected instanceof LocalDateTime
        || expected instanceof LocalTime) {
      return rs.getLong(index);
    }
    if (expected instanceof byte[]) {
      return rs.getString(index);
    }
    return value;
  }

  private static boolean sameDuck(Object expected, Object actual) {
    if (expected == null || actual == null) {
      return expected == actual;
    }
    if (expected instanceof LocalDate d) {
      return actual.equals(d.toEpochDay());
    }
    if (expected instanceof LocalDateTime t) {
      return actual.equals(WriterTestTable.micros(t));
    }
    if (expected instanceof LocalTime t) {
      return actual.equals(t.toNanoOfDay() / 1000);
    }
    if (expected instanceof BigDecimal d) {
      return actual instanceof Double x ? x == d.doubleValue() : d.compareTo((BigDecimal) actual) == 0;
    }
    if (expected instanceof byte[] b) {
      if (HexFormat.of().withUpperCase().formatHex(b).equals(actual)) {
        return true;
      }
      // DuckDB's JSON reader keeps a string's bytes as the BLOB (it does not undo \xHH, not even
      // in the JSON it writes itself); then the text must be DuckDB's BLOB text of the bytes.
      String text = new String(HexFormat.of().parseHex((String) actual), StandardCharsets.ISO_8859_1);
      return Arrays.equals(b, unescapeBlob(text));
    }
    return expected.equals(actual);
  }

  /** Reads {@code file} with Quiver's reader for its extension and compares every value. */
  static void compareWithQuiver(Path file, WriterTestTable table, int rows, BufferAllocator allocator)
      throws Exception {
    FileFormat format = FileFormats.forFile(file).orElseThrow();
    TableSchema schema = format.inferSchema(file, FormatOptions.DEFAULTS);
    assertEquals(table.columns.size(), schema.arrowSchema().getFields().size(), schema.notes().toString());
    List<List<Object>> read = new ArrayList<>();
    try (BatchReader reader =
        format.open(ScanPartition.wholeFile(file), schema, ScanSpec.allColumns(schema), allocator)) {
      while (reader.next()) {
        VectorSchemaRoot root = reader.root();
        for (int r = 0; r < root.getRowCount(); r++) {
          List<Object> row = new ArrayList<>();
          for (FieldVector vector : root.getFieldVectors()) {
            row.add(vector.getObject(r));
          }
          read.add(row);
        }
      }
    }
    assertEquals(rows, read.size(), "rows read back by Quiver");
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < table.columns.size(); c++) {
        WriterTestTable.Column column = table.columns.get(c);
        Object expected = column.value(r);
        Object actual = read.get(r).get(c);
        if (!sameQuiver(expected, actual)) {
          fail("Quiver row " + r + " column " + column.field().getName() + " ("
              + schema.arrowSchema().getFields().get(c).getType() + "): expected <" + show(expected)
              + "> but was <" + show(actual) + ">");
        }
      }
    }
  }

  private static boolean sameQuiver(Object expected, Object actual) {
    if (expected == null || actual == null) {
      return expected == actual;
    }
    if (actual instanceof Text text) {
      return sameAsText(expected, text.toString());
    }
    if (expected instanceof Float f) {
      return ((Number) actual).doubleValue() == (actual instanceof Float ? f : Double.parseDouble(f.toString()));
    }
    if (expected instanceof Double d) {
      return Double.compare(d, ((Number) actual).doubleValue()) == 0;
    }
    if (expected instanceof Long l) {
      return actual instanceof Number n && n.longValue() == l;
    }
    if (expected instanceof BigDecimal d) {
      return actual instanceof BigDecimal a ? a.compareTo(d) == 0 : ((Number) actual).doubleValue() == d.doubleValue();
    }
    if (expected instanceof LocalDate d) {
      return actual instanceof LocalDateTime t ? t.equals(d.atStartOfDay()) : ((Number) actual).longValue() == d.toEpochDay();
    }
    if (expected instanceof LocalTime t) {
      return ((Number) actual).longValue() == t.toNanoOfDay() / 1000;
    }
    if (expected instanceof byte[] b) {
      return Arrays.equals(b, (byte[]) actual);
    }
    return expected.equals(actual);
  }

  /** Quiver read a column as text: parse the text with java.time / BigDecimal, independently. */
  private static boolean sameAsText(Object expected, String text) {
    if (expected instanceof String s) {
      return s.equals(text);
    }
    if (expected instanceof Long l) {
      return Long.parseLong(text) == l;
    }
    if (expected instanceof Float f) {
      return Float.parseFloat(text) == f;
    }
    if (expected instanceof Double d) {
      return Double.compare(Double.parseDouble(text), d) == 0;
    }
    if (expected instanceof BigDecimal d) {
      return new BigDecimal(text).compareTo(d) == 0;
    }
    if (expected instanceof LocalDate d) {
      return LocalDate.parse(text).equals(d);
    }
    if (expected instanceof LocalDateTime t) {
      return LocalDateTime.parse(text.replace(' ', 'T')).equals(t);
    }
    if (expected instanceof LocalTime t) {
      return LocalTime.parse(text).equals(t);
    }
    if (expected instanceof byte[] b) {
      return Arrays.equals(unescapeBlob(text), b);
    }
    if (expected instanceof Boolean b) {
      return text.equals(b.toString());
    }
    return false;
  }

  /** DuckDB's BLOB text: {@code \xHH} escapes, other characters as themselves. */
  static byte[] unescapeBlob(String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        assertTrue(text.charAt(i + 1) == 'x', text);
        out.write(Integer.parseInt(text.substring(i + 2, i + 4), 16));
        i += 3;
      } else {
        out.write(c);
      }
    }
    return out.toByteArray();
  }

  private static String show(Object value) {
    return value instanceof byte[] b ? HexFormat.of().formatHex(b) : String.valueOf(value);
  }
}
