package dev.quiver.adapters.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quiver.adapters.arrow.StrptimeFormat;
import dev.quiver.adapters.csv.CsvFormat;
import dev.quiver.adapters.spi.BatchReader;
import dev.quiver.adapters.spi.FormatOptions;
import dev.quiver.adapters.spi.ScanPartition;
import dev.quiver.adapters.spi.ScanSpec;
import dev.quiver.adapters.spi.TableSchema;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DuckDB as the reference for the read options: a CSV DuckDB writes with an escape character and
 * its own date and timestamp formats reads back in Quiver, with the same options, as the values
 * DuckDB holds; and Quiver's strptime formats read each value as DuckDB's strptime does.
 */
class DuckDbReadOptionsTest {
  private static final String ROWS =
      "SELECT i AS id, "
          + "CASE i % 4 WHEN 0 THEN 'say \"hi\"' WHEN 1 THEN 'back\\slash, \"x\"'"
          + " WHEN 2 THEN 'two\nlines' ELSE 'a \\\"b\\\" c' END AS text, "
          + "DATE '1999-12-25' + CAST(i * 37 AS INTEGER) AS day, "
          + "TIMESTAMP '2023-12-31 20:00:00' + to_microseconds(i * 1234567891) AS ts "
          + "FROM range(1, 401) t(i) ORDER BY i";

  @TempDir Path directory;

  @Test
  void aCsvDuckDbWritesWithEscapeAndFormatsReadsAsDuckDbsValues() throws Exception {
    Path file = directory.resolve("escaped.csv");
    List<List<Object>> expected = new ArrayList<>();
    try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = duckdb.createStatement()) {
      statement.execute(
          "COPY (" + ROWS + ") TO '" + file + "' (FORMAT CSV, HEADER true, ESCAPE '\\',"
              + " DATEFORMAT '%d/%m/%Y', TIMESTAMPFORMAT '%b %d %Y %I:%M:%S.%f %p')");
      try (ResultSet rows = statement.executeQuery(ROWS)) {
        while (rows.next()) {
          expected.add(
              List.of(
                  rows.getLong(1),
                  rows.getString(2),
                  rows.getObject(3, LocalDate.class),
                  rows.getObject(4, LocalDateTime.class)));
        }
      }
    }
    FormatOptions options =
        new FormatOptions(
            Map.of(
                "escape", "\\",
                "dateformat", "%d/%m/%Y",
                "timestampformat", "%b %d %Y %I:%M:%S.%f %p"));
    CsvFormat format = new CsvFormat();
    TableSchema schema = format.inferSchema(file, options);
    List<ArrowType.ArrowTypeID> types = new ArrayList<>();
    schema.arrowSchema().getFields().forEach(field -> types.add(field.getType().getTypeID()));
    assertEquals(
        List.of(
            ArrowType.ArrowTypeID.Int,
            ArrowType.ArrowTypeID.Utf8,
            ArrowType.ArrowTypeID.Date,
            ArrowType.ArrowTypeID.Timestamp),
        types,
        schema.notes().toString());
    List<List<Object>> actual = new ArrayList<>();
    try (RootAllocator allocator = new RootAllocator();
        BatchReader reader =
            format.open(
                ScanPartition.wholeFile(file), schema, ScanSpec.allColumns(schema), allocator)) {
      while (reader.next()) {
        VectorSchemaRoot root = reader.root();
        List<FieldVector> vectors = root.getFieldVectors();
        for (int r = 0; r < root.getRowCount(); r++) {
          actual.add(
              List.of(
                  ((Number) vectors.get(0).getObject(r)).longValue(),
                  vectors.get(1).getObject(r).toString(),
                  LocalDate.ofEpochDay((Integer) vectors.get(2).getObject(r)),
                  vectors.get(3).getObject(r)));
        }
      }
    }
    assertEquals(expected, actual);
  }

  /** Values each format reads (or refuses) as DuckDB's strptime does: try_strptime is NULL. */
  @Test
  void strptimeFormatsAgreeWithDuckDb() throws Exception {
    String[][] cases = {
      {"%Y-%m-%d", "2024-01-31", "2024-02-29", "2023-02-29", "2024-13-01", "2024-1-5", "99-01-01"},
      {"%d/%m/%Y", "31/01/2024", "1/2/2024", "32/01/2024", "31/04/2024", "31-01-2024"},
      {"%Y%m%d", "20240131", "20241301", "2024131"},
      {"%y-%m-%d", "00-01-01", "68-06-30", "69-06-30", "99-12-31"},
      {"%b %d %Y", "Jan 5 2024", "SEP 30 2024", "dec 31 1999", "January 5 2024", "Sept 5 2024"},
      {"%B %d, %Y", "January 5, 2024", "may 1, 2024", "Jan 5, 2024"},
      {"%a %Y-%m-%d", "Tue 2024-01-02", "Wed 2024-01-02", "Tues 2024-01-02"},
      {"%Y %j", "2024 001", "2024 060", "2024 366"},
      {"%Y-%m-%d %H:%M:%S", "2024-01-31 23:59:59", "2024-01-31 24:00:00", "2024-01-31 1:2:3",
        "2024-01-31 10:60:00", "2024-01-31  10:00:00", "2024-01-31T10:00:00"},
      {"%Y-%m-%d %I:%M %p", "2024-01-31 12:00 AM", "2024-01-31 12:30 pm", "2024-01-31 1:15 PM",
        "2024-01-31 0:15 AM", "2024-01-31 13:15 PM"},
      {"%Y-%m-%d %H:%M:%S.%f", "2024-01-31 10:00:00.5", "2024-01-31 10:00:00.123456",
        "2024-01-31 10:00:00.1234567", "2024-01-31 10:00:00."},
      {"%Y-%m-%d %H:%M:%S.%g", "2024-01-31 10:00:00.12", "2024-01-31 10:00:00.1234"},
      {"%d.%m.%Y %%", "05.01.2024 %", "05.01.2024 x"},
    };
    int compared = 0;
    try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
        PreparedStatement statement =
            duckdb.prepareStatement("SELECT try_strptime(?, ?)::TIMESTAMP")) {
      for (String[] row : cases) {
        StrptimeFormat format = StrptimeFormat.compile(row[0]);
        for (int i = 1; i < row.length; i++) {
          statement.setString(1, row[i]);
          statement.setString(2, row[0]);
          LocalDateTime duck;
          try (ResultSet result = statement.executeQuery()) {
            result.next();
            duck = result.getObject(1, LocalDateTime.class);
          }
          byte[] value = row[i].getBytes(StandardCharsets.UTF_8);
          long micros = format.parseMicros(value, 0, value.length);
          LocalDateTime ours =
              micros == StrptimeFormat.NO_MATCH
                  ? null
                  : LocalDateTime.ofEpochSecond(
                          Math.floorDiv(micros, 1_000_000L),
                          (int) Math.floorMod(micros, 1_000_000L) * 1000,
                          ZoneOffset.UTC);
          assertEquals(duck, ours, row[i] + " with " + row[0]);
          compared++;
        }
      }
    }
    assertEquals(51, compared);
  }
}
