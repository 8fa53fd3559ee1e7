package dev.quiver.adapters.csv;

import dev.quiver.adapters.arrow.StrptimeFormat;
import dev.quiver.adapters.arrow.TemporalBytes;
import java.nio.charset.StandardCharsets;

/**
 * Parses CSV field bytes as numbers, booleans, dates and timestamps without creating Strings.
 *
 * <p>Each {@code parseX} returns whether the bytes are a valid X and leaves the value in a field,
 * so one instance per decoder parses a whole column without allocating. The sniffer and the
 * decoders share these methods, so a column inferred as X always reads as X.
 */
final class FieldParser {
  private static final long MAX_EXACT_MANTISSA = 1L << 53;
  private static final int MAX_MANTISSA_DIGITS = 18;
  private static final int MAX_EXACT_POWER = 22;
  private static final int EXPONENT_CAP = 100_000;
  private static final double[] POWERS_OF_TEN = new double[MAX_EXACT_POWER + 1];

  static {
    double power = 1;
    for (int i = 0; i <= MAX_EXACT_POWER; i++) {
      POWERS_OF_TEN[i] = power;
      power *= 10;
    }
  }

  private static final long MICROS_PER_DAY = 86_400_000_000L;

  long longValue;
  double doubleValue;
  boolean booleanValue;
  int days;
  long micros;
  private final TemporalBytes temporal = new TemporalBytes();

  /** How dates and timestamps are written (options dateformat, timestampformat); null for ISO. */
  private final StrptimeFormat dateFormat;

  private final StrptimeFormat timestampFormat;

  /** A parser of ISO dates and timestamps. */
  FieldParser() {
    this(null, null);
  }

  /** A parser of dates and timestamps in the given formats, each null for ISO. */
  FieldParser(StrptimeFormat dateFormat, StrptimeFormat timestampFormat) {
    this.dateFormat = dateFormat;
    this.timestampFormat = timestampFormat;
  }

  /** Whether a date or timestamp format was given, so temporal readings are user-chosen. */
  boolean hasTemporalFormat() {
    return dateFormat != null || timestampFormat != null;
  }

  /** A signed decimal integer that fits int64: optional sign, then digits only. */
  boolean parseLong(byte[] b, int start, int end) {
    int i = start;
    if (i >= end) {
      return false;
    }
    boolean negative = false;
    if (b[i] == '-') {
      negative = true;
      i++;
    } else if (b[i] == '+') {
      i++;
    }
    if (i >= end) {
      return false;
    }
    // Accumulate negatively: the negative range is one larger, so Long.MIN_VALUE parses.
    long acc = 0;
    for (; i < end; i++) {
      int digit = b[i] - '0';
      if (digit < 0 || digit > 9 || acc < Long.MIN_VALUE / 10) {
        return false;
      }
      acc *= 10;
      if (acc < Long.MIN_VALUE + digit) {
        return false;
      }
      acc -= digit;
    }
    if (!negative) {
      if (acc == Long.MIN_VALUE) {
        return false;
      }
      acc = -acc;
    }
    longValue = acc;
    return true;
  }

  /** A decimal integer that fits int32. */
  boolean parseInt(byte[] b, int start, int end) {
    return parseLong(b, start, end) && longValue == (int) longValue;
  }

