package dev.quiver.adapters.parquet.decode;

import dev.quiver.adapters.parquet.ParquetCorruptionException;

/** DELTA_LENGTH_BYTE_ARRAY: all lengths (DELTA_BINARY_PACKED), then all bytes back to back. */
public final class DeltaLengthByteArrayDecoder implements ValuesDecoder {
  private final DeltaBinaryPackedDecoder lengthDecoder = new DeltaBinaryPackedDecoder();
  private int[] lengths = new int[0];
  private int count;
  private int index;
  private byte[] bytes;
  private int position;
  private int limit;

  /** Decodes the lengths up front; the bytes start where they end. */
  public void reset(byte[] bytes, int offset, int limit, int maxValues) {
    lengthDecoder.reset(bytes, offset, limit, maxValues);
    count = lengthDecoder.remaining();
    if (lengths.length < count) {
      lengths = new int[count];
    }
    for (int i = 0; i < count; i++) {
      long length = lengthDecoder.next();
      if (length < 0 || length > limit) {
        throw new ParquetCorruptionException("DELTA_LENGTH_BYTE_ARRAY length " + length + " is impossible");
      }
      lengths[i] = (int) length;
    }
    this.bytes = bytes;
    this.position = lengthDecoder.position();
    this.limit = limit;
    this.index = 0;
  }

  /** Where the bytes of the values end, once all are read. */
  public int position() {
    return position;
  }

  @Override
  public String encodingName() {
    return "DELTA_LENGTH_BYTE_ARRAY";
  }

  @Override
  public void readBinary(BinaryValues out, int n) {
    out.reserveValues(n);
    for (int i = 0; i < n; i++) {
      readOne(out);
    }
  }

  void readOne(BinaryValues out) {
    if (index >= count) {
      throw new ParquetCorruptionException("DELTA_LENGTH_BYTE_ARRAY page holds only " + count + " values");
    }
    int length = lengths[index++];
    if (length > limit - position) {
      throw new ParquetCorruptionException(
          "DELTA_LENGTH_BYTE_ARRAY value of " + length + " bytes runs past the page end");
    }
    out.add(bytes, position, length);
    position += length;
  }

  byte[] bytes() {
    return bytes;
  }

  /** Length of the next value, then consumes it and returns its start offset in {@link #bytes()}. */
  int nextSuffix(int[] lengthOut) {
    if (index >= count) {
      throw new ParquetCorruptionException("DELTA_BYTE_ARRAY suffixes run out");
    }
    int length = lengths[index++];
    if (length > limit - position) {
      throw new ParquetCorruptionException(
          "DELTA_BYTE_ARRAY suffix of " + length + " bytes runs past the page end");
    }
    lengthOut[0] = length;
    int start = position;
    position += length;
    return start;
  }
}
