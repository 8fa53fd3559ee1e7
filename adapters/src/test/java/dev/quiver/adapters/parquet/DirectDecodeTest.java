package dev.quiver.adapters.parquet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.arrow.memory.RootAllocator;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Flat columns that decode straight into their vectors: PLAIN and dictionary pages, NULLs, a long
 * all-NULL stretch, dictionary strings shorter and longer than a copy word, and batches that start
 * mid-byte of the validity bitmap. Version 2 files bring the delta and byte-stream-split encodings
 * that go through scratch arrays. Expected values are computed from the row number.
 */
class DirectDecodeTest {
  private static final int ROWS = 30_000;
  private static final int ODD_BATCH_ROWS = 333;
  private static final int NULL_STRETCH_START = 10_000;
  private static final int NULL_STRETCH_END = 15_000;
  private static final String[] WORDS = {
    "", "a", "exactly-16-bytes", "seventeen-bytes!!", "a much longer dictionary entry, past any word",
    "mid", "ünïcödé"
  };

  @ParameterizedTest
  @ValueSource(strings = {"V1", "V2"})
  void flatColumnsMatchTheirRows(String version, @TempDir Path dir) throws Exception {
    Path file = dir.resolve("flat_" + version + ".parquet");
    StringBuilder words = new StringBuilder("[");
    for (int w = 0; w < WORDS.length; w++) {
      words.append(w == 0 ? "" : ", ").append('\'').append(WORDS[w]).append('\'');
    }
    words.append(']');
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement()) {
      statement.execute("COPY (SELECT"
          + " CASE WHEN i % 9 = 0 THEN NULL ELSE (i % 17)::INTEGER END AS di,"
          + " CASE WHEN i % 5 = 0 THEN NULL ELSE i * 3 END::BIGINT AS pl,"
          + " i::BIGINT AS req,"
          + " CASE WHEN i % 4 = 0 THEN NULL ELSE (i % 13) / 4.0 END::DOUBLE AS dd,"
          + " CASE WHEN i % 6 = 0 THEN NULL ELSE i / 8.0 END::FLOAT AS pf,"
          + " CASE WHEN i % 3 = 0 THEN NULL ELSE " + words + "[i % " + WORDS.length + " + 1] END AS ds,"
          + " CASE WHEN i >= " + NULL_STRETCH_START + " AND i < " + NULL_STRETCH_END
          + " THEN NULL ELSE 'row-' || i END AS gap,"
          + " DATE '1970-01-01' + (i % 50)::INTEGER AS dt"
          + " FROM range(" + ROWS + ") t(i)) TO '" + file + "' (FORMAT PARQUET, COMPRESSION ZSTD,"
          + " ROW_GROUP_SIZE 12000, PARQUET_VERSION " + version + ")");
    }
    try (RootAllocator allocator = new RootAllocator()) {
      List<List<Object>> rows = ParquetTestSupport.readAll(file, allocator, ODD_BATCH_ROWS);
      assertEquals(ROWS, rows.size());
      for (int i = 0; i < ROWS; i++) {
        assertEquals(expected(i), rows.get(i), version + " row " + i);
      }
      assertEquals(0, allocator.getAllocatedMemory());
    }
  }

  private static List<Object> expected(int i) {
    boolean inStretch = i >= NULL_STRETCH_START && i < NULL_STRETCH_END;
    return new ArrayList<>(Arrays.asList(
        i % 9 == 0 ? null : i % 17,
        i % 5 == 0 ? null : i * 3L,
        (long) i,
        i % 4 == 0 ? null : (i % 13) / 4.0,
        i % 6 == 0 ? null : i / 8.0f,
        i % 3 == 0 ? null : WORDS[i % WORDS.length],
        inStretch ? null : "row-" + i,
        i % 50));
  }
}
