package dev.quiver.engine.function.kernel;

import org.apache.arrow.memory.ArrowBuf;

/**
 * Byte-at-a-time (eight rows per step) three-valued logic over BOOLEAN vectors, and selection set
 * operations for AND/OR/NOT over ascending position lists.
 */
public final class BooleanKernels {
  private BooleanKernels() {}

  /**
   * One AND step: {@code allTrue &= childValid & childValue; anyFalse |= childValid &
   * ~childValue}. A null child bitmap ({@code childValidity == null}) means all valid.
   */
  public static void andStep(
      ArrowBuf allTrue, ArrowBuf anyFalse, ArrowBuf childValues, ArrowBuf childValidity, int rowCount) {
    int bytes = Validity.byteCount(rowCount);
    for (int index = 0; index < bytes; index++) {
      int value = childValues.getByte(index);
      int valid = childValidity == null ? 0xFF : childValidity.getByte(index);
      allTrue.setByte(index, allTrue.getByte(index) & valid & value);
      anyFalse.setByte(index, anyFalse.getByte(index) | (valid & ~value));
    }
  }

  /**
   * One OR step: {@code anyTrue |= childValid & childValue; allFalse &= childValid &
   * ~childValue}.
   */
  public static void orStep(
      ArrowBuf anyTrue, ArrowBuf allFalse, ArrowBuf childValues, ArrowBuf childValidity, int rowCount) {
    int bytes = Validity.byteCount(rowCount);
    for (int index = 0; index < bytes; index++) {
      int value = childValues.getByte(index);
      int valid = childValidity == null ? 0xFF : childValidity.getByte(index);
      anyTrue.setByte(index, anyTrue.getByte(index) | (valid & value));
      allFalse.setByte(index, allFalse.getByte(index) & valid & ~value);
    }
  }

  /** {@code target |= source}. */
  public static void or(ArrowBuf target, ArrowBuf source, int rowCount) {
    int bytes = Validity.byteCount(rowCount);
    for (int index = 0; index < bytes; index++) {
      target.setByte(index, target.getByte(index) | source.getByte(index));
    }
  }

  /** {@code target = ~source}. */
  public static void not(ArrowBuf target, ArrowBuf source, int rowCount) {
    int bytes = Validity.byteCount(rowCount);
    for (int index = 0; index < bytes; index++) {
      target.setByte(index, ~source.getByte(index));
    }
  }

  /**
   * Writes into {@code target} the truth test of a nullable boolean: for each row, {@code
   * (valid & (value ^ invertValue)) ^ negate}, i.e. IS TRUE, IS FALSE, IS NOT TRUE, IS NOT FALSE.
   */
  public static void truthTest(
      ArrowBuf target,
      ArrowBuf values,
      ArrowBuf validity,
      boolean invertValue,
      boolean negate,
      int rowCount) {
    int bytes = Validity.byteCount(rowCount);
    int valueMask = invertValue ? 0xFF : 0;
    int resultMask = negate ? 0xFF : 0;
    for (int index = 0; index < bytes; index++) {
      int valid = validity == null ? 0xFF : validity.getByte(index);
      target.setByte(index, ((valid & (values.getByte(index) ^ valueMask)) ^ resultMask));
    }
  }

  /**
   * Merges two ascending, disjoint position lists into {@code out} (which may not alias either);
   * returns the merged count.
   */
  public static int union(int[] a, int aCount, int[] b, int bCount, int[] out) {
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < aCount && j < bCount) {
      out[n++] = a[i] < b[j] ? a[i++] : b[j++];
    }
    while (i < aCount) {
      out[n++] = a[i++];
    }
    while (j < bCount) {
      out[n++] = b[j++];
    }
    return n;
  }

  /**
   * Writes {@code all} minus {@code subset} (both ascending, {@code subset} contained in {@code
   * all}) into {@code out}, which may be {@code all}; returns the count.
   */
  public static int difference(int[] all, int allCount, int[] subset, int subsetCount, int[] out) {
    int j = 0;
    int n = 0;
    for (int k = 0; k < allCount; k++) {
      int row = all[k];
      if (j < subsetCount && subset[j] == row) {
        j++;
      } else {
        out[n++] = row;
      }
    }
    return n;
  }
}
