package dev.quiver.engine.exec.aggregate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.apache.arrow.memory.util.MemoryUtil;
import org.apache.arrow.vector.BaseFixedWidthVector;
import org.apache.arrow.vector.BaseVariableWidthVector;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.DecimalVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float4Vector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.SmallIntVector;
import org.apache.arrow.vector.TinyIntVector;

/**
 * Writes one result value into a row of an output vector of any type ArrowTypes produces,
 * converting between the layout an accumulator keeps and the output type. Called once per group,
 * not per input row.
 */
final class ResultVectors {
  private static final int DECIMAL_BYTES = 16;
  private static final int LONG_BYTES = 8;
  /** 10^0 .. 10^18: every precision whose bound fits a long. */
  private static final long[] POWERS_OF_TEN = new long[19];

  static {
    POWERS_OF_TEN[0] = 1;
    for (int i = 1; i < POWERS_OF_TEN.length; i++) {
      POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
    }
  }

  private ResultVectors() {}

  /**
   * Writes an integer-valued result (also DATE days, TIME/TIMESTAMP micros, BOOLEAN 0/1).
   *
   * @throws ArithmeticException when {@code value} does not fit a narrower output type
   */
  static void setLong(FieldVector out, int row, long value) {
    if (out instanceof BigIntVector) {
      ((BigIntVector) out).set(row, value);
    } else if (out instanceof IntVector) {
      ((IntVector) out).set(row, Math.toIntExact(value));
    } else if (out instanceof DateDayVector) {
      ((DateDayVector) out).set(row, Math.toIntExact(value));
    } else if (out instanceof SmallIntVector) {
      ((SmallIntVector) out).set(row, checkRange(value, Short.MIN_VALUE, Short.MAX_VALUE, "SMALLINT"));
    } else if (out instanceof TinyIntVector) {
      ((TinyIntVector) out).set(row, checkRange(value, Byte.MIN_VALUE, Byte.MAX_VALUE, "TINYINT"));
    } else if (out instanceof BitVector) {
      ((BitVector) out).set(row, value != 0 ? 1 : 0);
    } else if (out instanceof Float8Vector) {
      ((Float8Vector) out).set(row, (double) value);
    } else if (out instanceof Float4Vector) {
      ((Float4Vector) out).set(row, (float) value);
    } else if (out instanceof DecimalVector) {
      setDecimal(out, row, BigDecimal.valueOf(value));
    } else if (out instanceof BaseFixedWidthVector
        && ((BaseFixedWidthVector) out).getTypeWidth() == LONG_BYTES) {
      // TIME and TIMESTAMP vectors: microseconds in a long.
      MemoryUtil.putLong(out.getDataBufferAddress() + (long) row * LONG_BYTES, value);
      ((BaseFixedWidthVector) out).setIndexDefined(row);
    } else {
      throw new IllegalStateException("cannot write an integer into " + out.getField());
    }
  }

  private static int checkRange(long value, long min, long max, String type) {
    if (value < min || value > max) {
      throw new ArithmeticException(value + " is out of range for " + type);
    }
    return (int) value;
  }

  static void setDouble(FieldVector out, int row, double value) {
    if (out instanceof Float8Vector) {
      ((Float8Vector) out).set(row, value);
    } else if (out instanceof Float4Vector) {
      ((Float4Vector) out).set(row, (float) value);
    } else if (out instanceof DecimalVector) {
      if (Double.isNaN(value) || Double.isInfinite(value)) {
        throw new ArithmeticException(value + " cannot be a DECIMAL");
      }
      setDecimal(out, row, BigDecimal.valueOf(value));
    } else {
      setLong(out, row, (long) value);
    }
  }

  /**
   * Writes an exact result, rounding half-up to a DECIMAL output's scale.
   *
   * @throws ArithmeticException when it has more digits than the output's precision allows
   */
  static void setDecimal(FieldVector out, int row, BigDecimal value) {
    if (out instanceof DecimalVector) {
      DecimalVector decimals = (DecimalVector) out;
      BigDecimal scaled = value.setScale(decimals.getScale(), RoundingMode.HALF_UP);
      if (scaled.precision() > decimals.getPrecision()) {
        throw new ArithmeticException(
            value.toPlainString()
                + " does not fit DECIMAL("
                + decimals.getPrecision()
                + ", "
                + decimals.getScale()
                + ")");
      }
      decimals.set(row, scaled);
    } else if (out instanceof Float8Vector || out instanceof Float4Vector) {
      setDouble(out, row, value.doubleValue());
    } else {
      setLong(out, row, value.setScale(0, RoundingMode.DOWN).longValueExact());
    }
  }

  /** Writes the 128-bit unscaled value {@code (high, low)} of scale {@code scale}. */
  static void setInt128(FieldVector out, int row, long high, long low, int scale) {
    if (out instanceof DecimalVector && ((DecimalVector) out).getScale() == scale) {
      DecimalVector decimals = (DecimalVector) out;
      if (high == (low >> 63) && fitsPrecision(low, decimals.getPrecision())) {
        long at = decimals.getDataBufferAddress() + (long) row * DECIMAL_BYTES;
        MemoryUtil.putLong(at, low);
        MemoryUtil.putLong(at + LONG_BYTES, high);
        decimals.setIndexDefined(row);
        return;
      }
    }
    setDecimal(out, row, Int128.toBigDecimal(high, low, scale));
  }

  private static boolean fitsPrecision(long value, int precision) {
    return precision >= POWERS_OF_TEN.length
        || (value > -POWERS_OF_TEN[precision] && value < POWERS_OF_TEN[precision]);
  }

  static void setBytes(FieldVector out, int row, byte[] bytes, int start, int length) {
    ((BaseVariableWidthVector) out).setSafe(row, bytes, start, length);
  }
}
