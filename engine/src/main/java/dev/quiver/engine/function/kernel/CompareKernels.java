package dev.quiver.engine.function.kernel;

import org.apache.arrow.memory.ArrowBuf;

/**
 * Selection loops for comparisons: each writes into {@code out} the positions (from {@code
 * selection[0..count)}, or {@code 0..count} when {@code selection} is null) where the comparison
 * holds, and returns how many. Values of null slots are compared like any other; callers remove
 * null positions afterwards with {@link Validity#retainValid}, which keeps the loops branch-free.
 *
 * <p>{@code out} may be the same array as {@code selection}: a loop never writes ahead of where it
 * reads.
 *
 * <p>One loop per (operator x value width x shape) for the hot types: 32-bit ints (INTEGER, DATE),
 * 64-bit ints (BIGINT, TIMESTAMP, TIME) and doubles. Strings, decimals and booleans use a
 * three-way comparison per row.
 */
public final class CompareKernels {
  private CompareKernels() {}

  /** Positions where {@code values[row] op constant} for int32 values; nulls are not excluded. */
  public static int selectInt32(
      CompareOp op, ArrowBuf values, long constant, int[] selection, int count, int[] out) {
    switch (op) {
      case EQ:
        return selection == null
            ? equalInt32Dense(values, constant, count, out)
            : equalInt32Selected(values, constant, selection, count, out);
      case NE:
        return selection == null
            ? notEqualInt32Dense(values, constant, count, out)
            : notEqualInt32Selected(values, constant, selection, count, out);
      case LT:
        return selection == null
            ? lessThanInt32Dense(values, constant, count, out)
            : lessThanInt32Selected(values, constant, selection, count, out);
      case LE:
        return selection == null
            ? lessThanOrEqualInt32Dense(values, constant, count, out)
            : lessThanOrEqualInt32Selected(values, constant, selection, count, out);
      case GT:
        return selection == null
            ? greaterThanInt32Dense(values, constant, count, out)
            : greaterThanInt32Selected(values, constant, selection, count, out);
      case GE:
        return selection == null
            ? greaterThanOrEqualInt32Dense(values, constant, count, out)
            : greaterThanOrEqualInt32Selected(values, constant, selection, count, out);
      default:
        throw new IllegalArgumentException(op.name());
    }
  }

  /** Positions where {@code left[row] op right[row]} for int32 values; nulls are not excluded. */
  public static int selectInt32(
      CompareOp op, ArrowBuf left, ArrowBuf right, int[] selection, int count, int[] out) {
    switch (op) {
      case EQ:
        return selection == null
            ? equalInt32Dense(left, right, count, out)
            : equalInt32Selected(left, right, selection, count, out);
      case NE:
        return selection == null
            ? notEqualInt32Dense(left, right, count, out)
            : notEqualInt32Selected(left, right, selection, count, out);
      case LT:
        return selection == null
            ? lessThanInt32Dense(left, right, count, out)
            : lessThanInt32Selected(left, right, selection, count, out);
      case LE:
        return selection == null
            ? lessThanOrEqualInt32Dense(left, right, count, out)
            : lessThanOrEqualInt32Selected(left, right, selection, count, out);
      case GT:
        return selection == null
            ? greaterThanInt32Dense(left, right, count, out)
            : greaterThanInt32Selected(left, right, selection, count, out);
      case GE:
        return selection == null
            ? greaterThanOrEqualInt32Dense(left, right, count, out)
            : greaterThanOrEqualInt32Selected(left, right, selection, count, out);
      default:
        throw new IllegalArgumentException(op.name());
    }
  }

  private static int equalInt32Dense(ArrowBuf values, long constant, int count, int[] out) {
    int n = 0;
    for (int row = 0; row < count; row++) {
      out[n] = row;
      n += values.getInt((long) row * 4) == constant ? 1 : 0;
    }
    return n;
  }

  private static int equalInt32Selected(
      ArrowBuf values, long constant, int[] selection, int count, int[] out) {
    int n = 0;
    for (int k = 0; k < count; k++) {
      int row = selection[k];
      out[n] = row;
      n += values.getInt((long) row * 4) == constant ? 1 : 0;
    }
    return n;
  }

  private static int equalInt32Dense(ArrowBuf left, ArrowBuf right, int count, int[] out) {
    int n = 0;
    for (int row = 0; row < count; row++) {
      long offset = (long) row * 4;
      out[n] = row;
      n += left.getInt(offset) == right.getInt(offset) ? 1 : 0;
    }
    return n;
  }

  private static int equalInt32Selected(
      ArrowBuf left, ArrowBuf right, int[] selection, int count, int[] out) {
    int n = 0;
    for (int k = 0; k < count; k++) {
      int row = selection[k];
      long offset = (long) row * 4;
      out[n] = row;
      n += left.getInt(offset) == right.getInt(offset) ? 1 : 0;
    }
    return n;
  }

