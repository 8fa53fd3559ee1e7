package dev.quiver.adapters.write.parquet;

import dev.quiver.adapters.spi.BatchWriter;
import dev.quiver.adapters.spi.FormatOptions;
import dev.quiver.adapters.spi.WritableFormat;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.types.pojo.Schema;

/** Writes Parquet files without Hadoop. */
public final class ParquetWritableFormat implements WritableFormat {
  @Override
  public String name() {
    return "parquet";
  }

  @Override
  public BatchWriter create(Path target, Schema schema, FormatOptions options, BufferAllocator allocator)
      throws IOException {
    throw new UnsupportedOperationException("parquet writer not yet implemented");
  }
}
