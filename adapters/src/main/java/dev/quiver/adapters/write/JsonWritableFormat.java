package dev.quiver.adapters.write;

import dev.quiver.adapters.spi.BatchWriter;
import dev.quiver.adapters.spi.FormatOptions;
import dev.quiver.adapters.spi.WritableFormat;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Writes JSON: one object per row, newline-delimited (NDJSON) or, with {@code array=true}, one
 * array of objects. Numbers are JSON numbers (DECIMAL exact, NaN/Infinity null), dates, times and
 * timestamps strings as DuckDB prints them ({@code "2024-01-31"}, {@code "12:00:00.5"}, {@code
 * "2024-01-31 12:00:00.123456"}), Struct an object, List an array, Map an object keyed by the
 * keys' text, NULL {@code null}.
 *
 * <p>Options: {@code array} (default false), {@code compression} (only {@code none}).
 */
public final class JsonWritableFormat implements WritableFormat {
  static final Set<String> OPTIONS = Set.of("array", "compression");

  @Override
  public String name() {
    return "json";
  }

  @Override
  public BatchWriter create(Path target, Schema schema, FormatOptions options, BufferAllocator allocator)
      throws IOException {
    WriterOptions parsed = new WriterOptions("json", options, OPTIONS);
    parsed.choice("compression", "none", Set.of("none"));
    return new JsonBatchWriter(target, schema, parsed.bool("array", false));
  }
}
