package dev.quiver.engine.exec.vector;

import org.apache.arrow.memory.util.MemoryUtil;
import org.apache.arrow.vector.BaseFixedWidthVector;
import org.apache.arrow.vector.BaseVariableWidthVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.FieldVector;

/**
 * The values of one column at chosen positions, gathered into primitive arrays in the form of a
 * {@link ValueLayout}: a batch's worth for aggregation, a whole input for sorting. Index {@code
 * k} of every array belongs to the {@code k}-th gathered position.
 *
 * <p>Reused from batch to batch; the arrays grow and are never shrunk. BYTES values stay in the
 * vector: only their addresses are gathered, so they are valid as long as the vector is.
 */
public final class ColumnValues {
  private static final int LONG_SHIFT = 3;
  private static final int INT_SHIFT = 2;
  private static final int SHORT_SHIFT = 1;
  private static final int DECIMAL_SHIFT = 4;
  private static final int LONG_BYTES = 8;
  private static final int INT_BYTES = 4;
  private static final int SHORT_BYTES = 2;

  private final ValueLayout layout;
  private long[] longs = new long[0];
  private long[] highs = new long[0];
  private double[] doubles = new double[0];
  private int[] starts = new int[0];
  private int[] lengths = new int[0];
  private boolean[] valid = new boolean[0];
  private boolean allValid;
  private long dataAddress;
  private int count;

  public ColumnValues(ValueLayout layout) {
    this.layout = layout;
  }

  public ValueLayout layout() {
    return layout;
  }

  public int count() {
    return count;
  }

  /** LONG values, or the low 64 bits of DECIMAL values. */
  public long[] longs() {
    return longs;
  }

  /** The high 64 bits of DECIMAL values. */
  public long[] highs() {
    return highs;
  }

  public double[] doubles() {
    return doubles;
  }

  /** BYTES: offset of each value from {@link #dataAddress()}. */
  public int[] starts() {
    return starts;
  }

  /** BYTES: length of each value. */
  public int[] lengths() {
    return lengths;
  }

  /** BYTES: address of the vector's data buffer. */
  public long dataAddress() {
    return dataAddress;
  }

  /** Whether each value is non-null; only meaningful when {@link #allValid()} is false. */
  public boolean[] valid() {
    return valid;
  }

  /** True when no gathered value is null (then {@link #valid()} is not filled). */
  public boolean allValid() {
    return allValid;
  }

  public boolean isValid(int k) {
    return allValid || valid[k];
  }

  /** Bytes of heap the arrays hold, for memory accounting. */
  public long heapBytes() {
    return (long) longs.length * LONG_BYTES
        + (long) highs.length * LONG_BYTES
        + (long) doubles.length * LONG_BYTES
        + (long) starts.length * INT_BYTES
        + (long) lengths.length * INT_BYTES
        + valid.length;
  }

  /** Gathers the values at {@code positions[0..count)} of {@code vector}. */
  public void gather(FieldVector vector, int[] positions, int count) {
    ensureCapacity(count);
    this.count = count;
    if (count == 0) {
      allValid = true;
      return;
    }
    gatherValidity(vector, positions, count);
    switch (layout) {
      case LONG:
        gatherLongs(vector, positions, count);
        break;
      case DOUBLE:
        gatherDoubles(vector, positions, count);
        break;
      case DECIMAL:
        gatherDecimals(vector, positions, count);
        break;
      case BYTES:
        gatherBytes((BaseVariableWidthVector) vector, positions, count);
        break;
      default:
        throw new IllegalStateException("layout " + layout);
    }
  }

  /**
   * Copies the values at {@code keep[0..keepCount)} of {@code source} (same layout) into this,
   * densely; BYTES values keep pointing into the source's vector.
   */
  public void compactFrom(ColumnValues source, int[] keep, int keepCount) {
    ensureCapacity(keepCount);
    count = keepCount;
    allValid = source.allValid;
    dataAddress = source.dataAddress;
    for (int j = 0; j < keepCount; j++) {
      int k = keep[j];
      if (!allValid) {
        valid[j] = source.valid[k];
      }
      switch (layout) {
        case LONG:
          longs[j] = source.longs[k];
          break;
        case DOUBLE:
          doubles[j] = source.doubles[k];
          break;
        case DECIMAL:
          longs[j] = source.longs[k];
          highs[j] = source.highs[k];
          break;
        default:
          starts[j] = source.starts[k];
          lengths[j] = source.lengths[k];
          break;
      }
    }
  }

