package dev.quiver.adapters.parquet.decode;

import dev.quiver.adapters.parquet.ParquetCorruptionException;
import dev.quiver.adapters.parquet.metadata.PhysicalType;

/** PLAIN encoding: values back to back, little-endian; byte arrays with a 4-byte length prefix. */
public final class PlainDecoder implements ValuesDecoder {
  /** Julian day number of 1970-01-01, the epoch of INT96 timestamps' day field. */
  static final long JULIAN_EPOCH_DAY = 2_440_588L;

  static final long MICROS_PER_DAY = 86_400_000_000L;
  private static final int NANOS_PER_MICRO = 1000;
  private static final int INT96_BYTES = 12;

  private final PhysicalType type;
  private final int fixedLength;
  private byte[] bytes;
  private int position;
  private int limit;
  private int bitOffset;

  public PlainDecoder(PhysicalType type, int fixedLength) {
    this.type = type;
    this.fixedLength = fixedLength;
  }

  public void reset(byte[] bytes, int offset, int limit) {
    this.bytes = bytes;
    this.position = offset;
    this.limit = limit;
    this.bitOffset = 0;
  }

  @Override
  public String encodingName() {
    return "PLAIN";
  }

  private void require(long needed, int count) {
    if (needed > limit - position) {
      throw new ParquetCorruptionException(
          "PLAIN page holds "
              + (limit - position)
              + " bytes, too few for "
              + count
              + " more "
              + type
              + " values");
    }
  }

  /** The page bytes that {@link #takeFixed} positions point into. */
  public byte[] bytes() {
    return bytes;
  }

  /**
   * Consumes {@code count} values of {@code width} bytes each, failing as the typed reads do when
   * the page is too short; returns where in {@link #bytes()} they start.
   */
  public int takeFixed(int count, int width) {
    require((long) count * width, count);
    int start = position;
    position += count * width;
    return start;
  }

  @Override
  public void readInts(int[] out, int offset, int count) {
    if (type == PhysicalType.BOOLEAN) {
      readBooleans(out, offset, count);
      return;
    }
    require((long) count * Integer.BYTES, count);
    int p = position;
    for (int i = 0; i < count; i++) {
      out[offset + i] = LittleEndian.getInt(bytes, p);
      p += Integer.BYTES;
    }
    position = p;
  }

  private void readBooleans(int[] out, int offset, int count) {
    long bitsLeft = (long) (limit - position) * 8 - bitOffset;
    if (count > bitsLeft) {
      throw new ParquetCorruptionException(
          "PLAIN page too short for " + count + " more BOOLEAN values");
    }
    for (int i = 0; i < count; i++) {
      out[offset + i] = (bytes[position] >>> bitOffset) & 1;
      if (++bitOffset == 8) {
        bitOffset = 0;
        position++;
      }
    }
  }

  @Override
  public void readLongs(long[] out, int offset, int count) {
    if (type == PhysicalType.INT96) {
      require((long) count * INT96_BYTES, count);
      int p = position;
      for (int i = 0; i < count; i++) {
        long nanosOfDay = LittleEndian.getLong(bytes, p);
        long julianDay = LittleEndian.getInt(bytes, p + Long.BYTES) & 0xffffffffL;
        out[offset + i] =
            (julianDay - JULIAN_EPOCH_DAY) * MICROS_PER_DAY
                + Math.floorDiv(nanosOfDay, NANOS_PER_MICRO);
        p += INT96_BYTES;
      }
      position = p;
      return;
    }
    require((long) count * Long.BYTES, count);
    int p = position;
    for (int i = 0; i < count; i++) {
      out[offset + i] = LittleEndian.getLong(bytes, p);
      p += Long.BYTES;
    }
    position = p;
  }

  @Override
  public void readFloats(float[] out, int offset, int count) {
    require((long) count * Float.BYTES, count);
    int p = position;
    for (int i = 0; i < count; i++) {
      out[offset + i] = LittleEndian.getFloat(bytes, p);
      p += Float.BYTES;
    }
    position = p;
  }

  @Override
  public void readDoubles(double[] out, int offset, int count) {
    require((long) count * Double.BYTES, count);
    int p = position;
    for (int i = 0; i < count; i++) {
      out[offset + i] = LittleEndian.getDouble(bytes, p);
      p += Double.BYTES;
    }
    position = p;
  }

  @Override
  public void readBinary(BinaryValues out, int count) {
    out.reserveValues(count);
    if (type == PhysicalType.FIXED_LEN_BYTE_ARRAY) {
      require((long) count * fixedLength, count);
      for (int i = 0; i < count; i++) {
        out.add(bytes, position, fixedLength);
        position += fixedLength;
      }
      return;
    }
    for (int i = 0; i < count; i++) {
      if (limit - position < Integer.BYTES) {
        throw new ParquetCorruptionException("PLAIN byte array length cut off at the page end");
      }
      int length = LittleEndian.getInt(bytes, position);
      position += Integer.BYTES;
      if (length < 0 || length > limit - position) {
        throw new ParquetCorruptionException(
            "PLAIN byte array of " + length + " bytes with " + (limit - position) + " left in the page");
      }
      out.add(bytes, position, length);
      position += length;
    }
  }

  /** Passes over the next {@code count} values without decoding them. */
  public void skip(int count) {
    switch (type) {
      case BOOLEAN -> {
        long bitsLeft = (long) (limit - position) * 8 - bitOffset;
        if (count > bitsLeft) {
          throw new ParquetCorruptionException(
              "PLAIN page too short for " + count + " more BOOLEAN values");
        }
        long bits = (long) bitOffset + count;
        position += (int) (bits >>> 3);
        bitOffset = (int) (bits & 7);
      }
      case INT32, FLOAT -> takeFixed(count, Integer.BYTES);
      case INT64, DOUBLE -> takeFixed(count, Long.BYTES);
      case INT96 -> takeFixed(count, INT96_BYTES);
      case FIXED_LEN_BYTE_ARRAY -> takeFixed(count, fixedLength);
      case BYTE_ARRAY -> {
        for (int i = 0; i < count; i++) {
          if (limit - position < Integer.BYTES) {
            throw new ParquetCorruptionException("PLAIN byte array length cut off at the page end");
          }
          int length = LittleEndian.getInt(bytes, position);
          position += Integer.BYTES;
          if (length < 0 || length > limit - position) {
            throw new ParquetCorruptionException(
                "PLAIN byte array of " + length + " bytes with " + (limit - position) + " left in the page");
          }
          position += length;
        }
      }
    }
  }
}
