package dev.quiver.adapters.write.parquet;

import java.util.Arrays;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.vector.BitVectorHelper;
import org.apache.arrow.vector.FieldVector;

/** The chunk writer for each {@link ParquetColumnType.Source}, one tight loop per type. */
final class ChunkWriters {
  private static final int DECIMAL_BYTES = 16;
  private static final int OFFSET_BYTES = 4;
  /** Longer string bounds are left out of the statistics rather than bloat the footer. */
  private static final int MAX_BOUND_BYTES = 4096;

  private ChunkWriters() {}

  static ColumnChunkWriter create(ParquetColumnType type, PageCompressor compressor) {
    return switch (type.source) {
      case NULL -> new NullWriter(type, compressor);
      case BOOLEAN -> new BooleanWriter(type, compressor);
      case INT8, INT16, INT32, DECIMAL_INT32 -> new Int32Writer(type, compressor);
      case INT64, DECIMAL_INT64 -> new Int64Writer(type, compressor);
      case FLOAT, DOUBLE -> new FloatingWriter(type, compressor);
      case BYTES -> new BytesWriter(type, compressor);
      case DECIMAL_FIXED -> new FixedDecimalWriter(type, compressor);
    };
  }

  private static byte[] littleEndian(long value, int bytes) {
    byte[] out = new byte[bytes];
    for (int i = 0; i < bytes; i++) {
      out[i] = (byte) (value >>> (8 * i));
    }
    return out;
  }

  /** Arrow's Null type: every row NULL, stored as an all-null INT32 column. */
  static final class NullWriter extends ColumnChunkWriter {
    NullWriter(ParquetColumnType type, PageCompressor compressor) {
      super(type, compressor);
    }

    @Override
    void appendValues(FieldVector vector, int start, int end) {
      for (int i = start; i < end; i++) {
        nullValue();
      }
    }

    @Override
    byte[] minBytes() {
      return null;
    }

    @Override
    byte[] maxBytes() {
      return null;
    }

    @Override
    void resetStatistics() {}
  }

  /** BOOLEAN: PLAIN is one bit per value, least significant bit first. */
  static final class BooleanWriter extends ColumnChunkWriter {
    private int pending;
    private int pendingBits;
    private boolean sawTrue;
    private boolean sawFalse;

    BooleanWriter(ParquetColumnType type, PageCompressor compressor) {
      super(type, compressor);
    }

    @Override
    void appendValues(FieldVector vector, int start, int end) {
      ArrowBuf validity = vector.getValidityBuffer();
      ArrowBuf data = vector.getDataBuffer();
      for (int i = start; i < end; i++) {
        if (isNull(validity, i)) {
          nullValue();
          continue;
        }
        defined();
        int bit = BitVectorHelper.get(data, i);
        if (bit != 0) {
          sawTrue = true;
        } else {
          sawFalse = true;
        }
        pending |= bit << pendingBits;
        if (++pendingBits == 8) {
          values.put(pending);
          pending = 0;
          pendingBits = 0;
        }
      }
    }

    @Override
    void completePageValues() {
      if (pendingBits > 0) {
        values.put(pending);
        pending = 0;
        pendingBits = 0;
      }
    }

    @Override
    byte[] minBytes() {
      return sawFalse || sawTrue ? new byte[] {(byte) (sawFalse ? 0 : 1)} : null;
    }

    @Override
    byte[] maxBytes() {
      return sawFalse || sawTrue ? new byte[] {(byte) (sawTrue ? 1 : 0)} : null;
    }

    @Override
    void resetStatistics() {
      sawTrue = false;
      sawFalse = false;
    }
  }

  /** INT32 from Int8/16/32, Date(DAY) and DECIMAL(p <= 9). */
  static final class Int32Writer extends ColumnChunkWriter {
    private int min = Integer.MAX_VALUE;
    private int max = Integer.MIN_VALUE;
    private boolean any;

    Int32Writer(ParquetColumnType type, PageCompressor compressor) {
      super(type, compressor);
    }

