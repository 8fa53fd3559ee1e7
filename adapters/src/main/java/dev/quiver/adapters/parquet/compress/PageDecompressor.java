package dev.quiver.adapters.parquet.compress;

import dev.quiver.adapters.parquet.ParquetCorruptionException;
import dev.quiver.adapters.parquet.metadata.Encodings;
import io.airlift.compress.MalformedInputException;
import io.airlift.compress.lz4.Lz4Decompressor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Decompresses one page: LZ4_RAW (aircompressor, pure Java), ZSTD and SNAPPY (native where they
 * load, else pure Java: {@link ZstdCodec}, {@link SnappyCodec}), GZIP (the JDK), and the
 * deprecated LZ4 codec in both its Hadoop-framed and raw forms. The output size is the page header's, so a corrupt stream can
 * never make the output grow past it.
 */
public final class PageDecompressor {
  /** Bytes in an LZ4 Hadoop frame header: big-endian uncompressed and compressed lengths. */
  private static final int HADOOP_FRAME_HEADER = 8;

  private final Lz4Decompressor lz4 = new Lz4Decompressor();
  private final ZstdCodec zstd;
  private final SnappyCodec snappy;

  /** Native ZSTD and SNAPPY where they load. */
  public PageDecompressor() {
    this(true);
  }

  /** @param nativeCodecs false to decode ZSTD and SNAPPY in pure Java even where native ones load */
  public PageDecompressor(boolean nativeCodecs) {
    this.zstd = new ZstdCodec(nativeCodecs);
    this.snappy = new SnappyCodec(nativeCodecs);
  }

  /** Whether ZSTD pages are decoded by the native library. */
  public boolean nativeZstd() {
    return zstd.isNative();
  }

  /** Whether SNAPPY pages are decoded by the native library. */
  public boolean nativeSnappy() {
    return snappy.isNative();
  }

  /** Whether the codec is one this reader decompresses. */
  public static boolean supports(int codec) {
    return codec == Encodings.UNCOMPRESSED
        || codec == Encodings.SNAPPY
        || codec == Encodings.GZIP
        || codec == Encodings.ZSTD
        || codec == Encodings.LZ4_RAW
        || codec == Encodings.LZ4;
  }

  /**
   * Decompresses {@code input[offset, offset + length)} into {@code output[outputOffset,
   * outputOffset + expected)}, failing unless exactly {@code expected} bytes come out.
   */
  public void decompress(
      int codec, byte[] input, int offset, int length, byte[] output, int outputOffset, int expected) {
    int produced;
    switch (codec) {
      case Encodings.UNCOMPRESSED -> {
        if (length != expected) {
          throw new ParquetCorruptionException(
              "uncompressed page of " + length + " bytes declares " + expected);
        }
        System.arraycopy(input, offset, output, outputOffset, length);
        produced = length;
      }
      case Encodings.GZIP -> produced = gunzip(input, offset, length, output, outputOffset, expected);
      case Encodings.SNAPPY, Encodings.LZ4_RAW, Encodings.ZSTD, Encodings.LZ4 -> produced =
          decompressBlock(codec, input, offset, length, output, outputOffset, expected);
      default -> throw new ParquetCorruptionException(
          "compression codec " + Encodings.codecName(codec) + " is not supported");
    }
    if (produced != expected) {
      throw new ParquetCorruptionException(
          Encodings.codecName(codec)
              + " page decompressed to "
              + produced
              + " bytes, the header says "
              + expected);
    }
  }

  /**
   * The aircompressor codecs. On corrupt input they throw MalformedInputException, or
   * IllegalArgumentException when the stream's own length prefix disagrees with the page header;
   * either becomes a corruption error that names the codec instead of the codec's internals.
   */
  private int decompressBlock(
      int codec, byte[] input, int offset, int length, byte[] output, int outputOffset,
      int expected) {
    try {
      return switch (codec) {
        case Encodings.SNAPPY -> snappy.decompress(input, offset, length, output, outputOffset, expected);
        case Encodings.LZ4_RAW -> lz4.decompress(input, offset, length, output, outputOffset, expected);
        case Encodings.ZSTD -> zstd.decompress(input, offset, length, output, outputOffset, expected);
        default -> lz4Legacy(input, offset, length, output, outputOffset, expected);
      };
    } catch (MalformedInputException | IllegalArgumentException | IndexOutOfBoundsException e) {
      throw new ParquetCorruptionException(
          Encodings.codecName(codec) + " data of " + length + " bytes is corrupt ("
              + e.getMessage() + ")");
    }
  }

  private static int gunzip(
      byte[] input, int offset, int length, byte[] output, int outputOffset, int expected) {
    // GZIPInputStream reads concatenated members, which some writers produce.
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(input, offset, length))) {
      int total = 0;
      while (total < expected) {
        int n = in.read(output, outputOffset + total, expected - total);
        if (n < 0) {
          break;
        }
        total += n;
      }
      return total;
    } catch (ZipException e) {
      throw new ParquetCorruptionException("GZIP data is corrupt: " + e.getMessage());
    } catch (IOException e) {
      throw new ParquetCorruptionException("GZIP data is corrupt: " + e);
    }
  }

  /**
   * The deprecated LZ4 codec: Hadoop's framing (blocks prefixed by their sizes) when the sizes fit,
   * otherwise a raw LZ4 block, as older non-Hadoop writers produced.
   */
  private int lz4Legacy(
      byte[] input, int offset, int length, byte[] output, int outputOffset, int expected) {
    int produced = tryHadoopFrames(input, offset, length, output, outputOffset, expected);
    if (produced >= 0) {
      return produced;
    }
    return lz4.decompress(input, offset, length, output, outputOffset, expected);
  }

  private int tryHadoopFrames(
      byte[] input, int offset, int length, byte[] output, int outputOffset, int expected) {
    int position = offset;
    int end = offset + length;
    int produced = 0;
    while (position < end) {
      if (end - position < HADOOP_FRAME_HEADER) {
        return -1;
      }
      int frameUncompressed = bigEndianInt(input, position);
      int frameCompressed = bigEndianInt(input, position + Integer.BYTES);
      position += HADOOP_FRAME_HEADER;
      if (frameUncompressed < 0
          || frameCompressed < 0
          || frameCompressed > end - position
          || frameUncompressed > expected - produced) {
        return -1;
      }
      try {
        int n =
            lz4.decompress(
                input, position, frameCompressed, output, outputOffset + produced, frameUncompressed);
        if (n != frameUncompressed) {
          return -1;
        }
      } catch (RuntimeException e) {
        return -1;
      }
      produced += frameUncompressed;
      position += frameCompressed;
    }
    return produced == expected ? produced : -1;
  }

  private static int bigEndianInt(byte[] bytes, int offset) {
    return ((bytes[offset] & 0xff) << 24)
        | ((bytes[offset + 1] & 0xff) << 16)
        | ((bytes[offset + 2] & 0xff) << 8)
        | (bytes[offset + 3] & 0xff);
  }
}
