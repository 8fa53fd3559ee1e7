package dev.quiver.adapters.parquet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quiver.adapters.spi.BatchReader;
import dev.quiver.adapters.spi.DictionaryColumn;
import dev.quiver.adapters.spi.FormatOptions;
import dev.quiver.adapters.spi.ScanPartition;
import dev.quiver.adapters.spi.ScanSpec;
import dev.quiver.adapters.spi.StringDictionary;
import dev.quiver.adapters.spi.TableSchema;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VarCharVector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dictionary-encoded string columns handed on as codes: every batch of a dictionary column comes
 * as codes when the caller asks for them, each code's entry is the row's value (NULL rows the NULL
 * entry), materializing gives the plain values, and a caller that does not ask gets plain values
 * only. Row groups have dictionaries of their own; batches are cut at odd sizes.
 */
class DictionaryCodesTest {
  private static final int ROWS = 25_000;
  private static final int BATCH_ROWS = 777;
  private static final String[] WORDS = {"paid", "shipped", "", "a much longer entry than a word"};

  @Test
  void codesAreTheRowsValues(@TempDir Path dir) throws Exception {
    Path file = write(dir);
    int codedBatches = 0;
    int dictionaries = 0;
    StringDictionary last = null;
    try (RootAllocator allocator = new RootAllocator()) {
      ParquetFormat format = new ParquetFormat();
      TableSchema schema = format.inferSchema(file, FormatOptions.DEFAULTS);
      ScanSpec spec = new ScanSpec(new int[] {0, 1, 2}, BATCH_ROWS, List.of(), true);
      try (BatchReader reader = format.open(ScanPartition.wholeFile(file), schema, spec, allocator)) {
        int row = 0;
        while (reader.next()) {
          int rows = reader.root().getRowCount();
          DictionaryColumn coded = reader.dictionary(1);
          assertNotNull(coded, "batch at row " + row + " of the dictionary column");
          assertNull(reader.dictionary(0), "an integer column is never coded");
          codedBatches++;
          if (coded.dictionary() != last) {
            dictionaries++;
            last = coded.dictionary();
          }
          assertEquals(rows, coded.rows());
          for (int r = 0; r < rows; r++) {
            int i = row + r;
            assertEquals(i, ((Number) reader.root().getVector(0).getObject(r)).intValue());
            int code = coded.code(r);
            String expected = word(i);
            if (expected == null) {
              assertEquals(coded.dictionary().nullCode(), code, "row " + i);
              assertTrue(coded.dictionary().entries().isNull(code));
            } else {
              assertEquals(expected, entry(coded.dictionary(), code), "row " + i);
            }
          }
          VarCharVector values = (VarCharVector) coded.materialize();
          VarCharVector unique = (VarCharVector) reader.root().getVector(2);
          for (int r = 0; r < rows; r++) {
            assertEquals(word(row + r), text(values, r), "materialized row " + (row + r));
            assertEquals(unique(row + r), text(unique, r), "plain column row " + (row + r));
          }
          row += rows;
        }
        assertEquals(ROWS, row);
      }
      assertEquals(0, allocator.getAllocatedMemory(), "codes and dictionaries are freed");
    }
    assertTrue(codedBatches >= ROWS / BATCH_ROWS, "batches: " + codedBatches);
    assertEquals(3, dictionaries, "each of the three row groups brings its own dictionary");
  }

  @Test
  void callersThatDoNotAskGetValues(@TempDir Path dir) throws Exception {
    Path file = write(dir);
    try (RootAllocator allocator = new RootAllocator()) {
      ParquetFormat format = new ParquetFormat();
      TableSchema schema = format.inferSchema(file, FormatOptions.DEFAULTS);
      ScanSpec spec = new ScanSpec(new int[] {1}, BATCH_ROWS);
      try (BatchReader reader = format.open(ScanPartition.wholeFile(file), schema, spec, allocator)) {
        int row = 0;
        while (reader.next()) {
          assertNull(reader.dictionary(0));
          FieldVector vector = reader.root().getVector(0);
          for (int r = 0; r < reader.root().getRowCount(); r++) {
            assertEquals(word(row + r), text((VarCharVector) vector, r));
          }
          row += reader.root().getRowCount();
        }
        assertEquals(ROWS, row);
      }
      assertEquals(0, allocator.getAllocatedMemory());
    }
  }

  private static Path write(Path dir) throws Exception {
    Path file = dir.resolve("coded.parquet");
    StringBuilder words = new StringBuilder("[");
    for (int w = 0; w < WORDS.length; w++) {
      words.append(w == 0 ? "" : ", ").append('\'').append(WORDS[w]).append('\'');
    }
    words.append(']');
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement()) {
      statement.execute("COPY (SELECT i::INTEGER AS id,"
          + " CASE WHEN i % 7 = 0 THEN NULL ELSE " + words + "[i % " + WORDS.length + " + 1] END AS word,"
          + " 'unique-' || i AS u"
          + " FROM range(" + ROWS + ") t(i)) TO '" + file + "' (FORMAT PARQUET, ROW_GROUP_SIZE 10000)");
    }
    return file;
  }

  private static String word(int i) {
    return i % 7 == 0 ? null : WORDS[i % WORDS.length];
  }

  private static String unique(int i) {
    return "unique-" + i;
  }

  private static String entry(StringDictionary dictionary, int code) {
    return text((VarCharVector) dictionary.entries(), code);
  }

  private static String text(VarCharVector vector, int index) {
    return vector.isNull(index) ? null : new String(vector.get(index), java.nio.charset.StandardCharsets.UTF_8);
  }
}
