package dev.quiver.engine.function.kernel;

import org.apache.arrow.memory.ArrowBuf;

/**
 * Arithmetic loops for the hot types: 32-bit and 64-bit integers (INTEGER, BIGINT) and doubles,
 * one loop per (operator x type x shape). Each writes {@code result[row]} for the live rows,
 * including null slots (their values are undefined; the caller sets validity separately).
 *
 * <p>Integer loops throw {@link ArithmeticException} on overflow or division by zero, possibly
 * for a null slot: callers then redo the batch row by row to report only real errors. Integer
 * division truncates toward zero and the modulo takes the sign of the dividend (Java and Calcite
 * agree). Double arithmetic follows IEEE 754 as Java does (x / 0.0 is Infinity or NaN).
 */
public final class ArithmeticKernels {
  private ArithmeticKernels() {}

  /**
   * Dispatches {@code op} for int32 operands: each side is a vector ({@code ...Values !=
   * null}) or a constant; at least one side is a vector.
   */
  public static void applyInt32(
      ArithmeticOp op,
      ArrowBuf leftValues,
      int leftConstant,
      ArrowBuf rightValues,
      int rightConstant,
      ArrowBuf result,
      int[] selection,
      int count) {
    switch (op) {
      case ADD:
        if (leftValues == null) {
          addInt32(leftConstant, rightValues, result, selection, count);
        } else if (rightValues == null) {
          addInt32(leftValues, rightConstant, result, selection, count);
        } else {
          addInt32(leftValues, rightValues, result, selection, count);
        }
        return;
      case SUBTRACT:
        if (leftValues == null) {
          subtractInt32(leftConstant, rightValues, result, selection, count);
        } else if (rightValues == null) {
          subtractInt32(leftValues, rightConstant, result, selection, count);
        } else {
          subtractInt32(leftValues, rightValues, result, selection, count);
        }
        return;
      case MULTIPLY:
        if (leftValues == null) {
          multiplyInt32(leftConstant, rightValues, result, selection, count);
        } else if (rightValues == null) {
          multiplyInt32(leftValues, rightConstant, result, selection, count);
        } else {
          multiplyInt32(leftValues, rightValues, result, selection, count);
        }
        return;
      case DIVIDE:
        if (leftValues == null) {
          divideInt32(leftConstant, rightValues, result, selection, count);
        } else if (rightValues == null) {
          divideInt32(leftValues, rightConstant, result, selection, count);
        } else {
          divideInt32(leftValues, rightValues, result, selection, count);
        }
        return;
      case MODULO:
        if (leftValues == null) {
          moduloInt32(leftConstant, rightValues, result, selection, count);
        } else if (rightValues == null) {
          moduloInt32(leftValues, rightConstant, result, selection, count);
        } else {
          moduloInt32(leftValues, rightValues, result, selection, count);
        }
        return;
      default:
        throw new IllegalArgumentException(op.name());
    }
  }

  /**
   * Dispatches {@code op} for int64 operands: each side is a vector ({@code ...Values !=
   * null}) or a constant; at least one side is a vector.
   */
  public static void applyInt64(
      ArithmeticOp op,
      ArrowBuf leftValues,
      long leftConstant,
      ArrowBuf rightValues,
      long rightConstant,
      ArrowBuf result,
      int[] selection,
      int count) {
    switch (op) {
      case ADD:
        if (leftValues == null) {
          addInt64(leftConstant, rightValues, result, selection, count);
        } else if (rightValues == null) {
          addInt64(leftValues, rightConstant, result, selection, count);
        } else {
          addInt64(leftValues, rightValues, result, selection, count);
        }
        return;
      case SUBTRACT:
        if (leftValues == null) {
          subtractInt64(leftConstant, rightValues, result, selection, count);
        } else if (rightValues == null) {
          subtractInt64(leftValues, rightConstant, result, selection, count);
        } else {
          subtractInt64(leftValues, rightValues, result, selection, count);
        }
        return;
      case MULTIPLY:
        if (leftValues == null) {
          multiplyInt64(leftConstant, rightValues, result, selection, count);
        } else if (rightValues == null) {
          multiplyInt64(leftValues, rightConstant, result, selection, count);
        } else {
          multiplyInt64(leftValues, rightValues, result, selection, count);
        }
        return;
      case DIVIDE:
        if (leftValues == null) {
          divideInt64(leftConstant, rightValues, result, selection, count);
        } else if (rightValues == null) {
          divideInt64(leftValues, rightConstant, result, selection, count);
        } else {
          divideInt64(leftValues, rightValues, result, selection, count);
        }
        return;
      case MODULO:
        if (leftValues == null) {
          moduloInt64(leftConstant, rightValues, result, selection, count);
        } else if (rightValues == null) {
          moduloInt64(leftValues, rightConstant, result, selection, count);
        } else {
          moduloInt64(leftValues, rightValues, result, selection, count);
        }
        return;
      default:
        throw new IllegalArgumentException(op.name());
    }
  }

