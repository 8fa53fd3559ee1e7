package dev.quiver.adapters.write.parquet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quiver.adapters.parquet.ParquetFormat;
import dev.quiver.adapters.parquet.metadata.Encodings;
import dev.quiver.adapters.spi.BatchReader;
import dev.quiver.adapters.spi.DictionaryColumn;
import dev.quiver.adapters.spi.FormatOptions;
import dev.quiver.adapters.spi.ScanPartition;
import dev.quiver.adapters.spi.ScanSpec;
import dev.quiver.adapters.spi.TableSchema;
import dev.quiver.adapters.write.ParquetPages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VarCharVector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quiver's reader on a chunk that is dictionary-encoded and then PLAIN (as Quiver writes a
 * column whose dictionary passes 1 MiB): with {@code dictionaryCodes} the batches wholly before
 * the switch come as codes, the batch that straddles it and those after come as plain values, and
 * every value is right either way.
 */
class DictionaryFallbackReadTest {
  private static final int BATCH_ROWS = 1000;

  @Test
  void codesBeforeTheFallbackValuesAfter(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("fallback.parquet");
    try (RootAllocator allocator = new RootAllocator()) {
      FlatTable.write(file, FallbackData.NAMES, FallbackData.rows(), PageCompressor.SNAPPY, 1_000_000, true,
          allocator, 4096);
      assertEquals(0, allocator.getAllocatedMemory());
    }
    // The first row stored PLAIN: rows of a flat column are its level entries, page by page.
    long switchRow = 0;
    for (ParquetPages.Page page : ParquetPages.read(file)) {
      if (page.path().equals("customer") && page.isData()) {
        if (page.encoding() != Encodings.RLE_DICTIONARY) {
          break;
        }
        switchRow += page.numValues();
      }
    }
    assertTrue(switchRow > 3 * BATCH_ROWS && switchRow < FallbackData.ROWS - 3 * BATCH_ROWS, "switch at " + switchRow);
    assertTrue(switchRow % BATCH_ROWS != 0, "a batch straddles the switch at " + switchRow);

    int coded = 0;
    int plain = 0;
    try (RootAllocator allocator = new RootAllocator()) {
      ParquetFormat format = new ParquetFormat();
      TableSchema schema = format.inferSchema(file, FormatOptions.DEFAULTS);
      ScanSpec spec = new ScanSpec(new int[] {0, 1}, BATCH_ROWS, List.of(), true);
      try (BatchReader reader = format.open(ScanPartition.wholeFile(file), schema, spec, allocator)) {
        int row = 0;
        while (reader.next()) {
          int rows = reader.root().getRowCount();
          DictionaryColumn codes = reader.dictionary(1);
          if (row + rows <= switchRow) {
            assertNotNull(codes, "batch at row " + row + " is all dictionary pages");
            coded++;
            assertEquals(rows, codes.rows());
            VarCharVector entries = (VarCharVector) codes.dictionary().entries();
            for (int r = 0; r < rows; r++) {
              assertEquals(FallbackData.customer(row + r), text(entries, codes.code(r)), "code of row " + (row + r));
            }
            VarCharVector values = (VarCharVector) codes.materialize();
            for (int r = 0; r < rows; r++) {
              assertEquals(FallbackData.customer(row + r), text(values, r), "materialized row " + (row + r));
            }
          } else {
            assertNull(codes, "batch at row " + row + " reaches PLAIN pages");
            plain++;
            VarCharVector values = (VarCharVector) reader.root().getVector(1);
            for (int r = 0; r < rows; r++) {
              assertEquals(FallbackData.customer(row + r), text(values, r), "row " + (row + r));
            }
          }
          for (int r = 0; r < rows; r++) {
            assertEquals((long) (row + r), reader.root().getVector(0).getObject(r));
          }
          row += rows;
        }
        assertEquals(FallbackData.ROWS, row);
      }
      assertEquals(0, allocator.getAllocatedMemory(), "codes and dictionaries are freed");
    }
    assertEquals(switchRow / BATCH_ROWS, coded);
    assertEquals((FallbackData.ROWS + BATCH_ROWS - 1) / BATCH_ROWS - switchRow / BATCH_ROWS, plain);
  }

  private static String text(VarCharVector vector, int index) {
    return vector.isNull(index) ? null : new String(vector.get(index), StandardCharsets.UTF_8);
  }
}
