package dev.quiver.adapters.parquet.compress;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.util.Native;
import io.airlift.compress.zstd.ZstdDecompressor;

/**
 * ZSTD page decompression: libzstd through zstd-jni where its native library loads (it ships
 * for the common platforms and needs no JVM flag), else aircompressor's pure-Java decoder, which
 * gives the same bytes. On the benchmark's 146 MiB file the native decoder ran at 1.1 GB/s per
 * core against 0.66 GB/s (docs/BENCHMARKS.md); ZSTD was most of a Parquet scan's time.
 *
 * <p>{@code -Dquiver.zstd=java} forces the pure-Java decoder (tests use it to cover both).
 */
final class ZstdCodec {
  /** Whether the native decoder is used: loaded once per JVM, never retried after a failure. */
  static final boolean NATIVE = loadNative();

  private final ZstdDecompressor pureJava = new ZstdDecompressor();
  private final boolean useNative;

  /** @param preferNative use libzstd when it loaded; false forces pure Java */
  ZstdCodec(boolean preferNative) {
    this.useNative = preferNative && NATIVE;
  }

  /** Whether this codec decodes natively. */
  boolean isNative() {
    return useNative;
  }

  /**
   * Decompresses one ZSTD frame sequence into {@code output[outputOffset, +expected)}; returns
   * the bytes produced. Corrupt input throws {@link IllegalArgumentException} (native) or
   * aircompressor's exceptions, which the caller reports as corruption.
   */
  int decompress(
      byte[] input, int offset, int length, byte[] output, int outputOffset, int expected) {
    if (!useNative) {
      return pureJava.decompress(input, offset, length, output, outputOffset, expected);
    }
    long produced;
    try {
      produced = Zstd.decompressByteArray(output, outputOffset, expected, input, offset, length);
    } catch (RuntimeException e) {
      // ZstdException and friends: the data is bad, not the library.
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    if (Zstd.isError(produced)) {
      throw new IllegalArgumentException(Zstd.getErrorName(produced));
    }
    return (int) produced;
  }

  private static boolean loadNative() {
    if ("java".equalsIgnoreCase(System.getProperty("quiver.zstd", ""))) {
      return false;
    }
    try {
      Native.load();
      return Native.isLoaded();
    } catch (LinkageError | RuntimeException e) {
      // No library for this platform, no writable temp directory, a security manager: the
      // pure-Java decoder reads the same files.
      return false;
    }
  }
}