  private static int notEqualInt32Dense(ArrowBuf values, long constant, int count, int[] out) {
    int n = 0;
    for (int row = 0; row < count; row++) {
      out[n] = row;
      n += values.getInt((long) row * 4) != constant ? 1 : 0;
    }
    return n;
  }

  private static int notEqualInt32Selected(
      ArrowBuf values, long constant, int[] selection, int count, int[] out) {
    int n = 0;
    for (int k = 0; k < count; k++) {
      int row = selection[k];
      out[n] = row;
      n += values.getInt((long) row * 4) != constant ? 1 : 0;
    }
    return n;
  }

  private static int notEqualInt32Dense(ArrowBuf left, ArrowBuf right, int count, int[] out) {
    int n = 0;
    for (int row = 0; row < count; row++) {
      long offset = (long) row * 4;
      out[n] = row;
      n += left.getInt(offset) != right.getInt(offset) ? 1 : 0;
    }
    return n;
  }

  private static int notEqualInt32Selected(
      ArrowBuf left, ArrowBuf right, int[] selection, int count, int[] out) {
    int n = 0;
    for (int k = 0; k < count; k++) {
      int row = selection[k];
      long offset = (long) row * 4;
      out[n] = row;
      n += left.getInt(offset) != right.getInt(offset) ? 1 : 0;
    }
    return n;
  }

  private static int lessThanInt32Dense(ArrowBuf values, long constant, int count, int[] out) {
    int n = 0;
    for (int row = 0; row < count; row++) {
      out[n] = row;
      n += values.getInt((long) row * 4) < constant ? 1 : 0;
    }
    return n;
  }

  private static int lessThanInt32Selected(
      ArrowBuf values, long constant, int[] selection, int count, int[] out) {
    int n = 0;
    for (int k = 0; k < count; k++) {
      int row = selection[k];
      out[n] = row;
      n += values.getInt((long) row * 4) < constant ? 1 : 0;
    }
    return n;
  }

  private static int lessThanInt32Dense(ArrowBuf left, ArrowBuf right, int count, int[] out) {
    int n = 0;
    for (int row = 0; row < count; row++) {
      long offset = (long) row * 4;
      out[n] = row;
      n += left.getInt(offset) < right.getInt(offset) ? 1 : 0;
    }
    return n;
  }

  private static int lessThanInt32Selected(
      ArrowBuf left, ArrowBuf right, int[] selection, int count, int[] out) {
    int n = 0;
    for (int k = 0; k < count; k++) {
      int row = selection[k];
      long offset = (long) row * 4;
      out[n] = row;
      n += left.getInt(offset) < right.getInt(offset) ? 1 : 0;
    }
    return n;
  }

  private static int lessThanOrEqualInt32Dense(ArrowBuf values, long constant, int count, int[] out) {
    int n = 0;
    for (int row = 0; row < count; row++) {
      out[n] = row;
      n += values.getInt((long) row * 4) <= constant ? 1 : 0;
    }
    return n;
  }

  private static int lessThanOrEqualInt32Selected(
      ArrowBuf values, long constant, int[] selection, int count, int[] out) {
    int n = 0;
    for (int k = 0; k < count; k++) {
      int row = selection[k];
      out[n] = row;
      n += values.getInt((long) row * 4) <= constant ? 1 : 0;
    }
    return n;
  }

  private static int lessThanOrEqualInt32Dense(ArrowBuf left, ArrowBuf right, int count, int[] out) {
    int n = 0;
    for (int row = 0; row < count; row++) {
      long offset = (long) row * 4;
      out[n] = row;
      n += left.getInt(offset) <= right.getInt(offset) ? 1 : 0;
    }
    return n;
  }

  private static int lessThanOrEqualInt32Selected(
      ArrowBuf left, ArrowBuf right, int[] selection, int count, int[] out) {
    int n = 0;
    for (int k = 0; k < count; k++) {
      int row = selection[k];
      long offset = (long) row * 4;
      out[n] = row;
      n += left.getInt(offset) <= right.getInt(offset) ? 1 : 0;
    }
    return n;
  }

  private static int greaterThanInt32Dense(ArrowBuf values, long constant, int count, int[] out) {
    int n = 0;
    for (int row = 0; row < count; row++) {
      out[n] = row;
      n += values.getInt((long) row * 4) > constant ? 1 : 0;
    }
    return n;
  }

  private static int greaterThanInt32Selected(
      ArrowBuf values, long constant, int[] selection, int count, int[] out) {
    int n = 0;
    for (int k = 0; k < count; k++) {
      int row = selection[k];
      out[n] = row;
      n += values.getInt((long) row * 4) > constant ? 1 : 0;
    }
    return n;
  }

  private static int greaterThanInt32Dense(ArrowBuf left, ArrowBuf right, int count, int[] out) {
    int n = 0;
    for (int row = 0; row < count; row++) {
      long offset = (long) row * 4;
      out[n] = row;
      n += left.getInt(offset) > right.getInt(offset) ? 1 : 0;
    }
    return n;
  }

