package dev.quiver.adapters.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quiver.adapters.spi.BatchReader;
import dev.quiver.adapters.spi.FormatOptions;
import dev.quiver.adapters.spi.ScanPartition;
import dev.quiver.adapters.spi.ScanSpec;
import dev.quiver.adapters.spi.TableSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file much larger than the reader's memory limit reads through: the reader holds one buffer and
 * one batch, whatever the file size (a 1 GB file behaves like this 50 MB one).
 */
class JsonMemoryBoundTest {
  private static final long ALLOCATOR_LIMIT = 32L << 20;
  private static final int RECORDS = 360_000;

  @TempDir Path dir;

  @Test
  void aFileLargerThanTheAllocatorLimitReadsInBoundedMemory() throws Exception {
    Path file = dir.resolve("big.ndjson");
    JsonReadBenchmark.generate(file, RECORDS);
    long size = Files.size(file);
    assertTrue(size > 45L << 20, "file is " + size + " bytes");
    JsonFormat format = new JsonFormat();
    TableSchema schema = format.inferSchema(file, FormatOptions.DEFAULTS);
    long rows = 0;
    long peak;
    try (BufferAllocator allocator = new RootAllocator(ALLOCATOR_LIMIT)) {
      try (BatchReader reader =
          format.open(ScanPartition.wholeFile(file), schema, ScanSpec.allColumns(schema),
              allocator)) {
        while (reader.next()) {
          rows += reader.root().getRowCount();
        }
        assertEquals(size, reader.metrics().bytesRead());
      }
      peak = allocator.getPeakMemoryAllocation();
      assertEquals(0, allocator.getAllocatedMemory());
    }
    assertEquals(RECORDS, rows);
    assertTrue(peak < ALLOCATOR_LIMIT / 4, "peak " + peak);
  }
}
