package dev.quiver.engine.function.kernel;

import org.apache.arrow.memory.ArrowBuf;

/**
 * The long-unscaled fast path for DECIMAL + - *: used when both operands fit in 18 digits. Each
 * operand is a vector of unscaled values ({@code values != null}) or a constant unscaled value,
 * multiplied by {@code factor} to reach the result scale. Throws {@link ArithmeticException} when
 * a result does not fit in a long; the caller then redoes the batch with BigDecimal.
 */
public final class DecimalKernels {
  private DecimalKernels() {}

  public static void apply(
      ArithmeticOp op,
      ArrowBuf leftValues,
      long leftConstant,
      long leftFactor,
      ArrowBuf rightValues,
      long rightConstant,
      long rightFactor,
      ArrowBuf result,
      int[] selection,
      int count) {
    for (int k = 0; k < count; k++) {
      int row = selection == null ? k : selection[k];
      long a = leftValues == null ? leftConstant : DecimalValues.unscaledLong(leftValues, row);
      long b = rightValues == null ? rightConstant : DecimalValues.unscaledLong(rightValues, row);
      long value;
      switch (op) {
        case ADD:
          value = Math.addExact(Math.multiplyExact(a, leftFactor), Math.multiplyExact(b, rightFactor));
          break;
        case SUBTRACT:
          value =
              Math.subtractExact(
                  Math.multiplyExact(a, leftFactor), Math.multiplyExact(b, rightFactor));
          break;
        case MULTIPLY:
          value = Math.multiplyExact(a, b);
          break;
        default:
          throw new IllegalArgumentException(op.name());
      }
      DecimalValues.setUnscaledLong(result, row, value);
    }
  }
}
