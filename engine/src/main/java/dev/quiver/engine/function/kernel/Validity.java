package dev.quiver.engine.function.kernel;

import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.vector.FieldVector;

/**
 * Word-at-a-time operations on Arrow validity bitmaps (bit set = value present), so kernels keep
 * null handling out of their value loops.
 */
public final class Validity {
  private static final int BITS_PER_BYTE = 8;

  private Validity() {}

  /** Bytes of a bitmap for {@code rowCount} rows. */
  public static int byteCount(int rowCount) {
    return (rowCount + BITS_PER_BYTE - 1) / BITS_PER_BYTE;
  }

  /** The bit for {@code row}, as 0 or 1. */
  public static int bit(ArrowBuf bitmap, int row) {
    return (bitmap.getByte(row >>> 3) >>> (row & 7)) & 1;
  }

  public static void setBit(ArrowBuf bitmap, int row) {
    long index = row >>> 3;
    bitmap.setByte(index, bitmap.getByte(index) | (1 << (row & 7)));
  }

  public static void clearBit(ArrowBuf bitmap, int row) {
    long index = row >>> 3;
    bitmap.setByte(index, bitmap.getByte(index) & ~(1 << (row & 7)));
  }

  /** Whether any of the vector's first {@code rowCount} values is null. */
  public static boolean hasNulls(FieldVector vector) {
    return vector.getNullCount() > 0;
  }

  /** Sets the bits of rows {@code [0, rowCount)}. */
  public static void setAll(ArrowBuf bitmap, int rowCount) {
    int bytes = byteCount(rowCount);
    bitmap.setOne(0, bytes);
  }

  /** {@code target = source} for rows {@code [0, rowCount)}. */
  public static void copy(ArrowBuf source, ArrowBuf target, int rowCount) {
    target.setBytes(0, source, 0, byteCount(rowCount));
  }

  /** {@code target &= source} for rows {@code [0, rowCount)}. */
  public static void and(ArrowBuf target, ArrowBuf source, int rowCount) {
    int bytes = byteCount(rowCount);
    int words = bytes / Long.BYTES;
    for (int word = 0; word < words; word++) {
      long offset = (long) word * Long.BYTES;
      target.setLong(offset, target.getLong(offset) & source.getLong(offset));
    }
    for (int index = words * Long.BYTES; index < bytes; index++) {
      target.setByte(index, target.getByte(index) & source.getByte(index));
    }
  }

  /**
   * Keeps, in place, the positions of {@code positions[0..count)} whose bit is set; returns how
   * many remain.
   */
  public static int retainValid(ArrowBuf bitmap, int[] positions, int count) {
    int n = 0;
    for (int k = 0; k < count; k++) {
      int row = positions[k];
      positions[n] = row;
      n += bit(bitmap, row);
    }
    return n;
  }

  /** Sets the bits of the given positions. */
  public static void setPositions(ArrowBuf bitmap, int[] positions, int count) {
    for (int k = 0; k < count; k++) {
      setBit(bitmap, positions[k]);
    }
  }

  /** Copies the live positions ({@code selection} or {@code 0..count}) into {@code out}. */
  public static int copyLive(int[] selection, int count, int[] out) {
    if (selection == null) {
      for (int row = 0; row < count; row++) {
        out[row] = row;
      }
    } else if (selection != out) {
      System.arraycopy(selection, 0, out, 0, count);
    }
    return count;
  }
}