  /**
   * Dispatches {@code op} for float64 operands: each side is a vector ({@code ...Values !=
   * null}) or a constant; at least one side is a vector.
   */
  public static void applyFloat64(
      ArithmeticOp op,
      ArrowBuf leftValues,
      double leftConstant,
      ArrowBuf rightValues,
      double rightConstant,
      ArrowBuf result,
      int[] selection,
      int count) {
    switch (op) {
      case ADD:
        if (leftValues == null) {
          addFloat64(leftConstant, rightValues, result, selection, count);
        } else if (rightValues == null) {
          addFloat64(leftValues, rightConstant, result, selection, count);
        } else {
          addFloat64(leftValues, rightValues, result, selection, count);
        }
        return;
      case SUBTRACT:
        if (leftValues == null) {
          subtractFloat64(leftConstant, rightValues, result, selection, count);
        } else if (rightValues == null) {
          subtractFloat64(leftValues, rightConstant, result, selection, count);
        } else {
          subtractFloat64(leftValues, rightValues, result, selection, count);
        }
        return;
      case MULTIPLY:
        if (leftValues == null) {
          multiplyFloat64(leftConstant, rightValues, result, selection, count);
        } else if (rightValues == null) {
          multiplyFloat64(leftValues, rightConstant, result, selection, count);
        } else {
          multiplyFloat64(leftValues, rightValues, result, selection, count);
        }
        return;
      case DIVIDE:
        if (leftValues == null) {
          divideFloat64(leftConstant, rightValues, result, selection, count);
        } else if (rightValues == null) {
          divideFloat64(leftValues, rightConstant, result, selection, count);
        } else {
          divideFloat64(leftValues, rightValues, result, selection, count);
        }
        return;
      case MODULO:
        if (leftValues == null) {
          moduloFloat64(leftConstant, rightValues, result, selection, count);
        } else if (rightValues == null) {
          moduloFloat64(leftValues, rightConstant, result, selection, count);
        } else {
          moduloFloat64(leftValues, rightValues, result, selection, count);
        }
        return;
      default:
        throw new IllegalArgumentException(op.name());
    }
  }

  /** {@code a / b}, throwing on division by zero and on {@code Long.MIN_VALUE / -1}. */
  public static long divideExact(long a, long b) {
    if (b == -1 && a == Long.MIN_VALUE) {
      throw new ArithmeticException("long overflow");
    }
    return a / b;
  }

  /** {@code value} as an int, throwing when it does not fit. */
  public static int toIntExact(long value) {
    int narrowed = (int) value;
    if (narrowed != value) {
      throw new ArithmeticException("integer overflow");
    }
    return narrowed;
  }

  public static void addInt32(
      ArrowBuf left, ArrowBuf right, ArrowBuf result, int[] selection, int count) {
    for (int k = 0; k < count; k++) {
      int row = selection == null ? k : selection[k];
      long offset = (long) row * 4;
      result.setInt(offset, toIntExact((long) left.getInt(offset) + right.getInt(offset)));
    }
  }

  public static void addInt32(
      ArrowBuf left, int right, ArrowBuf result, int[] selection, int count) {
    for (int k = 0; k < count; k++) {
      int row = selection == null ? k : selection[k];
      long offset = (long) row * 4;
      result.setInt(offset, toIntExact((long) left.getInt(offset) + right));
    }
  }

  public static void addInt32(
      int left, ArrowBuf right, ArrowBuf result, int[] selection, int count) {
    for (int k = 0; k < count; k++) {
      int row = selection == null ? k : selection[k];
      long offset = (long) row * 4;
      result.setInt(offset, toIntExact((long) left + right.getInt(offset)));
    }
  }

  public static void subtractInt32(
      ArrowBuf left, ArrowBuf right, ArrowBuf result, int[] selection, int count) {
    for (int k = 0; k < count; k++) {
      int row = selection == null ? k : selection[k];
      long offset = (long) row * 4;
      result.setInt(offset, toIntExact((long) left.getInt(offset) - right.getInt(offset)));
    }
  }