    @Override
    void appendValues(FieldVector vector, int start, int end) {
      ArrowBuf validity = vector.getValidityBuffer();
      ArrowBuf data = vector.getDataBuffer();
      ParquetColumnType.Source source = type.source;
      values.ensure(4 * (end - start));
      for (int i = start; i < end; i++) {
        if (isNull(validity, i)) {
          nullValue();
          continue;
        }
        defined();
        int value =
            switch (source) {
              case INT8 -> data.getByte(i);
              case INT16 -> data.getShort(2L * i);
              case DECIMAL_INT32 -> (int) data.getLong((long) DECIMAL_BYTES * i);
              default -> data.getInt(4L * i);
            };
        values.putIntLittleEndian(value);
        min = Math.min(min, value);
        max = Math.max(max, value);
        any = true;
      }
    }

    @Override
    byte[] minBytes() {
      return any ? littleEndian(min, 4) : null;
    }

    @Override
    byte[] maxBytes() {
      return any ? littleEndian(max, 4) : null;
    }

    @Override
    void resetStatistics() {
      min = Integer.MAX_VALUE;
      max = Integer.MIN_VALUE;
      any = false;
    }
  }

  /** INT64 from Int64, Timestamp/Time micros and DECIMAL(p <= 18). */
  static final class Int64Writer extends ColumnChunkWriter {
    private long min = Long.MAX_VALUE;
    private long max = Long.MIN_VALUE;
    private boolean any;

    Int64Writer(ParquetColumnType type, PageCompressor compressor) {
      super(type, compressor);
    }

    @Override
    void appendValues(FieldVector vector, int start, int end) {
      ArrowBuf validity = vector.getValidityBuffer();
      ArrowBuf data = vector.getDataBuffer();
      long stride = type.source == ParquetColumnType.Source.DECIMAL_INT64 ? DECIMAL_BYTES : 8;
      values.ensure(8 * (end - start));
      for (int i = start; i < end; i++) {
        if (isNull(validity, i)) {
          nullValue();
          continue;
        }
        defined();
        long value = data.getLong(stride * i);
        values.putLongLittleEndian(value);
        min = Math.min(min, value);
        max = Math.max(max, value);
        any = true;
      }
    }

    @Override
    byte[] minBytes() {
      return any ? littleEndian(min, 8) : null;
    }

    @Override
    byte[] maxBytes() {
      return any ? littleEndian(max, 8) : null;
    }

    @Override
    void resetStatistics() {
      min = Long.MAX_VALUE;
      max = Long.MIN_VALUE;
      any = false;
    }
  }

  /** FLOAT and DOUBLE; NaN is left out of the bounds, a zero bound is -0.0 (min) / +0.0 (max). */
  static final class FloatingWriter extends ColumnChunkWriter {
    private final boolean single;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;
    private boolean any;

    FloatingWriter(ParquetColumnType type, PageCompressor compressor) {
      super(type, compressor);
      single = type.source == ParquetColumnType.Source.FLOAT;
    }

    @Override
    void appendValues(FieldVector vector, int start, int end) {
      ArrowBuf validity = vector.getValidityBuffer();
      ArrowBuf data = vector.getDataBuffer();
      values.ensure(8 * (end - start));
      for (int i = start; i < end; i++) {
        if (isNull(validity, i)) {
          nullValue();
          continue;
        }
        defined();
        double value;
        if (single) {
          int bits = data.getInt(4L * i);
          values.putIntLittleEndian(bits);
          value = Float.intBitsToFloat(bits);
        } else {
          long bits = data.getLong(8L * i);
          values.putLongLittleEndian(bits);
          value = Double.longBitsToDouble(bits);
        }
        if (value == value) {
          min = Math.min(min, value);
          max = Math.max(max, value);
          any = true;
        }
      }
    }

    private byte[] bound(double value) {
      return single
          ? littleEndian(Float.floatToIntBits((float) value), 4)
          : littleEndian(Double.doubleToLongBits(value), 8);
    }

    @Override
    byte[] minBytes() {
      return any ? bound(min == 0 ? -0.0 : min) : null;
    }

    @Override
    byte[] maxBytes() {
      return any ? bound(max == 0 ? 0.0 : max) : null;
    }

    @Override
    void resetStatistics() {
      min = Double.POSITIVE_INFINITY;
      max = Double.NEGATIVE_INFINITY;
      any = false;
    }
  }

  /** BYTE_ARRAY from Utf8/Binary: PLAIN is a 4-byte length then the bytes; bounds unsigned. */
  static final class BytesWriter extends ColumnChunkWriter {
    private byte[] min = new byte[64];
    private int minLength = -1;
    private byte[] max = new byte[64];
    private int maxLength = -1;

