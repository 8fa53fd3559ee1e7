package dev.quiver.adapters.write.parquet;

import dev.quiver.adapters.write.ByteBuilder;
import io.airlift.compress.Compressor;
import io.airlift.compress.snappy.SnappyCompressor;
import io.airlift.compress.zstd.ZstdCompressor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;

/** Compresses Parquet pages with one codec: ZSTD and SNAPPY by aircompressor, GZIP by the JDK. */
final class PageCompressor {
  /** Parquet's CompressionCodec enum values. */
  static final int UNCOMPRESSED = 0;
  static final int SNAPPY = 1;
  static final int GZIP = 2;
  static final int ZSTD = 6;

  private final int codec;
  private final Compressor compressor;
  private final ByteBuilder output = new ByteBuilder(1 << 16);

  PageCompressor(int codec) {
    this.codec = codec;
    this.compressor =
        switch (codec) {
          case SNAPPY -> new SnappyCompressor();
          case ZSTD -> new ZstdCompressor();
          default -> null;
        };
  }

  int codec() {
    return codec;
  }

  /** The compressed form of {@code page}; valid until the next call. */
  ByteBuilder compress(ByteBuilder page) {
    output.reset();
    switch (codec) {
      case UNCOMPRESSED -> output.put(page.array(), 0, page.size());
      case GZIP -> gzip(page);
      default -> {
        int max = compressor.maxCompressedLength(page.size());
        output.ensure(max);
        int length = compressor.compress(page.array(), 0, page.size(), output.array(), 0, max);
        output.setSize(length);
      }
    }
    return output;
  }

  private void gzip(ByteBuilder page) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(Math.max(64, page.size() / 2));
    try (GZIPOutputStream gzip = new GZIPOutputStream(buffer)) {
      gzip.write(page.array(), 0, page.size());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    output.put(buffer.toByteArray());
  }
}
