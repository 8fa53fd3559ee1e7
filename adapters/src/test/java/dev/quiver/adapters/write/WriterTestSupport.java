package dev.quiver.adapters.write;

import dev.quiver.adapters.spi.BatchWriter;
import dev.quiver.adapters.spi.FormatOptions;
import java.nio.file.Path;
import java.util.Map;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;

/** Writes a {@link WriterTestTable} through a format in several batches (one of them empty). */
final class WriterTestSupport {
  private WriterTestSupport() {}

  static void write(String format, Path target, WriterTestTable table, Map<String, String> options,
      BufferAllocator allocator) throws Exception {
    int[] cuts = {0, 7, 7, 16, WriterTestTable.ROWS};
    try (BatchWriter writer = WritableFormats.byName(format).orElseThrow()
        .create(target, table.schema(), new FormatOptions(options), allocator)) {
      for (int i = 0; i + 1 < cuts.length; i++) {
        try (VectorSchemaRoot batch = table.batch(allocator, cuts[i], cuts[i + 1])) {
          writer.write(batch);
        }
      }
      writer.finish();
      if (writer.rowsWritten() != WriterTestTable.ROWS) {
        throw new AssertionError("rowsWritten " + writer.rowsWritten());
      }
    }
  }
}
