package dev.quiver.adapters.compress;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The bytes of a data file read at chosen offsets: the file itself, or its decompressed text when
 * the file is compressed (then offsets, and so line numbers, refer to the decompressed text).
 *
 * <p>A compressed file is read forward cheaply; an offset before the last one read restarts the
 * decompression from the start of the file, which only error messages (counting lines) and schema
 * inference (going back to the head) do.
 */
public interface PositionalInput extends Closeable {
  /**
   * Reads up to {@code length} bytes starting at {@code position} into {@code buffer}.
   *
   * @return the number of bytes read, or -1 when {@code position} is at or past the end
   * @throws dev.quiver.adapters.spi.ReaderException when compressed data is corrupt
   */
  int read(byte[] buffer, int offset, int length, long position) throws IOException;

  /** Whether the bytes come from decompressing the file (then it cannot be split). */
  boolean compressed();

  /** Opens {@code file}, decompressing it when {@link Compression#of} says it is compressed. */
  static PositionalInput open(Path file) throws IOException {
    Compression compression = Compression.of(file);
    if (compression == Compression.NONE) {
      return new FileChannelInput(file);
    }
    return new DecompressingInput(file, compression);
  }
}
