package dev.quiver.engine.exec.vector;

import java.util.List;
import org.apache.arrow.memory.util.MemoryUtil;
import org.apache.arrow.vector.FieldVector;

/**
 * A total order on the rows {@code 0..rowCount)} of some vectors: by each key in turn (ascending
 * or descending, nulls first or last), then by row number, so that every sort over it is
 * deterministic and equal keys keep their input order.
 *
 * <p>Key values are gathered once into primitive arrays (BYTES stay in their vector), so a
 * comparison is a primitive compare per key with no boxing.
 */
public final class RowOrder {
  private static final int LONG_BYTES = 8;

  private final KeyColumn[] keys;

  /**
   * @param keyVectors one vector per key, each with at least {@code rowCount} rows; BYTES keys are
   *     read in place, so the vectors must outlive this order
   */
  public RowOrder(
      List<FieldVector> keyVectors, boolean[] descending, boolean[] nullsFirst, int rowCount) {
    keys = new KeyColumn[keyVectors.size()];
    int[] positions = Positions.identity(rowCount);
    for (int i = 0; i < keys.length; i++) {
      FieldVector vector = keyVectors.get(i);
      ValueLayout layout = ValueLayout.of(vector.getField().getType());
      if (layout == null) {
        throw new IllegalArgumentException("cannot sort by " + vector.getField());
      }
      ColumnValues values = new ColumnValues(layout);
      values.gather(vector, positions, rowCount);
      keys[i] = KeyColumn.of(values, descending[i], nullsFirst[i]);
    }
  }

  /** Heap bytes a {@link RowOrder} over {@code rowCount} rows and {@code keyCount} keys needs, at most. */
  public static long estimateHeapBytes(int rowCount, int keyCount) {
    return (long) rowCount * keyCount * (2 * LONG_BYTES + 1);
  }

  /** Negative, zero or positive as row {@code left} sorts before, with or after row {@code right}. */
  public int compare(int left, int right) {
    for (KeyColumn key : keys) {
      int c = key.compare(left, right);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(left, right);
  }

  /** One sort key: nulls placement and direction around a primitive comparison. */
  private abstract static class KeyColumn {
    private final boolean[] valid;
    private final boolean allValid;
    private final int direction;
    private final int nullOrder;

    KeyColumn(ColumnValues values, boolean descending, boolean nullsFirst) {
      this.valid = values.valid();
      this.allValid = values.allValid();
      this.direction = descending ? -1 : 1;
      this.nullOrder = nullsFirst ? -1 : 1;
    }

    static KeyColumn of(ColumnValues values, boolean descending, boolean nullsFirst) {
      switch (values.layout()) {
        case LONG:
          return new LongKey(values, descending, nullsFirst);
        case DOUBLE:
          return new DoubleKey(values, descending, nullsFirst);
        case DECIMAL:
          return new DecimalKey(values, descending, nullsFirst);
        default:
          return new BytesKey(values, descending, nullsFirst);
      }
    }

    final int compare(int left, int right) {
      if (!allValid) {
        boolean leftValid = valid[left];
        boolean rightValid = valid[right];
        if (!leftValid || !rightValid) {
          return leftValid == rightValid ? 0 : leftValid ? -nullOrder : nullOrder;
        }
      }
      return direction * compareValues(left, right);
    }

    abstract int compareValues(int left, int right);
  }

  private static final class LongKey extends KeyColumn {
    private final long[] values;

    LongKey(ColumnValues values, boolean descending, boolean nullsFirst) {
      super(values, descending, nullsFirst);
      this.values = values.longs();
    }

    @Override
    int compareValues(int left, int right) {
      return Long.compare(values[left], values[right]);
    }
  }

  /** Doubles in {@link Double#compare} order: -0.0 before 0.0, NaN after everything. */
  private static final class DoubleKey extends KeyColumn {
    private final double[] values;

    DoubleKey(ColumnValues values, boolean descending, boolean nullsFirst) {
      super(values, descending, nullsFirst);
      this.values = values.doubles();
    }

    @Override
    int compareValues(int left, int right) {
      return Double.compare(values[left], values[right]);
    }
  }

  private static final class DecimalKey extends KeyColumn {
    private final long[] lows;
    private final long[] highs;

    DecimalKey(ColumnValues values, boolean descending, boolean nullsFirst) {
      super(values, descending, nullsFirst);
      this.lows = values.longs();
      this.highs = values.highs();
    }

    @Override
    int compareValues(int left, int right) {
      int c = Long.compare(highs[left], highs[right]);
      return c != 0 ? c : Long.compareUnsigned(lows[left], lows[right]);
    }
  }

  /** Bytes in unsigned lexicographic order, which for UTF-8 is code point order. */
  private static final class BytesKey extends KeyColumn {
    private final long data;
    private final int[] starts;
    private final int[] lengths;

    BytesKey(ColumnValues values, boolean descending, boolean nullsFirst) {
      super(values, descending, nullsFirst);
      this.data = values.dataAddress();
      this.starts = values.starts();
      this.lengths = values.lengths();
    }

    @Override
    int compareValues(int left, int right) {
      return compareBytes(
          data + starts[left], lengths[left], data + starts[right], lengths[right]);
    }
  }

  /** Unsigned lexicographic comparison of two byte ranges in memory. */
  public static int compareBytes(long left, int leftLength, long right, int rightLength) {
    int common = Math.min(leftLength, rightLength);
    int i = 0;
    for (; i + LONG_BYTES <= common; i += LONG_BYTES) {
      long a = MemoryUtil.getLong(left + i);
      long b = MemoryUtil.getLong(right + i);
      if (a != b) {
        return Long.compareUnsigned(Long.reverseBytes(a), Long.reverseBytes(b));
      }
    }
    for (; i < common; i++) {
      int a = MemoryUtil.getByte(left + i) & 0xFF;
      int b = MemoryUtil.getByte(right + i) & 0xFF;
      if (a != b) {
        return a - b;
      }
    }
    return Integer.compare(leftLength, rightLength);
  }
}