  private static int greaterThanInt32Selected(
      ArrowBuf left, ArrowBuf right, int[] selection, int count, int[] out) {
    int n = 0;
    for (int k = 0; k < count; k++) {
      int row = selection[k];
      long offset = (long) row * 4;
      out[n] = row;
      n += left.getInt(offset) > right.getInt(offset) ? 1 : 0;
    }
    return n;
  }

  private static int greaterThanOrEqualInt32Dense(ArrowBuf values, long constant, int count, int[] out) {
    int n = 0;
    for (int row = 0; row < count; row++) {
      out[n] = row;
      n += values.getInt((long) row * 4) >= constant ? 1 : 0;
    }
    return n;
  }

  private static int greaterThanOrEqualInt32Selected(
      ArrowBuf values, long constant, int[] selection, int count, int[] out) {
    int n = 0;
    for (int k = 0; k < count; k++) {
      int row = selection[k];
      out[n] = row;
      n += values.getInt((long) row * 4) >= constant ? 1 : 0;
    }
    return n;
  }

  private static int greaterThanOrEqualInt32Dense(ArrowBuf left, ArrowBuf right, int count, int[] out) {
    int n = 0;
    for (int row = 0; row < count; row++) {
      long offset = (long) row * 4;
      out[n] = row;
      n += left.getInt(offset) >= right.getInt(offset) ? 1 : 0;
    }
    return n;
  }

  private static int greaterThanOrEqualInt32Selected(
      ArrowBuf left, ArrowBuf right, int[] selection, int count, int[] out) {
    int n = 0;
    for (int k = 0; k < count; k++) {
      int row = selection[k];
      long offset = (long) row * 4;
      out[n] = row;
      n += left.getInt(offset) >= right.getInt(offset) ? 1 : 0;
    }
    return n;
  }

  /** Positions where {@code values[row] op constant} for int64 values; nulls are not excluded. */
  public static int selectInt64(
      CompareOp op, ArrowBuf values, long constant, int[] selection, int count, int[] out) {
    switch (op) {
      case EQ:
        return selection == null
            ? equalInt64Dense(values, constant, count, out)
            : equalInt64Selected(values, constant, selection, count, out);
      case NE:
        return selection == null
            ? notEqualInt64Dense(values, constant, count, out)
            : notEqualInt64Selected(values, constant, selection, count, out);
      case LT:
        return selection == null
            ? lessThanInt64Dense(values, constant, count, out)
            : lessThanInt64Selected(values, constant, selection, count, out);
      case LE:
        return selection == null
            ? lessThanOrEqualInt64Dense(values, constant, count, out)
            : lessThanOrEqualInt64Selected(values, constant, selection, count, out);
      case GT:
        return selection == null
            ? greaterThanInt64Dense(values, constant, count, out)
            : greaterThanInt64Selected(values, constant, selection, count, out);
      case GE:
        return selection == null
            ? greaterThanOrEqualInt64Dense(values, constant, count, out)
            : greaterThanOrEqualInt64Selected(values, constant, selection, count, out);
      default:
        throw new IllegalArgumentException(op.name());
    }
  }

  /** Positions where {@code left[row] op right[row]} for int64 values; nulls are not excluded. */
  public static int selectInt64(
      CompareOp op, ArrowBuf left, ArrowBuf right, int[] selection, int count, int[] out) {
    switch (op) {
      case EQ:
        return selection == null
            ? equalInt64Dense(left, right, count, out)
            : equalInt64Selected(left, right, selection, count, out);
      case NE:
        return selection == null
            ? notEqualInt64Dense(left, right, count, out)
            : notEqualInt64Selected(left, right, selection, count, out);
      case LT:
        return selection == null
            ? lessThanInt64Dense(left, right, count, out)
            : lessThanInt64Selected(left, right, selection, count, out);
      case LE:
        return selection == null
            ? lessThanOrEqualInt64Dense(left, right, count, out)
            : lessThanOrEqualInt64Selected(left, right, selection, count, out);
      case GT:
        return selection == null
            ? greaterThanInt64Dense(left, right, count, out)
            : greaterThanInt64Selected(left, right, selection, count, out);
      case GE:
        return selection == null
            ? greaterThanOrEqualInt64Dense(left, right, count, out)
            : greaterThanOrEqualInt64Selected(left, right, selection, count, out);
      default:
        throw new IllegalArgumentException(op.name());
    }
  }

  private static int equalInt64Dense(ArrowBuf values, long constant, int count, int[] out) {
    int n = 0;
    for (int row = 0; row < count; row++) {
      out[n] = row;
      n += values.getLong((long) row * 8) == constant ? 1 : 0;
    }
    return n;
  }

  private static int equalInt64Selected(
      ArrowBuf values, long constant, int[] selection, int count, int[] out) {
    int n = 0;
    for (int k = 0; k < count; k++) {
      int row = selection[k];
      out[n] = row;
      n += values.getLong((long) row * 8) == constant ? 1 : 0;
    }
    return n;
  }

