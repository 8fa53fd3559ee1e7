package dev.quiver.adapters.write.parquet;

import java.util.Arrays;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.vector.FieldVector;

/**
 * The chunk writer for each {@link ParquetColumnType.Source}, one tight loop per type and
 * encoding. Every loop reads the non-null values at the positions the {@link RecordShredder}
 * found, so flat and nested leaves share them.
 */
final class ChunkWriters {
  private static final int DECIMAL_BYTES = 16;
  private static final int OFFSET_BYTES = 4;
  /** Longer string bounds are left out of the statistics rather than bloat the footer. */
  private static final int MAX_BOUND_BYTES = 4096;

  private ChunkWriters() {}

  /**
   * @param dictionaries whether types that support it are dictionary-encoded (BYTE_ARRAY, INT32,
   *     INT64, FLOAT, DOUBLE)
   */
  static ColumnChunkWriter create(LeafColumn leaf, PageCompressor compressor, boolean dictionaries) {
    return switch (leaf.type.source) {
      case NULL -> new NullWriter(leaf, compressor);
      case BOOLEAN -> new BooleanWriter(leaf, compressor);
      case INT8, INT16, INT32, DECIMAL_INT32 -> new Int32Writer(leaf, compressor, dictionary(dictionaries, Integer.BYTES));
      case INT64, DECIMAL_INT64 -> new Int64Writer(leaf, compressor, dictionary(dictionaries, Long.BYTES));
      case FLOAT -> new FloatingWriter(leaf, compressor, dictionary(dictionaries, Integer.BYTES));
      case DOUBLE -> new FloatingWriter(leaf, compressor, dictionary(dictionaries, Long.BYTES));
      case BYTES -> new BytesWriter(leaf, compressor, dictionary(dictionaries, 0));
      case DECIMAL_FIXED -> new FixedDecimalWriter(leaf, compressor);
    };
  }

  private static ValueDictionary dictionary(boolean enabled, int width) {
    return enabled ? new ValueDictionary(width) : null;
  }

  private static byte[] littleEndian(long value, int bytes) {
    byte[] out = new byte[bytes];
    for (int i = 0; i < bytes; i++) {
      out[i] = (byte) (value >>> (8 * i));
    }
    return out;
  }

  /** Arrow's Null type: every slot NULL, stored as an all-null INT32 column. */
  static final class NullWriter extends ColumnChunkWriter {
    NullWriter(LeafColumn leaf, PageCompressor compressor) {
      super(leaf, compressor, null);
    }

