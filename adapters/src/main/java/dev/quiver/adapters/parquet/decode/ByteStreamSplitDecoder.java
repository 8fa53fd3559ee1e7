package dev.quiver.adapters.parquet.decode;

import dev.quiver.adapters.parquet.ParquetCorruptionException;
import dev.quiver.adapters.parquet.metadata.PhysicalType;

/**
 * BYTE_STREAM_SPLIT: byte {@code k} of every value is stored in stream {@code k}; values are
 * reassembled from the streams.
 */
public final class ByteStreamSplitDecoder implements ValuesDecoder {
  private final int width;
  private byte[] bytes;
  private int start;
  private int count;
  private int index;
  private byte[] value;

  public ByteStreamSplitDecoder(PhysicalType type, int fixedLength) {
    this.width =
        switch (type) {
          case INT32, FLOAT -> Integer.BYTES;
          case INT64, DOUBLE -> Long.BYTES;
          case FIXED_LEN_BYTE_ARRAY -> fixedLength;
          default -> throw new ParquetCorruptionException(
              "BYTE_STREAM_SPLIT cannot hold " + type + " values");
        };
    this.value = new byte[width];
  }

  public void reset(byte[] bytes, int offset, int limit) {
    int length = limit - offset;
    if (length % width != 0) {
      throw new ParquetCorruptionException(
          "BYTE_STREAM_SPLIT page of " + length + " bytes is not a multiple of " + width);
    }
    this.bytes = bytes;
    this.start = offset;
    this.count = length / width;
    this.index = 0;
  }

  @Override
  public String encodingName() {
    return "BYTE_STREAM_SPLIT";
  }

  private void check(int n) {
    if (n > count - index) {
      throw new ParquetCorruptionException(
          "BYTE_STREAM_SPLIT page holds " + count + " values, fewer than needed");
    }
  }

  private long gather(int i) {
    long result = 0;
    for (int k = 0; k < width; k++) {
      result |= (bytes[start + k * count + i] & 0xffL) << (8 * k);
    }
    return result;
  }

  @Override
  public void readInts(int[] out, int offset, int n) {
    check(n);
    for (int i = 0; i < n; i++) {
      out[offset + i] = (int) gather(index++);
    }
  }

  @Override
  public void readLongs(long[] out, int offset, int n) {
    check(n);
    for (int i = 0; i < n; i++) {
      out[offset + i] = gather(index++);
    }
  }

  @Override
  public void readFloats(float[] out, int offset, int n) {
    check(n);
    for (int i = 0; i < n; i++) {
      out[offset + i] = Float.intBitsToFloat((int) gather(index++));
    }
  }

  @Override
  public void readDoubles(double[] out, int offset, int n) {
    check(n);
    for (int i = 0; i < n; i++) {
      out[offset + i] = Double.longBitsToDouble(gather(index++));
    }
  }

  @Override
  public void readBinary(BinaryValues out, int n) {
    check(n);
    out.reserveValues(n);
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < width; k++) {
        value[k] = bytes[start + k * count + index];
      }
      index++;
      out.add(value, 0, width);
    }
  }
}