  private static int equalInt64Dense(ArrowBuf left, ArrowBuf right, int count, int[] out) {
    int n = 0;
    for (int row = 0; row < count; row++) {
      long offset = (long) row * 8;
      out[n] = row;
      n += left.getLong(offset) == right.getLong(offset) ? 1 : 0;
    }
    return n;
  }

  private static int equalInt64Selected(
      ArrowBuf left, ArrowBuf right, int[] selection, int count, int[] out) {
    int n = 0;
    for (int k = 0; k < count; k++) {
      int row = selection[k];
      long offset = (long) row * 8;
      out[n] = row;
      n += left.getLong(offset) == right.getLong(offset) ? 1 : 0;
    }
    return n;
  }

  private static int notEqualInt64Dense(ArrowBuf values, long constant, int count, int[] out) {
    int n = 0;
    for (int row = 0; row < count; row++) {
      out[n] = row;
      n += values.getLong((long) row * 8) != constant ? 1 : 0;
    }
    return n;
  }

  private static int notEqualInt64Selected(
      ArrowBuf values, long constant, int[] selection, int count, int[] out) {
    int n = 0;
    for (int k = 0; k < count; k++) {
      int row = selection[k];
      out[n] = row;
      n += values.getLong((long) row * 8) != constant ? 1 : 0;
    }
    return n;
  }

  private static int notEqualInt64Dense(ArrowBuf left, ArrowBuf right, int count, int[] out) {
    int n = 0;
    for (int row = 0; row < count; row++) {
      long offset = (long) row * 8;
      out[n] = row;
      n += left.getLong(offset) != right.getLong(offset) ? 1 : 0;
    }
    return n;
  }

  private static int notEqualInt64Selected(
      ArrowBuf left, ArrowBuf right, int[] selection, int count, int[] out) {
    int n = 0;
    for (int k = 0; k < count; k++) {
      int row = selection[k];
      long offset = (long) row * 8;
      out[n] = row;
      n += left.getLong(offset) != right.getLong(offset) ? 1 : 0;
    }
    return n;
  }

  private static int lessThanInt64Dense(ArrowBuf values, long constant, int count, int[] out) {
    int n = 0;
    for (int row = 0; row < count; row++) {
      out[n] = row;
      n += values.getLong((long) row * 8) < constant ? 1 : 0;
    }
    return n;
  }

  private static int lessThanInt64Selected(
      ArrowBuf values, long constant, int[] selection, int count, int[] out) {
    int n = 0;
    for (int k = 0; k < count; k++) {
      int row = selection[k];
      out[n] = row;
      n += values.getLong((long) row * 8) < constant ? 1 : 0;
    }
    return n;
  }

  private static int lessThanInt64Dense(ArrowBuf left, ArrowBuf right, int count, int[] out) {
    int n = 0;
    for (int row = 0; row < count; row++) {
      long offset = (long) row * 8;
      out[n] = row;
      n += left.getLong(offset) < right.getLong(offset) ? 1 : 0;
    }
    return n;
  }

  private static int lessThanInt64Selected(
      ArrowBuf left, ArrowBuf right, int[] selection, int count, int[] out) {
    int n = 0;
    for (int k = 0; k < count; k++) {
      int row = selection[k];
      long offset = (long) row * 8;
      out[n] = row;
      n += left.getLong(offset) < right.getLong(offset) ? 1 : 0;
    }
    return n;
  }

  private static int lessThanOrEqualInt64Dense(ArrowBuf values, long constant, int count, int[] out) {
    int n = 0;
    for (int row = 0; row < count; row++) {
      out[n] = row;
      n += values.getLong((long) row * 8) <= constant ? 1 : 0;
    }
    return n;
  }

  private static int lessThanOrEqualInt64Selected(
      ArrowBuf values, long constant, int[] selection, int count, int[] out) {
    int n = 0;
    for (int k = 0; k < count; k++) {
      int row = selection[k];
      out[n] = row;
      n += values.getLong((long) row * 8) <= constant ? 1 : 0;
    }
    return n;
  }

  private static int lessThanOrEqualInt64Dense(ArrowBuf left, ArrowBuf right, int count, int[] out) {
    int n = 0;
    for (int row = 0; row < count; row++) {
      long offset = (long) row * 8;
      out[n] = row;
      n += left.getLong(offset) <= right.getLong(offset) ? 1 : 0;
    }
    return n;
  }

  private static int lessThanOrEqualInt64Selected(
      ArrowBuf left, ArrowBuf right, int[] selection, int count, int[] out) {
    int n = 0;
    for (int k = 0; k < count; k++) {
      int row = selection[k];
      long offset = (long) row * 8;
      out[n] = row;
      n += left.getLong(offset) <= right.getLong(offset) ? 1 : 0;
    }
    return n;
  }

  private static int greaterThanInt64Dense(ArrowBuf values, long constant, int count, int[] out) {
    int n = 0;
    for (int row = 0; row < count; row++) {
      out[n] = row;
      n += values.getLong((long) row * 8) > constant ? 1 : 0;
    }
    return n;
  }

