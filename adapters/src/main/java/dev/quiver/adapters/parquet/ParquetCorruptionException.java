package dev.quiver.adapters.parquet;

/**
 * Malformed bytes found while decoding Parquet structures or pages. Internal: the reader catches
 * it and rethrows a {@link dev.quiver.adapters.spi.ReaderException} that names the file, row group
 * and column, which the decoders do not know.
 */
public final class ParquetCorruptionException extends RuntimeException {
  public ParquetCorruptionException(String message) {
    super(message, null, false, false);
  }
}
