package dev.quiver.adapters.parquet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quiver.adapters.spi.BatchReader;
import dev.quiver.adapters.spi.FormatOptions;
import dev.quiver.adapters.spi.ScanPartition;
import dev.quiver.adapters.spi.ScanSpec;
import dev.quiver.adapters.spi.TableSchema;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.FieldVector;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Columns decoded late: the reader decodes only the first column in {@code next()}, and the
 * others only for batches where {@code loadDeferred()} is called; skipped batches' rows are passed
 * over (whole pages without decompressing them). Whatever the pattern of loaded and skipped
 * batches, loaded values are the rows' values: PLAIN, dictionary and (V2) delta pages, NULLs,
 * strings, decimals, booleans and timestamps, across row groups.
 */
class DeferredColumnsTest {
  private static final int ROWS = 120_000;
  private static final int BATCH_ROWS = 1000;

  @ParameterizedTest
  @ValueSource(strings = {"V1", "V2"})
  void loadedBatchesHoldTheirRowsWhateverWasSkipped(String version, @TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("late_" + version + ".parquet");
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement()) {
      statement.execute("COPY (SELECT i::BIGINT AS id,"
          + " CASE WHEN i % 7 = 0 THEN NULL ELSE i * 3 END::BIGINT AS n,"
          + " CASE WHEN i % 5 = 0 THEN NULL ELSE ['red', 'green', 'blue'][i % 3 + 1] END AS color,"
          + " 'row-' || i || repeat('x', i % 400) AS text,"
          + " CASE WHEN i % 11 = 0 THEN NULL ELSE (i % 1000) / 8.0 END::DOUBLE AS d,"
          + " (i % 100000)::DECIMAL(12, 2) / 100 AS money,"
          + " i % 3 = 0 AS flag,"
          + " TIMESTAMP '2024-01-01' + INTERVAL (i) SECOND AS ts"
          + " FROM range(" + ROWS + ") t(i)) TO '" + file + "' (FORMAT PARQUET, ROW_GROUP_SIZE 50000,"
          + " PARQUET_VERSION " + version + ")");
    }
    ParquetFormat format = new ParquetFormat();
    TableSchema schema = format.inferSchema(file, FormatOptions.DEFAULTS);
    int columns = schema.arrowSchema().getFields().size();
    int[] all = new int[columns];
    int[] late = new int[columns - 1];
    for (int c = 0; c < columns; c++) {
      all[c] = c;
      if (c > 0) {
        late[c - 1] = c;
      }
    }
    List<List<Object>> expected;
    try (RootAllocator allocator = new RootAllocator()) {
      expected = ParquetTestSupport.readAll(file, allocator, BATCH_ROWS);
    }
    assertEquals(ROWS, expected.size());
    Random random = new Random(42);
    long skippedPages = 0;
    for (String pattern : new String[] {"every third", "random", "last of each row group", "none"}) {
      ScanSpec spec = new ScanSpec(all, BATCH_ROWS, List.of(), false).withDeferred(late);
      int loaded = 0;
      try (RootAllocator allocator = new RootAllocator();
          BatchReader reader =
              format.open(ScanPartition.wholeFile(file), schema, spec, allocator)) {
        int row = 0;
        int batch = 0;
        while (reader.next()) {
          int rows = reader.root().getRowCount();
          FieldVector id = reader.root().getVector(0);
          for (int r = 0; r < rows; r++) {
            assertEquals((long) (row + r), ((Number) id.getObject(r)).longValue(), "the first column is never late");
          }
          boolean load = switch (pattern) {
            case "every third" -> batch % 3 == 0;
            case "random" -> random.nextInt(4) == 0;
            case "last of each row group" -> (row + rows) % 50_000 == 0 || row + rows == ROWS;
            default -> false;
          };
          if (load) {
            reader.loadDeferred();
            loaded++;
            for (int r = 0; r < rows; r++) {
              List<Object> values = new ArrayList<>();
              for (FieldVector vector : reader.root().getFieldVectors()) {
                values.add(ParquetTestSupport.normalize(vector.getObject(r)));
              }
              assertEquals(expected.get(row + r), values, pattern + ", row " + (row + r));
            }
          }
          row += rows;
          batch++;
        }
        assertEquals(ROWS, row);
        skippedPages += reader.metrics().pagesSkipped();
      }
      assertTrue(pattern.equals("none") || loaded > 0);
    }
  }

  /**
   * Quiver's writer cuts pages at about 1 MiB (DuckDB writes one page per column chunk): a late
   * column whose rows are skipped up to the last batch is stepped over page by page, the pages
   * never decompressed, and the last batch still holds its rows.
   */
  @org.junit.jupiter.api.Test
  void skippedRowsPassWholePagesUndecompressed(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("pages.parquet");
    int rows = 100_000;
    org.apache.arrow.vector.types.pojo.Field text =
        new org.apache.arrow.vector.types.pojo.Field("text",
            org.apache.arrow.vector.types.pojo.FieldType.nullable(
                org.apache.arrow.vector.types.pojo.ArrowType.Utf8.INSTANCE), null);
    org.apache.arrow.vector.types.pojo.Field id =
        new org.apache.arrow.vector.types.pojo.Field("id",
            org.apache.arrow.vector.types.pojo.FieldType.nullable(
                new org.apache.arrow.vector.types.pojo.ArrowType.Int(64, true)), null);
    org.apache.arrow.vector.types.pojo.Schema arrow =
        new org.apache.arrow.vector.types.pojo.Schema(List.of(id, text));
    try (RootAllocator allocator = new RootAllocator();
        org.apache.arrow.vector.VectorSchemaRoot root =
            org.apache.arrow.vector.VectorSchemaRoot.create(arrow, allocator)) {
      org.apache.arrow.vector.BigIntVector ids = (org.apache.arrow.vector.BigIntVector) root.getVector(0);
      org.apache.arrow.vector.VarCharVector texts = (org.apache.arrow.vector.VarCharVector) root.getVector(1);
      try (dev.quiver.adapters.spi.BatchWriter writer =
          new dev.quiver.adapters.write.parquet.ParquetWritableFormat()
              .create(file, arrow, new FormatOptions(java.util.Map.of("row_group_size", "" + rows)), allocator)) {
        // Batches as the engine writes them: the writer cuts a page when one fills.
        for (int start = 0; start < rows; start += 4096) {
          int n = Math.min(4096, rows - start);
          root.allocateNew();
          for (int i = 0; i < n; i++) {
            ids.setSafe(i, start + i);
            texts.setSafe(i, textOf(start + i).getBytes(java.nio.charset.StandardCharsets.UTF_8));
          }
          root.setRowCount(n);
          writer.write(root);
        }
        writer.finish();
      }
    }
    ParquetFormat format = new ParquetFormat();
    TableSchema schema = format.inferSchema(file, FormatOptions.DEFAULTS);
    ScanSpec spec = new ScanSpec(new int[] {0, 1}, BATCH_ROWS, List.of(), false).withDeferred(new int[] {1});
    try (RootAllocator allocator = new RootAllocator();
        BatchReader reader = format.open(ScanPartition.wholeFile(file), schema, spec, allocator)) {
      int row = 0;
      while (reader.next()) {
        int count = reader.root().getRowCount();
        if (row + count == rows) {
          reader.loadDeferred();
          for (int r = 0; r < count; r++) {
            assertEquals(textOf(row + r), reader.root().getVector(1).getObject(r).toString());
          }
        }
        row += count;
      }
      assertEquals(rows, row);
      reader.close();
      assertTrue(reader.metrics().pagesSkipped() > 10,
          "pages stepped over: " + reader.metrics().pagesSkipped());
    }
  }

  private static String textOf(int i) {
    return "row-" + i + "-" + "x".repeat(i % 400);
  }
}
