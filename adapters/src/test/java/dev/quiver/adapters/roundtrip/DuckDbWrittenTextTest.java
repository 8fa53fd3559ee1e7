package dev.quiver.adapters.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quiver.adapters.FileFormats;
import dev.quiver.adapters.spi.BatchReader;
import dev.quiver.adapters.spi.FileFormat;
import dev.quiver.adapters.spi.FormatOptions;
import dev.quiver.adapters.spi.ScanPartition;
import dev.quiver.adapters.spi.ScanSpec;
import dev.quiver.adapters.spi.TableSchema;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files DuckDB writes with COPY (CSV, NDJSON and JSON arrays) read by Quiver's readers: every
 * value equals what DuckDB itself returns for the same rows, and the inferred types are the ones a
 * user expects (BIGINT, DOUBLE, BOOLEAN, DATE, TIMESTAMP, VARCHAR).
 */
class DuckDbWrittenTextTest {
  private static final String ROWS =
      "SELECT i AS id, i * 1.5 AS amount, i % 2 = 0 AS even, "
          + "CASE WHEN i % 5 = 0 THEN NULL ELSE 'n' || i END AS name, "
          + "CASE i % 4 WHEN 0 THEN 'a,b' WHEN 1 THEN 'say \"hi\"' WHEN 2 THEN 'two\nlines'"
          + " ELSE 'café' END AS text, "
          + "DATE '2024-01-01' + CAST(i AS INTEGER) AS day, "
          + "TIMESTAMP '2024-01-01 00:00:00' + to_microseconds(i * 1234567) AS ts "
          + "FROM range(1, 301) t(i) ORDER BY i";

  @TempDir Path directory;

  @ParameterizedTest
  @ValueSource(strings = {"csv", "ndjson", "json"})
  void valuesEqualDuckDbs(String format) throws Exception {
    Path file = directory.resolve("rows." + format);
    String options =
        switch (format) {
          case "csv" -> "(FORMAT CSV, HEADER true)";
          case "ndjson" -> "(FORMAT JSON)";
          default -> "(FORMAT JSON, ARRAY true)";
        };
    List<List<Object>> expected = new ArrayList<>();
    try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = duckdb.createStatement()) {
      statement.execute("COPY (" + ROWS + ") TO '" + file + "' " + options);
      try (ResultSet rows = statement.executeQuery(ROWS)) {
        while (rows.next()) {
          List<Object> row = new ArrayList<>();
          row.add(rows.getLong(1));
          row.add(rows.getDouble(2));
          row.add(rows.getBoolean(3));
          row.add(rows.getString(4));
          row.add(rows.getString(5));
          row.add(rows.getObject(6, LocalDate.class));
          row.add(rows.getObject(7, LocalDateTime.class));
          expected.add(row);
        }
      }
    }
    try (RootAllocator allocator = new RootAllocator()) {
      FileFormat reader = FileFormats.forFile(file).orElseThrow();
      TableSchema schema = reader.inferSchema(file, FormatOptions.DEFAULTS);
      List<ArrowType> types = new ArrayList<>();
      schema.arrowSchema().getFields().forEach(field -> types.add(field.getType()));
      assertEquals(ArrowType.Bool.INSTANCE, types.get(2), schema.notes().toString());
      assertEquals(ArrowType.ArrowTypeID.Date, types.get(5).getTypeID(), schema.notes().toString());
      assertEquals(
          ArrowType.ArrowTypeID.Timestamp, types.get(6).getTypeID(), schema.notes().toString());
      List<List<Object>> actual = new ArrayList<>();
      try (BatchReader batches =
          reader.open(
              ScanPartition.wholeFile(file), schema, ScanSpec.allColumns(schema), allocator)) {
        while (batches.next()) {
          VectorSchemaRoot root = batches.root();
          for (int r = 0; r < root.getRowCount(); r++) {
            List<Object> row = new ArrayList<>();
            List<FieldVector> vectors = root.getFieldVectors();
            row.add(((Number) vectors.get(0).getObject(r)).longValue());
            row.add(((Number) vectors.get(1).getObject(r)).doubleValue());
            row.add(vectors.get(2).getObject(r));
            Object name = vectors.get(3).getObject(r);
            row.add(name == null ? null : name.toString());
            row.add(vectors.get(4).getObject(r).toString());
            row.add(LocalDate.ofEpochDay((Integer) vectors.get(5).getObject(r)));
            row.add(vectors.get(6).getObject(r));
            actual.add(row);
          }
        }
      }
      assertEquals(expected, actual);
      assertEquals(0, allocator.getAllocatedMemory());
    }
  }
}
