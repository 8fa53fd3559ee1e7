package dev.quiver.adapters.compress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Measures a compressed file's decompressed size by decompressing it once, which schema inference
 * needs to sample regions spread over the whole text; only worth it for small files.
 */
public final class DecompressedSize {
  /** Compressed files up to this size are measured; larger ones are sampled at the head only. */
  public static final long MEASURE_LIMIT_BYTES = 64L << 20;

  private static final int BUFFER_BYTES = 256 << 10;

  private DecompressedSize() {}

  /**
   * The decompressed size of {@code input} (a compressed file, {@code file}), or -1 when the
   * compressed file is larger than {@link #MEASURE_LIMIT_BYTES}.
   */
  public static long measureIfSmall(Path file, PositionalInput input) throws IOException {
    if (Files.size(file) > MEASURE_LIMIT_BYTES) {
      return -1;
    }
    byte[] buffer = new byte[BUFFER_BYTES];
    long size = 0;
    while (true) {
      int read = input.read(buffer, 0, buffer.length, size);
      if (read < 0) {
        return size;
      }
      size += read;
    }
  }
}
