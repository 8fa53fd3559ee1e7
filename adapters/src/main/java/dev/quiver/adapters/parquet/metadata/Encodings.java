package dev.quiver.adapters.parquet.metadata;

/** Thrift Encoding and CompressionCodec codes, with names for error messages. */
public final class Encodings {
  public static final int PLAIN = 0;
  public static final int PLAIN_DICTIONARY = 2;
  public static final int RLE = 3;
  public static final int BIT_PACKED = 4;
  public static final int DELTA_BINARY_PACKED = 5;
  public static final int DELTA_LENGTH_BYTE_ARRAY = 6;
  public static final int DELTA_BYTE_ARRAY = 7;
  public static final int RLE_DICTIONARY = 8;
  public static final int BYTE_STREAM_SPLIT = 9;

  public static final int UNCOMPRESSED = 0;
  public static final int SNAPPY = 1;
  public static final int GZIP = 2;
  public static final int LZO = 3;
  public static final int BROTLI = 4;
  public static final int LZ4 = 5;
  public static final int ZSTD = 6;
  public static final int LZ4_RAW = 7;

  private static final String[] ENCODING_NAMES = {
    "PLAIN",
    "GROUP_VAR_INT",
    "PLAIN_DICTIONARY",
    "RLE",
    "BIT_PACKED",
    "DELTA_BINARY_PACKED",
    "DELTA_LENGTH_BYTE_ARRAY",
    "DELTA_BYTE_ARRAY",
    "RLE_DICTIONARY",
    "BYTE_STREAM_SPLIT"
  };

  private static final String[] CODEC_NAMES = {
    "UNCOMPRESSED", "SNAPPY", "GZIP", "LZO", "BROTLI", "LZ4", "ZSTD", "LZ4_RAW"
  };

  private Encodings() {}

  public static String encodingName(int code) {
    return code >= 0 && code < ENCODING_NAMES.length ? ENCODING_NAMES[code] : "encoding #" + code;
  }

  public static String codecName(int code) {
    return code >= 0 && code < CODEC_NAMES.length ? CODEC_NAMES[code] : "codec #" + code;
  }
}
