package dev.quiver.adapters.spi;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * A format Quiver can write, as {@code COPY (query) TO 'file' (FORMAT name, ...)} asks.
 *
 * <p>Options arrive as lower-case keys with text values, as the user wrote them in the COPY
 * statement ({@code compression=zstd}, {@code header=true}, {@code delimiter=;}, {@code
 * array=true}); an unknown key or a bad value is an {@link IllegalArgumentException} whose message
 * names the option and lists what is accepted.
 */
public interface WritableFormat {
  /** Lower-case name as in {@code FORMAT name}: "csv", "json", "parquet". */
  String name();

  /** Opens a writer for {@code target} with columns {@code schema}. */
  BatchWriter create(Path target, Schema schema, FormatOptions options, BufferAllocator allocator)
      throws IOException;
}