  public static void subtractInt32(
      ArrowBuf left, int right, ArrowBuf result, int[] selection, int count) {
    for (int k = 0; k < count; k++) {
      int row = selection == null ? k : selection[k];
      long offset = (long) row * 4;
      result.setInt(offset, toIntExact((long) left.getInt(offset) - right));
    }
  }

  public static void subtractInt32(
      int left, ArrowBuf right, ArrowBuf result, int[] selection, int count) {
    for (int k = 0; k < count; k++) {
      int row = selection == null ? k : selection[k];
      long offset = (long) row * 4;
      result.setInt(offset, toIntExact((long) left - right.getInt(offset)));
    }
  }

  public static void multiplyInt32(
      ArrowBuf left, ArrowBuf right, ArrowBuf result, int[] selection, int count) {
    for (int k = 0; k < count; k++) {
      int row = selection == null ? k : selection[k];
      long offset = (long) row * 4;
      result.setInt(offset, toIntExact((long) left.getInt(offset) * right.getInt(offset)));
    }
  }

  public static void multiplyInt32(
      ArrowBuf left, int right, ArrowBuf result, int[] selection, int count) {
    for (int k = 0; k < count; k++) {
      int row = selection == null ? k : selection[k];
      long offset = (long) row * 4;
      result.setInt(offset, toIntExact((long) left.getInt(offset) * right));
    }
  }

  public static void multiplyInt32(
      int left, ArrowBuf right, ArrowBuf result, int[] selection, int count) {
    for (int k = 0; k < count; k++) {
      int row = selection == null ? k : selection[k];
      long offset = (long) row * 4;
      result.setInt(offset, toIntExact((long) left * right.getInt(offset)));
    }
  }

  public static void divideInt32(
      ArrowBuf left, ArrowBuf right, ArrowBuf result, int[] selection, int count) {
    for (int k = 0; k < count; k++) {
      int row = selection == null ? k : selection[k];
      long offset = (long) row * 4;
      result.setInt(offset, toIntExact((long) left.getInt(offset) / right.getInt(offset)));
    }
  }

  public static void divideInt32(
      ArrowBuf left, int right, ArrowBuf result, int[] selection, int count) {
    for (int k = 0; k < count; k++) {
      int row = selection == null ? k : selection[k];
      long offset = (long) row * 4;
      result.setInt(offset, toIntExact((long) left.getInt(offset) / right));
    }
  }

  public static void divideInt32(
      int left, ArrowBuf right, ArrowBuf result, int[] selection, int count) {
    for (int k = 0; k < count; k++) {
      int row = selection == null ? k : selection[k];
      long offset = (long) row * 4;
      result.setInt(offset, toIntExact((long) left / right.getInt(offset)));
    }
  }

  public static void moduloInt32(
      ArrowBuf left, ArrowBuf right, ArrowBuf result, int[] selection, int count) {
    for (int k = 0; k < count; k++) {
      int row = selection == null ? k : selection[k];
      long offset = (long) row * 4;
      result.setInt(offset, left.getInt(offset) % right.getInt(offset));
    }
  }

  public static void moduloInt32(
      ArrowBuf left, int right, ArrowBuf result, int[] selection, int count) {
    for (int k = 0; k < count; k++) {
      int row = selection == null ? k : selection[k];
      long offset = (long) row * 4;
      result.setInt(offset, left.getInt(offset) % right);
    }
  }

  public static void moduloInt32(
      int left, ArrowBuf right, ArrowBuf result, int[] selection, int count) {
    for (int k = 0; k < count; k++) {
      int row = selection == null ? k : selection[k];
      long offset = (long) row * 4;
      result.setInt(offset, left % right.getInt(offset));
    }
  }

  public static void addInt64(
      ArrowBuf left, ArrowBuf right, ArrowBuf result, int[] selection, int count) {
    for (int k = 0; k < count; k++) {
      int row = selection == null ? k : selection[k];
      long offset = (long) row * 8;
      result.setLong(offset, Math.addExact(left.getLong(offset), right.getLong(offset)));
    }
  }

  public static void addInt64(
      ArrowBuf left, long right, ArrowBuf result, int[] selection, int count) {
    for (int k = 0; k < count; k++) {
      int row = selection == null ? k : selection[k];
      long offset = (long) row * 8;
      result.setLong(offset, Math.addExact(left.getLong(offset), right));
    }
  }

  public static void addInt64(
      long left, ArrowBuf right, ArrowBuf result, int[] selection, int count) {
    for (int k = 0; k < count; k++) {
      int row = selection == null ? k : selection[k];
      long offset = (long) row * 8;
      result.setLong(offset, Math.addExact(left, right.getLong(offset)));
    }
  }