  private static int greaterThanInt64Selected(
      ArrowBuf values, long constant, int[] selection, int count, int[] out) {
    int n = 0;
    for (int k = 0; k < count; k++) {
      int row = selection[k];
      out[n] = row;
      n += values.getLong((long) row * 8) > constant ? 1 : 0;
    }
    return n;
  }

  private static int greaterThanInt64Dense(ArrowBuf left, ArrowBuf right, int count, int[] out) {
    int n = 0;
    for (int row = 0; row < count; row++) {
      long offset = (long) row * 8;
      out[n] = row;
      n += left.getLong(offset) > right.getLong(offset) ? 1 : 0;
    }
    return n;
  }

  private static int greaterThanInt64Selected(
      ArrowBuf left, ArrowBuf right, int[] selection, int count, int[] out) {
    int n = 0;
    for (int k = 0; k < count; k++) {
      int row = selection[k];
      long offset = (long) row * 8;
      out[n] = row;
      n += left.getLong(offset) > right.getLong(offset) ? 1 : 0;
    }
    return n;
  }

  private static int greaterThanOrEqualInt64Dense(ArrowBuf values, long constant, int count, int[] out) {
    int n = 0;
    for (int row = 0; row < count; row++) {
      out[n] = row;
      n += values.getLong((long) row * 8) >= constant ? 1 : 0;
    }
    return n;
  }

  private static int greaterThanOrEqualInt64Selected(
      ArrowBuf values, long constant, int[] selection, int count, int[] out) {
    int n = 0;
    for (int k = 0; k < count; k++) {
      int row = selection[k];
      out[n] = row;
      n += values.getLong((long) row * 8) >= constant ? 1 : 0;
    }
    return n;
  }

  private static int greaterThanOrEqualInt64Dense(ArrowBuf left, ArrowBuf right, int count, int[] out) {
    int n = 0;
    for (int row = 0; row < count; row++) {
      long offset = (long) row * 8;
      out[n] = row;
      n += left.getLong(offset) >= right.getLong(offset) ? 1 : 0;
    }
    return n;
  }

  private static int greaterThanOrEqualInt64Selected(
      ArrowBuf left, ArrowBuf right, int[] selection, int count, int[] out) {
    int n = 0;
    for (int k = 0; k < count; k++) {
      int row = selection[k];
      long offset = (long) row * 8;
      out[n] = row;
      n += left.getLong(offset) >= right.getLong(offset) ? 1 : 0;
    }
    return n;
  }

  /** Positions where {@code values[row] op constant} for float64 values; nulls are not excluded. */
  public static int selectFloat64(
      CompareOp op, ArrowBuf values, double constant, int[] selection, int count, int[] out) {
    switch (op) {
      case EQ:
        return selection == null
            ? equalFloat64Dense(values, constant, count, out)
            : equalFloat64Selected(values, constant, selection, count, out);
      case NE:
        return selection == null
            ? notEqualFloat64Dense(values, constant, count, out)
            : notEqualFloat64Selected(values, constant, selection, count, out);
      case LT:
        return selection == null
            ? lessThanFloat64Dense(values, constant, count, out)
            : lessThanFloat64Selected(values, constant, selection, count, out);
      case LE:
        return selection == null
            ? lessThanOrEqualFloat64Dense(values, constant, count, out)
            : lessThanOrEqualFloat64Selected(values, constant, selection, count, out);
      case GT:
        return selection == null
            ? greaterThanFloat64Dense(values, constant, count, out)
            : greaterThanFloat64Selected(values, constant, selection, count, out);
      case GE:
        return selection == null
            ? greaterThanOrEqualFloat64Dense(values, constant, count, out)
            : greaterThanOrEqualFloat64Selected(values, constant, selection, count, out);
      default:
        throw new IllegalArgumentException(op.name());
    }
  }

  /** Positions where {@code left[row] op right[row]} for float64 values; nulls are not excluded. */
  public static int selectFloat64(
      CompareOp op, ArrowBuf left, ArrowBuf right, int[] selection, int count, int[] out) {
    switch (op) {
      case EQ:
        return selection == null
            ? equalFloat64Dense(left, right, count, out)
            : equalFloat64Selected(left, right, selection, count, out);
      case NE:
        return selection == null
            ? notEqualFloat64Dense(left, right, count, out)
            : notEqualFloat64Selected(left, right, selection, count, out);
      case LT:
        return selection == null
            ? lessThanFloat64Dense(left, right, count, out)
            : lessThanFloat64Selected(left, right, selection, count, out);
      case LE:
        return selection == null
            ? lessThanOrEqualFloat64Dense(left, right, count, out)
            : lessThanOrEqualFloat64Selected(left, right, selection, count, out);
      case GT:
        return selection == null
            ? greaterThanFloat64Dense(left, right, count, out)
            : greaterThanFloat64Selected(left, right, selection, count, out);
      case GE:
        return selection == null
            ? greaterThanOrEqualFloat64Dense(left, right, count, out)
            : greaterThanOrEqualFloat64Selected(left, right, selection, count, out);
      default:
        throw new IllegalArgumentException(op.name());
    }
  }

