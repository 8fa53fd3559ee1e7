package dev.quiver.engine.exec.aggregate;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Exact 128-bit two's complement sums held as a low and a high long per group, the form DECIMAL
 * values have in Arrow; integer sums for AVG use it too so they cannot overflow.
 */
final class Int128 {
  private static final int LONG_BYTES = 8;
  private static final int BYTES = 16;

  private Int128() {}

  /**
   * Adds the 128-bit value {@code (high, low)} to slot {@code group} of {@code (highs, lows)}.
   *
   * @throws ArithmeticException when the sum leaves the 128-bit range
   */
  static void add(long[] lows, long[] highs, int group, long low, long high) {
    long oldLow = lows[group];
    long newLow = oldLow + low;
    long carry = Long.compareUnsigned(newLow, oldLow) < 0 ? 1 : 0;
    long oldHigh = highs[group];
    long addend = high + carry;
    long newHigh = oldHigh + addend;
    if (((oldHigh ^ newHigh) & (addend ^ newHigh)) < 0) {
      throw new ArithmeticException("sum exceeds 128 bits");
    }
    lows[group] = newLow;
    highs[group] = newHigh;
  }

  /** Adds the signed long {@code value}, sign-extended to 128 bits. */
  static void add(long[] lows, long[] highs, int group, long value) {
    long oldLow = lows[group];
    long newLow = oldLow + value;
    highs[group] += (value >> 63) + (Long.compareUnsigned(newLow, oldLow) < 0 ? 1 : 0);
    lows[group] = newLow;
  }

  static int compare(long leftHigh, long leftLow, long rightHigh, long rightLow) {
    int c = Long.compare(leftHigh, rightHigh);
    return c != 0 ? c : Long.compareUnsigned(leftLow, rightLow);
  }

  static BigInteger toBigInteger(long high, long low) {
    byte[] bytes = new byte[BYTES];
    for (int i = 0; i < LONG_BYTES; i++) {
      bytes[i] = (byte) (high >>> (56 - 8 * i));
      bytes[LONG_BYTES + i] = (byte) (low >>> (56 - 8 * i));
    }
    return new BigInteger(bytes);
  }

  static BigDecimal toBigDecimal(long high, long low, int scale) {
    if (high == (low >> 63)) {
      return BigDecimal.valueOf(low, scale);
    }
    return new BigDecimal(toBigInteger(high, low), scale);
  }

  static double toDouble(long high, long low) {
    return high == (low >> 63) ? (double) low : toBigInteger(high, low).doubleValue();
  }
}