  public static void subtractInt64(
      ArrowBuf left, ArrowBuf right, ArrowBuf result, int[] selection, int count) {
    for (int k = 0; k < count; k++) {
      int row = selection == null ? k : selection[k];
      long offset = (long) row * 8;
      result.setLong(offset, Math.subtractExact(left.getLong(offset), right.getLong(offset)));
    }
  }

  public static void subtractInt64(
      ArrowBuf left, long right, ArrowBuf result, int[] selection, int count) {
    for (int k = 0; k < count; k++) {
      int row = selection == null ? k : selection[k];
      long offset = (long) row * 8;
      result.setLong(offset, Math.subtractExact(left.getLong(offset), right));
    }
  }

  public static void subtractInt64(
      long left, ArrowBuf right, ArrowBuf result, int[] selection, int count) {
    for (int k = 0; k < count; k++) {
      int row = selection == null ? k : selection[k];
      long offset = (long) row * 8;
      result.setLong(offset, Math.subtractExact(left, right.getLong(offset)));
    }
  }

  public static void multiplyInt64(
      ArrowBuf left, ArrowBuf right, ArrowBuf result, int[] selection, int count) {
    for (int k = 0; k < count; k++) {
      int row = selection == null ? k : selection[k];
      long offset = (long) row * 8;
      result.setLong(offset, Math.multiplyExact(left.getLong(offset), right.getLong(offset)));
    }
  }

  public static void multiplyInt64(
      ArrowBuf left, long right, ArrowBuf result, int[] selection, int count) {
    for (int k = 0; k < count; k++) {
      int row = selection == null ? k : selection[k];
      long offset = (long) row * 8;
      result.setLong(offset, Math.multiplyExact(left.getLong(offset), right));
    }
  }

  public static void multiplyInt64(
      long left, ArrowBuf right, ArrowBuf result, int[] selection, int count) {
    for (int k = 0; k < count; k++) {
      int row = selection == null ? k : selection[k];
      long offset = (long) row * 8;
      result.setLong(offset, Math.multiplyExact(left, right.getLong(offset)));
    }
  }

  public static void divideInt64(
      ArrowBuf left, ArrowBuf right, ArrowBuf result, int[] selection, int count) {
    for (int k = 0; k < count; k++) {
      int row = selection == null ? k : selection[k];
      long offset = (long) row * 8;
      result.setLong(offset, divideExact(left.getLong(offset), right.getLong(offset)));
    }
  }

  public static void divideInt64(
      ArrowBuf left, long right, ArrowBuf result, int[] selection, int count) {
    for (int k = 0; k < count; k++) {
      int row = selection == null ? k : selection[k];
      long offset = (long) row * 8;
      result.setLong(offset, divideExact(left.getLong(offset), right));
    }
  }

  public static void divideInt64(
      long left, ArrowBuf right, ArrowBuf result, int[] selection, int count) {
    for (int k = 0; k < count; k++) {
      int row = selection == null ? k : selection[k];
      long offset = (long) row * 8;
      result.setLong(offset, divideExact(left, right.getLong(offset)));
    }
  }

  public static void moduloInt64(
      ArrowBuf left, ArrowBuf right, ArrowBuf result, int[] selection, int count) {
    for (int k = 0; k < count; k++) {
      int row = selection == null ? k : selection[k];
      long offset = (long) row * 8;
      result.setLong(offset, left.getLong(offset) % right.getLong(offset));
    }
  }

  public static void moduloInt64(
      ArrowBuf left, long right, ArrowBuf result, int[] selection, int count) {
    for (int k = 0; k < count; k++) {
      int row = selection == null ? k : selection[k];
      long offset = (long) row * 8;
      result.setLong(offset, left.getLong(offset) % right);
    }
  }

  public static void moduloInt64(
      long left, ArrowBuf right, ArrowBuf result, int[] selection, int count) {
    for (int k = 0; k < count; k++) {
      int row = selection == null ? k : selection[k];
      long offset = (long) row * 8;
      result.setLong(offset, left % right.getLong(offset));
    }
  }

  public static void addFloat64(
      ArrowBuf left, ArrowBuf right, ArrowBuf result, int[] selection, int count) {
    for (int k = 0; k < count; k++) {
      int row = selection == null ? k : selection[k];
      long offset = (long) row * 8;
      result.setDouble(offset, left.getDouble(offset) + right.getDouble(offset));
    }
  }

