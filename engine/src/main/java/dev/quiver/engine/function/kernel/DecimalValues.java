package dev.quiver.engine.function.kernel;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.apache.arrow.memory.ArrowBuf;

/**
 * Arithmetic on Arrow's 128-bit decimal storage: little-endian two's complement, low word first.
 */
public final class DecimalValues {
  /** Bytes per value in a {@code DecimalVector}. */
  public static final int BYTES = 16;

  /** Largest precision whose unscaled values always fit in a {@code long}. */
  public static final int MAX_LONG_PRECISION = 18;

  private static final long[] POWERS_OF_TEN = new long[MAX_LONG_PRECISION + 1];

  static {
    POWERS_OF_TEN[0] = 1;
    for (int i = 1; i < POWERS_OF_TEN.length; i++) {
      POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
    }
  }

  private DecimalValues() {}

  /** 10^exponent for {@code 0 <= exponent <= 18}. */
  public static long powerOfTen(int exponent) {
    return POWERS_OF_TEN[exponent];
  }

  /** Signed comparison of two 128-bit values given as (high, low) halves. */
  public static int compare(long leftHigh, long leftLow, long rightHigh, long rightLow) {
    if (leftHigh != rightHigh) {
      return Long.compare(leftHigh, rightHigh);
    }
    return Long.compareUnsigned(leftLow, rightLow);
  }

  /** The unscaled value at {@code row} when it fits in a long (the caller knows precision <= 18). */
  public static long unscaledLong(ArrowBuf values, int row) {
    return values.getLong((long) row * BYTES);
  }

  /** Stores a long unscaled value, sign-extending the high word. */
  public static void setUnscaledLong(ArrowBuf values, int row, long unscaled) {
    long offset = (long) row * BYTES;
    values.setLong(offset, unscaled);
    values.setLong(offset + 8, unscaled >> 63);
  }

  /** The value at {@code row} with the given scale. */
  public static BigDecimal get(ArrowBuf values, int row, int scale) {
    long offset = (long) row * BYTES;
    long low = values.getLong(offset);
    long high = values.getLong(offset + 8);
    if (high == (low >> 63)) {
      return BigDecimal.valueOf(low, scale);
    }
    return new BigDecimal(toBigInteger(high, low), scale);
  }

  /** Stores {@code unscaled} (which must fit in 128 bits). */
  public static void setUnscaled(ArrowBuf values, int row, BigInteger unscaled) {
    if (unscaled.bitLength() < Long.SIZE) {
      setUnscaledLong(values, row, unscaled.longValue());
      return;
    }
    long offset = (long) row * BYTES;
    values.setLong(offset, unscaled.longValue());
    values.setLong(offset + 8, unscaled.shiftRight(Long.SIZE).longValue());
  }

  /** The high word of {@code unscaled} as stored. */
  public static long high(BigInteger unscaled) {
    return unscaled.shiftRight(Long.SIZE).longValue();
  }

  /** The low word of {@code unscaled} as stored. */
  public static long low(BigInteger unscaled) {
    return unscaled.longValue();
  }

  private static BigInteger toBigInteger(long high, long low) {
    BigInteger upper = BigInteger.valueOf(high).shiftLeft(Long.SIZE);
    BigInteger lower = new BigInteger(Long.toUnsignedString(low));
    return upper.add(lower);
  }
}
