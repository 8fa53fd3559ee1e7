package dev.quiver.adapters.parquet.decode;

import dev.quiver.adapters.parquet.ParquetCorruptionException;

/**
 * Decodes the values section of one data page. A decoder is called once per run of values (never
 * per value) and appends to the dense arrays of a {@link ValueBuffer}; methods a decoder's encoding
 * cannot produce fail with the encoding's name.
 */
public interface ValuesDecoder {
  /** INT32 values, or BOOLEAN values as 0/1. */
  default void readInts(int[] out, int offset, int count) {
    throw unsupported("INT32/BOOLEAN");
  }

  /** INT64 values, or INT96 timestamps as microseconds since the epoch. */
  default void readLongs(long[] out, int offset, int count) {
    throw unsupported("INT64");
  }

  default void readFloats(float[] out, int offset, int count) {
    throw unsupported("FLOAT");
  }

  default void readDoubles(double[] out, int offset, int count) {
    throw unsupported("DOUBLE");
  }

  /** BYTE_ARRAY and FIXED_LEN_BYTE_ARRAY values. */
  default void readBinary(BinaryValues out, int count) {
    throw unsupported("BYTE_ARRAY");
  }

  /** The encoding's name, for messages. */
  String encodingName();

  private ParquetCorruptionException unsupported(String type) {
    return new ParquetCorruptionException(
        "encoding " + encodingName() + " cannot hold " + type + " values");
  }
}