  public static void addFloat64(
      ArrowBuf left, double right, ArrowBuf result, int[] selection, int count) {
    for (int k = 0; k < count; k++) {
      int row = selection == null ? k : selection[k];
      long offset = (long) row * 8;
      result.setDouble(offset, left.getDouble(offset) + right);
    }
  }

  public static void addFloat64(
      double left, ArrowBuf right, ArrowBuf result, int[] selection, int count) {
    for (int k = 0; k < count; k++) {
      int row = selection == null ? k : selection[k];
      long offset = (long) row * 8;
      result.setDouble(offset, left + right.getDouble(offset));
    }
  }

  public static void subtractFloat64(
      ArrowBuf left, ArrowBuf right, ArrowBuf result, int[] selection, int count) {
    for (int k = 0; k < count; k++) {
      int row = selection == null ? k : selection[k];
      long offset = (long) row * 8;
      result.setDouble(offset, left.getDouble(offset) - right.getDouble(offset));
    }
  }

  public static void subtractFloat64(
      ArrowBuf left, double right, ArrowBuf result, int[] selection, int count) {
    for (int k = 0; k < count; k++) {
      int row = selection == null ? k : selection[k];
      long offset = (long) row * 8;
      result.setDouble(offset, left.getDouble(offset) - right);
    }
  }

  public static void subtractFloat64(
      double left, ArrowBuf right, ArrowBuf result, int[] selection, int count) {
    for (int k = 0; k < count; k++) {
      int row = selection == null ? k : selection[k];
      long offset = (long) row * 8;
      result.setDouble(offset, left - right.getDouble(offset));
    }
  }

  public static void multiplyFloat64(
      ArrowBuf left, ArrowBuf right, ArrowBuf result, int[] selection, int count) {
    for (int k = 0; k < count; k++) {
      int row = selection == null ? k : selection[k];
      long offset = (long) row * 8;
      result.setDouble(offset, left.getDouble(offset) * right.getDouble(offset));
    }
  }

  public static void multiplyFloat64(
      ArrowBuf left, double right, ArrowBuf result, int[] selection, int count) {
    for (int k = 0; k < count; k++) {
      int row = selection == null ? k : selection[k];
      long offset = (long) row * 8;
      result.setDouble(offset, left.getDouble(offset) * right);
    }
  }

  public static void multiplyFloat64(
      double left, ArrowBuf right, ArrowBuf result, int[] selection, int count) {
    for (int k = 0; k < count; k++) {
      int row = selection == null ? k : selection[k];
      long offset = (long) row * 8;
      result.setDouble(offset, left * right.getDouble(offset));
    }
  }

  public static void divideFloat64(
      ArrowBuf left, ArrowBuf right, ArrowBuf result, int[] selection, int count) {
    for (int k = 0; k < count; k++) {
      int row = selection == null ? k : selection[k];
      long offset = (long) row * 8;
      result.setDouble(offset, left.getDouble(offset) / right.getDouble(offset));
    }
  }

  public static void divideFloat64(
      ArrowBuf left, double right, ArrowBuf result, int[] selection, int count) {
    for (int k = 0; k < count; k++) {
      int row = selection == null ? k : selection[k];
      long offset = (long) row * 8;
      result.setDouble(offset, left.getDouble(offset) / right);
    }
  }

  public static void divideFloat64(
      double left, ArrowBuf right, ArrowBuf result, int[] selection, int count) {
    for (int k = 0; k < count; k++) {
      int row = selection == null ? k : selection[k];
      long offset = (long) row * 8;
      result.setDouble(offset, left / right.getDouble(offset));
    }
  }

  public static void moduloFloat64(
      ArrowBuf left, ArrowBuf right, ArrowBuf result, int[] selection, int count) {
    for (int k = 0; k < count; k++) {
      int row = selection == null ? k : selection[k];
      long offset = (long) row * 8;
      result.setDouble(offset, left.getDouble(offset) % right.getDouble(offset));
    }
  }

  public static void moduloFloat64(
      ArrowBuf left, double right, ArrowBuf result, int[] selection, int count) {
    for (int k = 0; k < count; k++) {
      int row = selection == null ? k : selection[k];
      long offset = (long) row * 8;
      result.setDouble(offset, left.getDouble(offset) % right);
    }
  }

  public static void moduloFloat64(
      double left, ArrowBuf right, ArrowBuf result, int[] selection, int count) {
    for (int k = 0; k < count; k++) {
      int row = selection == null ? k : selection[k];
      long offset = (long) row * 8;
      result.setDouble(offset, left % right.getDouble(offset));
    }
  }
}