  private static int equalFloat64Dense(ArrowBuf values, double constant, int count, int[] out) {
    int n = 0;
    for (int row = 0; row < count; row++) {
      out[n] = row;
      n += values.getDouble((long) row * 8) == constant ? 1 : 0;
    }
    return n;
  }

  private static int equalFloat64Selected(
      ArrowBuf values, double constant, int[] selection, int count, int[] out) {
    int n = 0;
    for (int k = 0; k < count; k++) {
      int row = selection[k];
      out[n] = row;
      n += values.getDouble((long) row * 8) == constant ? 1 : 0;
    }
    return n;
  }

  private static int equalFloat64Dense(ArrowBuf left, ArrowBuf right, int count, int[] out) {
    int n = 0;
    for (int row = 0; row < count; row++) {
      long offset = (long) row * 8;
      out[n] = row;
      n += left.getDouble(offset) == right.getDouble(offset) ? 1 : 0;
    }
    return n;
  }

  private static int equalFloat64Selected(
      ArrowBuf left, ArrowBuf right, int[] selection, int count, int[] out) {
    int n = 0;
    for (int k = 0; k < count; k++) {
      int row = selection[k];
      long offset = (long) row * 8;
      out[n] = row;
      n += left.getDouble(offset) == right.getDouble(offset) ? 1 : 0;
    }
    return n;
  }

  private static int notEqualFloat64Dense(ArrowBuf values, double constant, int count, int[] out) {
    int n = 0;
    for (int row = 0; row < count; row++) {
      out[n] = row;
      n += values.getDouble((long) row * 8) != constant ? 1 : 0;
    }
    return n;
  }

  private static int notEqualFloat64Selected(
      ArrowBuf values, double constant, int[] selection, int count, int[] out) {
    int n = 0;
    for (int k = 0; k < count; k++) {
      int row = selection[k];
      out[n] = row;
      n += values.getDouble((long) row * 8) != constant ? 1 : 0;
    }
    return n;
  }

  private static int notEqualFloat64Dense(ArrowBuf left, ArrowBuf right, int count, int[] out) {
    int n = 0;
    for (int row = 0; row < count; row++) {
      long offset = (long) row * 8;
      out[n] = row;
      n += left.getDouble(offset) != right.getDouble(offset) ? 1 : 0;
    }
    return n;
  }

  private static int notEqualFloat64Selected(
      ArrowBuf left, ArrowBuf right, int[] selection, int count, int[] out) {
    int n = 0;
    for (int k = 0; k < count; k++) {
      int row = selection[k];
      long offset = (long) row * 8;
      out[n] = row;
      n += left.getDouble(offset) != right.getDouble(offset) ? 1 : 0;
    }
    return n;
  }

  private static int lessThanFloat64Dense(ArrowBuf values, double constant, int count, int[] out) {
    int n = 0;
    for (int row = 0; row < count; row++) {
      out[n] = row;
      n += values.getDouble((long) row * 8) < constant ? 1 : 0;
    }
    return n;
  }

  private static int lessThanFloat64Selected(
      ArrowBuf values, double constant, int[] selection, int count, int[] out) {
    int n = 0;
    for (int k = 0; k < count; k++) {
      int row = selection[k];
      out[n] = row;
      n += values.getDouble((long) row * 8) < constant ? 1 : 0;
    }
    return n;
  }

  private static int lessThanFloat64Dense(ArrowBuf left, ArrowBuf right, int count, int[] out) {
    int n = 0;
    for (int row = 0; row < count; row++) {
      long offset = (long) row * 8;
      out[n] = row;
      n += left.getDouble(offset) < right.getDouble(offset) ? 1 : 0;
    }
    return n;
  }

  private static int lessThanFloat64Selected(
      ArrowBuf left, ArrowBuf right, int[] selection, int count, int[] out) {
    int n = 0;
    for (int k = 0; k < count; k++) {
      int row = selection[k];
      long offset = (long) row * 8;
      out[n] = row;
      n += left.getDouble(offset) < right.getDouble(offset) ? 1 : 0;
    }
    return n;
  }

  private static int lessThanOrEqualFloat64Dense(ArrowBuf values, double constant, int count, int[] out) {
    int n = 0;
    for (int row = 0; row < count; row++) {
      out[n] = row;
      n += values.getDouble((long) row * 8) <= constant ? 1 : 0;
    }
    return n;
  }

  private static int lessThanOrEqualFloat64Selected(
      ArrowBuf values, double constant, int[] selection, int count, int[] out) {
    int n = 0;
    for (int k = 0; k < count; k++) {
      int row = selection[k];
      out[n] = row;
      n += values.getDouble((long) row * 8) <= constant ? 1 : 0;
    }
    return n;
  }

