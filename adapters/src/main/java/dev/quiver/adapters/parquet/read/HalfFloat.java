package dev.quiver.adapters.parquet.read;

/** IEEE 754 half precision (Parquet FLOAT16) to float; exact for every value, NaN stays NaN. */
final class HalfFloat {
  private static final int EXPONENT_MASK = 0x1f;
  private static final int MANTISSA_BITS = 10;
  private static final int MANTISSA_MASK = (1 << MANTISSA_BITS) - 1;
  private static final int EXPONENT_BIAS_DIFFERENCE = 127 - 15;
  private static final float SUBNORMAL_SCALE = 0x1p-24f;

  private HalfFloat() {}

  static float toFloat(int half) {
    int sign = (half >>> 15) & 1;
    int exponent = (half >>> MANTISSA_BITS) & EXPONENT_MASK;
    int mantissa = half & MANTISSA_MASK;
    float magnitude;
    if (exponent == 0) {
      magnitude = mantissa * SUBNORMAL_SCALE;
    } else if (exponent == EXPONENT_MASK) {
      magnitude = mantissa == 0 ? Float.POSITIVE_INFINITY : Float.NaN;
    } else {
      magnitude =
          Float.intBitsToFloat(
              ((exponent + EXPONENT_BIAS_DIFFERENCE) << 23) | (mantissa << (23 - MANTISSA_BITS)));
    }
    return sign == 0 ? magnitude : -magnitude;
  }
}