    @Override
    void writePlain(FieldVector vector, int[] positions, int from, int to) {
      throw new IllegalStateException("a Null vector has no values");
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

    BooleanWriter(LeafColumn leaf, PageCompressor compressor) {
      super(leaf, compressor, null);
    }

    @Override
    void writePlain(FieldVector vector, int[] positions, int from, int to) {
      ArrowBuf data = vector.getDataBuffer();
      for (int k = from; k < to; k++) {
        int i = positions[k];
        int bit = (data.getByte(i >>> 3) >> (i & 7)) & 1;
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

    Int32Writer(LeafColumn leaf, PageCompressor compressor, ValueDictionary dictionary) {
      super(leaf, compressor, dictionary);
    }

    private static int value(ArrowBuf data, ParquetColumnType.Source source, int i) {
      return switch (source) {
        case INT8 -> data.getByte(i);
        case INT16 -> data.getShort(2L * i);
        case DECIMAL_INT32 -> (int) data.getLong((long) DECIMAL_BYTES * i);
        default -> data.getInt(4L * i);
      };
    }

    @Override
    void writePlain(FieldVector vector, int[] positions, int from, int to) {
      ArrowBuf data = vector.getDataBuffer();
      ParquetColumnType.Source source = type.source;
      values.ensure(4 * (to - from));
      int lo = min;
      int hi = max;
      for (int k = from; k < to; k++) {
        int value = value(data, source, positions[k]);
        values.putIntLittleEndian(value);
        lo = Math.min(lo, value);
        hi = Math.max(hi, value);
      }
      min = lo;
      max = hi;
      any = true;
    }

    @Override
    void writeIndices(FieldVector vector, int[] positions, int from, int to) {
      ArrowBuf data = vector.getDataBuffer();
      ParquetColumnType.Source source = type.source;
      int[] out = reserveIndices(to - from);
      int at = indexCount;
      for (int k = from; k < to; k++) {
        int value = value(data, source, positions[k]);
        int index = dictionary.indexOf(value);
        if (index < 0) {
          index = ~index;
          min = Math.min(min, value);
          max = Math.max(max, value);
        }
        out[at++] = index;
      }
      indexCount = at;
      any = true;
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

    Int64Writer(LeafColumn leaf, PageCompressor compressor, ValueDictionary dictionary) {
      super(leaf, compressor, dictionary);
    }

    private long stride() {
      return type.source == ParquetColumnType.Source.DECIMAL_INT64 ? DECIMAL_BYTES : Long.BYTES;
    }

    @Override
    void writePlain(FieldVector vector, int[] positions, int from, int to) {
      ArrowBuf data = vector.getDataBuffer();
      long stride = stride();
      values.ensure(8 * (to - from));
      long lo = min;
      long hi = max;
      for (int k = from; k < to; k++) {
        long value = data.getLong(stride * positions[k]);
        values.putLongLittleEndian(value);
        lo = Math.min(lo, value);
        hi = Math.max(hi, value);
      }
      min = lo;
      max = hi;
      any = true;
    }

    @Override
    void writeIndices(FieldVector vector, int[] positions, int from, int to) {
      ArrowBuf data = vector.getDataBuffer();
      long stride = stride();
      int[] out = reserveIndices(to - from);
      int at = indexCount;
      for (int k = from; k < to; k++) {
        long value = data.getLong(stride * positions[k]);
        int index = dictionary.indexOf(value);
        if (index < 0) {
          index = ~index;
          min = Math.min(min, value);
          max = Math.max(max, value);
        }
        out[at++] = index;
      }
      indexCount = at;
      any = true;
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

    FloatingWriter(LeafColumn leaf, PageCompressor compressor, ValueDictionary dictionary) {
      super(leaf, compressor, dictionary);
      single = type.source == ParquetColumnType.Source.FLOAT;
    }

    private void bound(double value) {
      if (value == value) {
        min = Math.min(min, value);
        max = Math.max(max, value);
        any = true;
      }
    }

    @Override
    void writePlain(FieldVector vector, int[] positions, int from, int to) {
      ArrowBuf data = vector.getDataBuffer();
      values.ensure(8 * (to - from));
      if (single) {
        for (int k = from; k < to; k++) {
          int bits = data.getInt(4L * positions[k]);
          values.putIntLittleEndian(bits);
          bound(Float.intBitsToFloat(bits));
        }
      } else {
        for (int k = from; k < to; k++) {
          long bits = data.getLong(8L * positions[k]);
          values.putLongLittleEndian(bits);
          bound(Double.longBitsToDouble(bits));
        }
      }
    }

    @Override
    void writeIndices(FieldVector vector, int[] positions, int from, int to) {
      ArrowBuf data = vector.getDataBuffer();
      int[] out = reserveIndices(to - from);
      int at = indexCount;
      for (int k = from; k < to; k++) {
        int i = positions[k];
        long bits = single ? data.getInt(4L * i) : data.getLong(8L * i);
        int index = dictionary.indexOf(bits);
        if (index < 0) {
          index = ~index;
          bound(single ? Float.intBitsToFloat((int) bits) : Double.longBitsToDouble(bits));
        }
        out[at++] = index;
      }
      indexCount = at;
    }

    private byte[] encodeBound(double value) {
      return single
          ? littleEndian(Float.floatToIntBits((float) value), 4)
          : littleEndian(Double.doubleToLongBits(value), 8);
    }

    @Override
    byte[] minBytes() {
      return any ? encodeBound(min == 0 ? -0.0 : min) : null;
    }

    @Override
    byte[] maxBytes() {
      return any ? encodeBound(max == 0 ? 0.0 : max) : null;
    }

    @Override
    void resetStatistics() {
      min = Double.POSITIVE_INFINITY;
      max = Double.NEGATIVE_INFINITY;
      any = false;
    }
  }

  /**
   * BYTE_ARRAY from Utf8/Binary: PLAIN is a 4-byte length then the bytes; bounds compare
   * unsigned. With a dictionary each value is copied once into a scratch array to be hashed, and
   * bounds are updated only when a value is new to the dictionary.
   */
  static final class BytesWriter extends ColumnChunkWriter {
    private byte[] min = new byte[64];
    private int minLength = -1;
    private byte[] max = new byte[64];
    private int maxLength = -1;
    private byte[] scratch = new byte[256];

    BytesWriter(LeafColumn leaf, PageCompressor compressor, ValueDictionary dictionary) {
      super(leaf, compressor, dictionary);
    }

    @Override
    void writePlain(FieldVector vector, int[] positions, int from, int to) {
      ArrowBuf offsets = vector.getOffsetBuffer();
      ArrowBuf data = vector.getDataBuffer();
      for (int k = from; k < to; k++) {
        int i = positions[k];
        int start = offsets.getInt((long) OFFSET_BYTES * i);
        int length = offsets.getInt((long) OFFSET_BYTES * (i + 1)) - start;
        values.putIntLittleEndian(length);
        int at = values.size();
        values.put(data, start, length);
        bound(values.array(), at, length);
      }
    }

    @Override
    void writeIndices(FieldVector vector, int[] positions, int from, int to) {
      ArrowBuf offsets = vector.getOffsetBuffer();
      ArrowBuf data = vector.getDataBuffer();
      int[] out = reserveIndices(to - from);
      int at = indexCount;
      for (int k = from; k < to; k++) {
        int i = positions[k];
        int start = offsets.getInt((long) OFFSET_BYTES * i);
        int length = offsets.getInt((long) OFFSET_BYTES * (i + 1)) - start;
        if (length > scratch.length) {
          scratch = new byte[Math.max(length, scratch.length * 2)];
        }
        data.getBytes(start, scratch, 0, length);
        int index = dictionary.indexOf(scratch, length);
        if (index < 0) {
          index = ~index;
          bound(scratch, 0, length);
        }
        out[at++] = index;
      }
      indexCount = at;
    }

    private void bound(byte[] b, int at, int length) {
      if (minLength < 0 || Arrays.compareUnsigned(b, at, at + length, min, 0, minLength) < 0) {
        min = copy(b, at, length, min);
        minLength = length;
      }
      if (maxLength < 0 || Arrays.compareUnsigned(b, at, at + length, max, 0, maxLength) > 0) {
        max = copy(b, at, length, max);
        maxLength = length;
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

    FixedDecimalWriter(LeafColumn leaf, PageCompressor compressor) {
      super(leaf, compressor, null);
    }

    @Override
    void writePlain(FieldVector vector, int[] positions, int from, int to) {
      ArrowBuf data = vector.getDataBuffer();
      int width = type.typeLength;
      values.ensure(width * (to - from));
      for (int k = from; k < to; k++) {
        long address = (long) DECIMAL_BYTES * positions[k];
        long low = data.getLong(address);
        long high = data.getLong(address + 8);
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