  private static int lessThanOrEqualFloat64Dense(ArrowBuf left, ArrowBuf right, int count, int[] out) {
    int n = 0;
    for (int row = 0; row < count; row++) {
      long offset = (long) row * 8;
      out[n] = row;
      n += left.getDouble(offset) <= right.getDouble(offset) ? 1 : 0;
    }
    return n;
  }

  private static int lessThanOrEqualFloat64Selected(
      ArrowBuf left, ArrowBuf right, int[] selection, int count, int[] out) {
    int n = 0;
    for (int k = 0; k < count; k++) {
      int row = selection[k];
      long offset = (long) row * 8;
      out[n] = row;
      n += left.getDouble(offset) <= right.getDouble(offset) ? 1 : 0;
    }
    return n;
  }

  private static int greaterThanFloat64Dense(ArrowBuf values, double constant, int count, int[] out) {
    int n = 0;
    for (int row = 0; row < count; row++) {
      out[n] = row;
      n += values.getDouble((long) row * 8) > constant ? 1 : 0;
    }
    return n;
  }

  private static int greaterThanFloat64Selected(
      ArrowBuf values, double constant, int[] selection, int count, int[] out) {
    int n = 0;
    for (int k = 0; k < count; k++) {
      int row = selection[k];
      out[n] = row;
      n += values.getDouble((long) row * 8) > constant ? 1 : 0;
    }
    return n;
  }

  private static int greaterThanFloat64Dense(ArrowBuf left, ArrowBuf right, int count, int[] out) {
    int n = 0;
    for (int row = 0; row < count; row++) {
      long offset = (long) row * 8;
      out[n] = row;
      n += left.getDouble(offset) > right.getDouble(offset) ? 1 : 0;
    }
    return n;
  }

  private static int greaterThanFloat64Selected(
      ArrowBuf left, ArrowBuf right, int[] selection, int count, int[] out) {
    int n = 0;
    for (int k = 0; k < count; k++) {
      int row = selection[k];
      long offset = (long) row * 8;
      out[n] = row;
      n += left.getDouble(offset) > right.getDouble(offset) ? 1 : 0;
    }
    return n;
  }

  private static int greaterThanOrEqualFloat64Dense(ArrowBuf values, double constant, int count, int[] out) {
    int n = 0;
    for (int row = 0; row < count; row++) {
      out[n] = row;
      n += values.getDouble((long) row * 8) >= constant ? 1 : 0;
    }
    return n;
  }

  private static int greaterThanOrEqualFloat64Selected(
      ArrowBuf values, double constant, int[] selection, int count, int[] out) {
    int n = 0;
    for (int k = 0; k < count; k++) {
      int row = selection[k];
      out[n] = row;
      n += values.getDouble((long) row * 8) >= constant ? 1 : 0;
    }
    return n;
  }

  private static int greaterThanOrEqualFloat64Dense(ArrowBuf left, ArrowBuf right, int count, int[] out) {
    int n = 0;
    for (int row = 0; row < count; row++) {
      long offset = (long) row * 8;
      out[n] = row;
      n += left.getDouble(offset) >= right.getDouble(offset) ? 1 : 0;
    }
    return n;
  }

  private static int greaterThanOrEqualFloat64Selected(
      ArrowBuf left, ArrowBuf right, int[] selection, int count, int[] out) {
    int n = 0;
    for (int k = 0; k < count; k++) {
      int row = selection[k];
      long offset = (long) row * 8;
      out[n] = row;
      n += left.getDouble(offset) >= right.getDouble(offset) ? 1 : 0;
    }
    return n;
  }

  /** Positions where {@code string[row] op constant}, comparing UTF-8 bytes as unsigned. */
  public static int selectUtf8(
      CompareOp op,
      ArrowBuf offsets,
      ArrowBuf data,
      byte[] constant,
      int[] selection,
      int count,
      int[] out) {
    int n = 0;
    if (op == CompareOp.EQ || op == CompareOp.NE) {
      int expected = op == CompareOp.EQ ? 1 : 0;
      for (int k = 0; k < count; k++) {
        int row = selection == null ? k : selection[k];
        int start = offsets.getInt((long) row * 4);
        int end = offsets.getInt((long) row * 4 + 4);
        out[n] = row;
        n += equalBytes(data, start, end, constant) == expected ? 1 : 0;
      }
      return n;
    }
    for (int k = 0; k < count; k++) {
      int row = selection == null ? k : selection[k];
      int start = offsets.getInt((long) row * 4);
      int end = offsets.getInt((long) row * 4 + 4);
      out[n] = row;
      n += op.test(compareBytes(data, start, end, constant)) ? 1 : 0;
    }
    return n;
  }