  private void ensureCapacity(int needed) {
    if (valid.length >= needed) {
      return;
    }
    int capacity = Math.max(needed, valid.length * 2);
    valid = new boolean[capacity];
    switch (layout) {
      case LONG:
        longs = new long[capacity];
        break;
      case DOUBLE:
        doubles = new double[capacity];
        break;
      case DECIMAL:
        longs = new long[capacity];
        highs = new long[capacity];
        break;
      default:
        starts = new int[capacity];
        lengths = new int[capacity];
        break;
    }
  }

  private void gatherValidity(FieldVector vector, int[] positions, int count) {
    allValid = vector.getNullCount() == 0;
    if (allValid) {
      return;
    }
    long validity = vector.getValidityBufferAddress();
    for (int k = 0; k < count; k++) {
      valid[k] = isBitSet(validity, positions[k]);
    }
  }

  /** Whether bit {@code index} of the bitmap at {@code address} is set. */
  public static boolean isBitSet(long address, int index) {
    return ((MemoryUtil.getByte(address + (index >>> 3)) >>> (index & 7)) & 1) != 0;
  }

  private void gatherLongs(FieldVector vector, int[] positions, int count) {
    long[] out = longs;
    if (vector instanceof BitVector) {
      long data = vector.getDataBufferAddress();
      for (int k = 0; k < count; k++) {
        out[k] = isBitSet(data, positions[k]) ? 1 : 0;
      }
      return;
    }
    long data = vector.getDataBufferAddress();
    switch (((BaseFixedWidthVector) vector).getTypeWidth()) {
      case LONG_BYTES:
        for (int k = 0; k < count; k++) {
          out[k] = MemoryUtil.getLong(data + ((long) positions[k] << LONG_SHIFT));
        }
        break;
      case INT_BYTES:
        for (int k = 0; k < count; k++) {
          out[k] = MemoryUtil.getInt(data + ((long) positions[k] << INT_SHIFT));
        }
        break;
      case SHORT_BYTES:
        for (int k = 0; k < count; k++) {
          out[k] = MemoryUtil.getShort(data + ((long) positions[k] << SHORT_SHIFT));
        }
        break;
      default:
        for (int k = 0; k < count; k++) {
          out[k] = MemoryUtil.getByte(data + positions[k]);
        }
        break;
    }
  }

  private void gatherDoubles(FieldVector vector, int[] positions, int count) {
    double[] out = doubles;
    long data = vector.getDataBufferAddress();
    if (((BaseFixedWidthVector) vector).getTypeWidth() == LONG_BYTES) {
      for (int k = 0; k < count; k++) {
        out[k] =
            Double.longBitsToDouble(MemoryUtil.getLong(data + ((long) positions[k] << LONG_SHIFT)));
      }
    } else {
      for (int k = 0; k < count; k++) {
        out[k] = Float.intBitsToFloat(MemoryUtil.getInt(data + ((long) positions[k] << INT_SHIFT)));
      }
    }
  }

  private void gatherDecimals(FieldVector vector, int[] positions, int count) {
    long data = vector.getDataBufferAddress();
    for (int k = 0; k < count; k++) {
      long address = data + ((long) positions[k] << DECIMAL_SHIFT);
      longs[k] = MemoryUtil.getLong(address);
      highs[k] = MemoryUtil.getLong(address + LONG_BYTES);
    }
  }

  private void gatherBytes(BaseVariableWidthVector vector, int[] positions, int count) {
    long offsets = vector.getOffsetBufferAddress();
    dataAddress = vector.getDataBufferAddress();
    for (int k = 0; k < count; k++) {
      long at = offsets + ((long) positions[k] << INT_SHIFT);
      int start = MemoryUtil.getInt(at);
      starts[k] = start;
      lengths[k] = MemoryUtil.getInt(at + INT_BYTES) - start;
    }
  }
}
