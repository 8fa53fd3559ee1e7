package dev.quiver.adapters.json;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.apache.arrow.vector.DecimalVector;

/**
 * Writes JSON numbers into a DECIMAL(p, s) column. An inferred column is DECIMAL(38, 0) and takes
 * integers of up to 38 digits only (anything else would have been inferred as DOUBLE). A column the
 * columns option declares takes any number, rounded half away from zero to its scale, as a SQL
 * CAST does; a number with more integer digits than p - s is refused.
 */
final class DecimalWriter extends ColumnWriter {
  /** Integer plus scale digits that always fit a long unscaled value. */
  private static final int LONG_DIGITS = 18;

  private static final long[] POWERS_OF_TEN = new long[LONG_DIGITS + 1];

  static {
    POWERS_OF_TEN[0] = 1;
    for (int i = 1; i <= LONG_DIGITS; i++) {
      POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
    }
  }

  private final DecimalVector vector;
  private final int precision;
  private final int scale;
  private final boolean converts;

  DecimalWriter(String path, LateDataErrors errors, DecimalVector vector) {
    super(path, errors);
    this.vector = vector;
    this.precision = vector.getPrecision();
    this.scale = vector.getScale();
    this.converts = errors.declared();
  }

  @Override
  void write(JsonTokenizer t, int index, int depth) throws IOException {
    int c = t.peek();
    if (startsNumber(c)) {
      int start = t.pos;
      t.scanNumber();
      if (!converts) {
        if (!t.numberIsInteger || t.integerDigits() > precision) {
          throw errors.cannotRead(t, start, t.pos, path, typeName());
        }
        if (t.parseLong()) {
          vector.setSafe(index, t.longValue);
        } else {
          // Beyond int64: rare enough that a BigDecimal per value is fine.
          vector.setSafe(index, new BigDecimal(new BigInteger(t.numberText())));
        }
        return;
      }
      if (!writeUnscaledLong(t, index)) {
        BigDecimal value =
            new BigDecimal(t.numberText()).setScale(scale, RoundingMode.HALF_UP);
        if (value.precision() - value.scale() > precision - scale) {
          throw errors.cannotRead(t, start, t.pos, path, typeName());
        }
        vector.setSafe(index, value);
      }
      return;
    }
    if (c == 'n') {
      t.expectNull();
      vector.setNull(index);
      return;
    }
    throw mismatch(t, depth);
  }

  /**
   * The common case of a declared column: a number without exponent whose integer digits plus the
   * scale fit a long, rounded to the scale from its bytes. Returns false to leave the number to
   * BigDecimal (an exponent, too many digits, or too large for the precision, which BigDecimal
   * then refuses with the same rule).
   */
  private boolean writeUnscaledLong(JsonTokenizer t, int index) {
    byte[] b = t.b;
    int i = t.numberStart;
    int end = t.numberEnd;
    boolean negative = b[i] == '-';
    if (negative) {
      i++;
    }
    long unscaled = 0;
    int integerDigits = 0;
    for (; i < end && b[i] >= '0' && b[i] <= '9'; i++) {
      if (unscaled == 0 && b[i] == '0') {
        continue; // leading zeros carry no digits
      }
      unscaled = unscaled * 10 + (b[i] - '0');
      integerDigits++;
    }
    if (integerDigits + scale > LONG_DIGITS) {
      return false;
    }
    int fractionDigits = 0;
    boolean roundUp = false;
    if (i < end && b[i] == '.') {
      for (i++; i < end && b[i] >= '0' && b[i] <= '9'; i++) {
        if (fractionDigits < scale) {
          unscaled = unscaled * 10 + (b[i] - '0');
          fractionDigits++;
        } else if (fractionDigits == scale) {
          roundUp = b[i] >= '5';
          fractionDigits++;
        }
      }
    }
    if (i != end) {
      return false; // an exponent
    }
    for (int d = Math.min(fractionDigits, scale); d < scale; d++) {
      unscaled *= 10;
    }
    if (roundUp) {
      unscaled++;
    }
    if (unscaled >= POWERS_OF_TEN[Math.min(precision, LONG_DIGITS)] && precision <= LONG_DIGITS) {
      return false;
    }
    vector.setSafe(index, negative ? -unscaled : unscaled);
    return true;
  }

  @Override
  void writeNull(int index) {
    vector.setNull(index);
  }

  @Override
  String typeName() {
    return "DECIMAL(" + precision + ", " + scale + ")";
  }
}