    BytesWriter(ParquetColumnType type, PageCompressor compressor) {
      super(type, compressor);
    }

    @Override
    void appendValues(FieldVector vector, int start, int end) {
      ArrowBuf validity = vector.getValidityBuffer();
      ArrowBuf offsets = vector.getOffsetBuffer();
      ArrowBuf data = vector.getDataBuffer();
      for (int i = start; i < end; i++) {
        if (isNull(validity, i)) {
          nullValue();
          continue;
        }
        defined();
        int from = offsets.getInt((long) OFFSET_BYTES * i);
        int length = offsets.getInt((long) OFFSET_BYTES * (i + 1)) - from;
        values.putIntLittleEndian(length);
        int at = values.size();
        values.put(data, from, length);
        byte[] b = values.array();
        if (minLength < 0 || Arrays.compareUnsigned(b, at, at + length, min, 0, minLength) < 0) {
          min = copy(b, at, length, min);
          minLength = length;
        }
        if (maxLength < 0 || Arrays.compareUnsigned(b, at, at + length, max, 0, maxLength) > 0) {
          max = copy(b, at, length, max);
          maxLength = length;
        }
      }
    }

    private static byte[] copy(byte[] src, int at, int length, byte[] into) {
      byte[] target = into.length >= length ? into : new byte[Math.max(length, into.length * 2)];
      System.arraycopy(src, at, target, 0, length);
      return target;
    }

    @Override
    byte[] minBytes() {
      return minLength < 0 || minLength > MAX_BOUND_BYTES || maxLength > MAX_BOUND_BYTES
          ? null : Arrays.copyOf(min, minLength);
    }

    @Override
    byte[] maxBytes() {
      return minLength < 0 || minLength > MAX_BOUND_BYTES || maxLength > MAX_BOUND_BYTES
          ? null : Arrays.copyOf(max, maxLength);
    }

    @Override
    void resetStatistics() {
      minLength = -1;
      maxLength = -1;
    }
  }

  /** FIXED_LEN_BYTE_ARRAY DECIMAL (p > 18): big-endian two's complement; bounds signed. */
  static final class FixedDecimalWriter extends ColumnChunkWriter {
    private long minHigh;
    private long minLow;
    private long maxHigh;
    private long maxLow;
    private boolean any;

    FixedDecimalWriter(ParquetColumnType type, PageCompressor compressor) {
      super(type, compressor);
    }

    @Override
    void appendValues(FieldVector vector, int start, int end) {
      ArrowBuf validity = vector.getValidityBuffer();
      ArrowBuf data = vector.getDataBuffer();
      int width = type.typeLength;
      values.ensure(width * (end - start));
      for (int i = start; i < end; i++) {
        if (isNull(validity, i)) {
          nullValue();
          continue;
        }
        defined();
        long low = data.getLong((long) DECIMAL_BYTES * i);
        long high = data.getLong((long) DECIMAL_BYTES * i + 8);
        putBigEndian(high, low, width);
        if (!any || compare(high, low, minHigh, minLow) < 0) {
          minHigh = high;
          minLow = low;
        }
        if (!any || compare(high, low, maxHigh, maxLow) > 0) {
          maxHigh = high;
          maxLow = low;
        }
        any = true;
      }
    }

    private void putBigEndian(long high, long low, int width) {
      for (int b = width - 1; b >= 0; b--) {
        values.put((int) (b >= 8 ? high >>> (8 * (b - 8)) : low >>> (8 * b)));
      }
    }

    private static int compare(long high, long low, long otherHigh, long otherLow) {
      int byHigh = Long.compare(high, otherHigh);
      return byHigh != 0 ? byHigh : Long.compareUnsigned(low, otherLow);
    }

    private byte[] bound(long high, long low) {
      int width = type.typeLength;
      byte[] out = new byte[width];
      for (int b = width - 1, p = 0; b >= 0; b--, p++) {
        out[p] = (byte) (b >= 8 ? high >>> (8 * (b - 8)) : low >>> (8 * b));
      }
      return out;
    }

    @Override
    byte[] minBytes() {
      return any ? bound(minHigh, minLow) : null;
    }

    @Override
    byte[] maxBytes() {
      return any ? bound(maxHigh, maxLow) : null;
    }

    @Override
    void resetStatistics() {
      any = false;
    }
  }
}