  /**
   * A plain decimal number: {@code [+-]digits[.digits][(e|E)[+-]digits]}, with at least one digit
   * before or after the point. No inf/nan, hex or Java suffixes. Digits alone must fit int64 (a
   * longer integer stays text rather than losing digits). The result is bit-identical to {@link
   * Double#parseDouble}: Clinger's fast path when the mantissa and the power of ten are both exact
   * doubles, Double.parseDouble otherwise.
   */
  boolean parseDouble(byte[] b, int start, int end) {
    int i = start;
    if (i >= end) {
      return false;
    }
    boolean negative = false;
    if (b[i] == '-') {
      negative = true;
      i++;
    } else if (b[i] == '+') {
      i++;
    }
    long mantissa = 0;
    int digits = 0;
    int exponent = 0;
    boolean sawDigit = false;
    boolean truncated = false;
    for (; i < end; i++) {
      int digit = b[i] - '0';
      if (digit < 0 || digit > 9) {
        break;
      }
      sawDigit = true;
      if (digits < MAX_MANTISSA_DIGITS) {
        if (mantissa != 0 || digit != 0) {
          mantissa = mantissa * 10 + digit;
          digits++;
        }
      } else {
        exponent++;
        truncated = true;
      }
    }
    boolean sawPoint = false;
    if (i < end && b[i] == '.') {
      sawPoint = true;
      for (i++; i < end; i++) {
        int digit = b[i] - '0';
        if (digit < 0 || digit > 9) {
          break;
        }
        sawDigit = true;
        if (digits < MAX_MANTISSA_DIGITS) {
          if (mantissa != 0 || digit != 0) {
            mantissa = mantissa * 10 + digit;
            digits++;
          }
          exponent--;
        } else {
          truncated = true;
        }
      }
    }
    if (!sawDigit) {
      return false;
    }
    boolean sawExponent = false;
    if (i < end && (b[i] == 'e' || b[i] == 'E')) {
      sawExponent = true;
      i++;
      boolean negativeExponent = false;
      if (i < end && (b[i] == '-' || b[i] == '+')) {
        negativeExponent = b[i] == '-';
        i++;
      }
      if (i >= end) {
        return false;
      }
      int written = 0;
      for (; i < end; i++) {
        int digit = b[i] - '0';
        if (digit < 0 || digit > 9) {
          return false;
        }
        written = Math.min(EXPONENT_CAP, written * 10 + digit);
      }
      exponent += negativeExponent ? -written : written;
    }
    if (i != end) {
      return false;
    }
    if (!sawPoint && !sawExponent) {
      if (!parseLong(b, start, end)) {
        return false;
      }
      doubleValue = longValue;
      return true;
    }
    double value;
    if (mantissa == 0) {
      value = 0;
    } else if (!truncated
        && mantissa <= MAX_EXACT_MANTISSA
        && exponent >= -MAX_EXACT_POWER
        && exponent <= MAX_EXACT_POWER) {
      value =
          exponent >= 0
              ? mantissa * POWERS_OF_TEN[exponent]
              : mantissa / POWERS_OF_TEN[-exponent];
    } else {
      value = Double.parseDouble(new String(b, start, end - start, StandardCharsets.ISO_8859_1));
      doubleValue = value;
      return true;
    }
    doubleValue = negative ? -value : value;
    return true;
  }

  /** {@code true} or {@code false} in any letter case. */
  boolean parseBoolean(byte[] b, int start, int end) {
    int length = end - start;
    if (length == 4
        && lower(b[start]) == 't'
        && lower(b[start + 1]) == 'r'
        && lower(b[start + 2]) == 'u'
        && lower(b[start + 3]) == 'e') {
      booleanValue = true;
      return true;
    }
    if (length == 5
        && lower(b[start]) == 'f'
        && lower(b[start + 1]) == 'a'
        && lower(b[start + 2]) == 'l'
        && lower(b[start + 3]) == 's'
        && lower(b[start + 4]) == 'e') {
      booleanValue = false;
      return true;
    }
    return false;
  }

  /**
   * A real calendar day, {@code YYYY-MM-DD} or in the date format; the day count since 1970-01-01
   * goes to days.
   */
  boolean parseDate(byte[] b, int start, int end) {
    if (dateFormat != null) {
      long parsed = dateFormat.parseDays(b, start, end);
      if (parsed == StrptimeFormat.NO_MATCH) {
        return false;
      }
      days = (int) parsed;
      return true;
    }
    if (!temporal.parseDate(b, start, end)) {
      return false;
    }
    days = temporal.days;
    return true;
  }

  /**
   * A timestamp as {@link TemporalBytes} reads it or in the timestamp format, or else a date as
   * {@link #parseDate} reads it, at midnight; the microseconds since the epoch go to micros.
   */
  boolean parseTimestamp(byte[] b, int start, int end) {
    if (!hasTemporalFormat()) {
      if (!temporal.parseDateOrTimestamp(b, start, end)) {
        return false;
      }
      micros = temporal.micros;
      return true;
    }
    if (timestampFormat != null) {
      long parsed = timestampFormat.parseMicros(b, start, end);
      if (parsed != StrptimeFormat.NO_MATCH) {
        micros = parsed;
        return true;
      }
    } else if (temporal.parseTimestamp(b, start, end)) {
      micros = temporal.micros;
      return true;
    }
    if (!parseDate(b, start, end)) {
      return false;
    }
    micros = days * MICROS_PER_DAY;
    return true;
  }

  private static int lower(byte b) {
    return b | 0x20;
  }
}