  /** Positions where {@code left[row] op right[row]} for two string columns. */
  public static int selectUtf8(
      CompareOp op,
      ArrowBuf leftOffsets,
      ArrowBuf leftData,
      ArrowBuf rightOffsets,
      ArrowBuf rightData,
      int[] selection,
      int count,
      int[] out) {
    int n = 0;
    for (int k = 0; k < count; k++) {
      int row = selection == null ? k : selection[k];
      int leftStart = leftOffsets.getInt((long) row * 4);
      int leftEnd = leftOffsets.getInt((long) row * 4 + 4);
      int rightStart = rightOffsets.getInt((long) row * 4);
      int rightEnd = rightOffsets.getInt((long) row * 4 + 4);
      out[n] = row;
      n +=
          op.test(compareBytes(leftData, leftStart, leftEnd, rightData, rightStart, rightEnd))
              ? 1
              : 0;
    }
    return n;
  }

  /** 1 when {@code data[start, end)} equals {@code constant}, else 0. */
  public static int equalBytes(ArrowBuf data, int start, int end, byte[] constant) {
    if (end - start != constant.length) {
      return 0;
    }
    for (int i = 0; i < constant.length; i++) {
      if (data.getByte(start + i) != constant[i]) {
        return 0;
      }
    }
    return 1;
  }

  /** Unsigned byte-wise comparison, so that UTF-8 strings order by code point. */
  public static int compareBytes(ArrowBuf data, int start, int end, byte[] constant) {
    int length = end - start;
    int common = Math.min(length, constant.length);
    for (int i = 0; i < common; i++) {
      int diff = (data.getByte(start + i) & 0xFF) - (constant[i] & 0xFF);
      if (diff != 0) {
        return diff;
      }
    }
    return Integer.compare(length, constant.length);
  }

  /** Unsigned byte-wise comparison of two slices. */
  public static int compareBytes(
      ArrowBuf left, int leftStart, int leftEnd, ArrowBuf right, int rightStart, int rightEnd) {
    int leftLength = leftEnd - leftStart;
    int rightLength = rightEnd - rightStart;
    int common = Math.min(leftLength, rightLength);
    for (int i = 0; i < common; i++) {
      int diff = (left.getByte(leftStart + i) & 0xFF) - (right.getByte(rightStart + i) & 0xFF);
      if (diff != 0) {
        return diff;
      }
    }
    return Integer.compare(leftLength, rightLength);
  }

  /**
   * Positions where {@code decimal[row] op constant} for 128-bit decimals of the same scale; the
   * constant is given as its two's complement halves.
   */
  public static int selectDecimal(
      CompareOp op,
      ArrowBuf values,
      long constantHigh,
      long constantLow,
      int[] selection,
      int count,
      int[] out) {
    int n = 0;
    for (int k = 0; k < count; k++) {
      int row = selection == null ? k : selection[k];
      long offset = (long) row * DecimalValues.BYTES;
      out[n] = row;
      n +=
          op.test(
                  DecimalValues.compare(
                      values.getLong(offset + 8), values.getLong(offset), constantHigh, constantLow))
              ? 1
              : 0;
    }
    return n;
  }

  /** Positions where {@code left[row] op right[row]} for two decimal columns of the same scale. */
  public static int selectDecimal(
      CompareOp op, ArrowBuf left, ArrowBuf right, int[] selection, int count, int[] out) {
    int n = 0;
    for (int k = 0; k < count; k++) {
      int row = selection == null ? k : selection[k];
      long offset = (long) row * DecimalValues.BYTES;
      out[n] = row;
      n +=
          op.test(
                  DecimalValues.compare(
                      left.getLong(offset + 8),
                      left.getLong(offset),
                      right.getLong(offset + 8),
                      right.getLong(offset)))
              ? 1
              : 0;
    }
    return n;
  }

  /** Positions where {@code bool[row] op constant} (FALSE orders before TRUE). */
  public static int selectBoolean(
      CompareOp op, ArrowBuf values, boolean constant, int[] selection, int count, int[] out) {
    int right = constant ? 1 : 0;
    int n = 0;
    for (int k = 0; k < count; k++) {
      int row = selection == null ? k : selection[k];
      out[n] = row;
      n += op.test(Validity.bit(values, row) - right) ? 1 : 0;
    }
    return n;
  }

  /** Positions where {@code left[row] op right[row]} for two boolean columns. */
  public static int selectBoolean(
      CompareOp op, ArrowBuf left, ArrowBuf right, int[] selection, int count, int[] out) {
    int n = 0;
    for (int k = 0; k < count; k++) {
      int row = selection == null ? k : selection[k];
      out[n] = row;
      n += op.test(Validity.bit(left, row) - Validity.bit(right, row)) ? 1 : 0;
    }
    return n;
  }

  /** Compares two strings in UTF-8 byte order, which is code point order. */
  public static int compareUtf8(String left, String right) {
    int i = 0;
    int j = 0;
    while (i < left.length() && j < right.length()) {
      int a = left.codePointAt(i);
      int b = right.codePointAt(j);
      if (a != b) {
        return Integer.compare(a, b);
      }
      i += Character.charCount(a);
      j += Character.charCount(b);
    }
    return Integer.compare(left.length() - i, right.length() - j);
  }
}
