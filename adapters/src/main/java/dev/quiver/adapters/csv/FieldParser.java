package dev.quiver.adapters.csv;

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
  private static final int DATE_LENGTH = 10;
  private static final int TIMESTAMP_MIN_LENGTH = 19;
  private static final int MAX_FRACTION_DIGITS = 9;
  private static final int MICRO_DIGITS = 6;
  private static final long MICROS_PER_SECOND = 1_000_000L;
  private static final long SECONDS_PER_DAY = 86_400L;

  static {
    double power = 1;
    for (int i = 0; i <= MAX_EXACT_POWER; i++) {
      POWERS_OF_TEN[i] = power;
      power *= 10;
    }
  }

  long longValue;
  double doubleValue;
  boolean booleanValue;
  int days;
  long micros;

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

  /** {@code YYYY-MM-DD}, a real calendar day; the day count since 1970-01-01 goes to days. */
  boolean parseDate(byte[] b, int start, int end) {
    if (end - start != DATE_LENGTH || b[start + 4] != '-' || b[start + 7] != '-') {
      return false;
    }
    int year = digits(b, start, 4);
    int month = digits(b, start + 5, 2);
    int day = digits(b, start + 8, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
      return false;
    }
    days = (int) daysFromCivil(year, month, day);
    return true;
  }

  /**
   * {@code YYYY-MM-DD} alone (midnight), or followed by {@code T} or a space, {@code HH:MM:SS} and
   * an optional fraction of 1 to 9 digits, truncated to microseconds. A time zone suffix (Z,
   * +01:00) is not a TIMESTAMP: such columns stay VARCHAR until zoned timestamps are supported.
   */
  boolean parseTimestamp(byte[] b, int start, int end) {
    int length = end - start;
    if (length == DATE_LENGTH) {
      if (!parseDate(b, start, end)) {
        return false;
      }
      micros = days * SECONDS_PER_DAY * MICROS_PER_SECOND;
      return true;
    }
    if (length < TIMESTAMP_MIN_LENGTH) {
      return false;
    }
    byte separator = b[start + DATE_LENGTH];
    if ((separator != 'T' && separator != ' ')
        || !parseDate(b, start, start + DATE_LENGTH)
        || b[start + 13] != ':'
        || b[start + 16] != ':') {
      return false;
    }
    int hour = digits(b, start + 11, 2);
    int minute = digits(b, start + 14, 2);
    int second = digits(b, start + 17, 2);
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
      return false;
    }
    long fractionMicros = 0;
    int i = start + TIMESTAMP_MIN_LENGTH;
    if (i < end) {
      if (b[i] != '.') {
        return false;
      }
      int fractionDigits = end - i - 1;
      if (fractionDigits < 1 || fractionDigits > MAX_FRACTION_DIGITS) {
        return false;
      }
      int value = digits(b, i + 1, fractionDigits);
      if (value < 0) {
        return false;
      }
      for (int d = fractionDigits; d < MICRO_DIGITS; d++) {
        value *= 10;
      }
      for (int d = MICRO_DIGITS; d < fractionDigits; d++) {
        value /= 10;
      }
      fractionMicros = value;
    }
    long seconds = days * SECONDS_PER_DAY + hour * 3600L + minute * 60L + second;
    micros = seconds * MICROS_PER_SECOND + fractionMicros;
    return true;
  }

  /** The value of {@code count} ASCII digits, or -1 if any byte is not a digit. */
  private static int digits(byte[] b, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      int digit = b[i] - '0';
      if (digit < 0 || digit > 9) {
        return -1;
      }
      value = value * 10 + digit;
    }
    return value;
  }

  private static int lower(byte b) {
    return b | 0x20;
  }

  private static int daysInMonth(int year, int month) {
    switch (month) {
      case 2:
        boolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        return leap ? 29 : 28;
      case 4:
      case 6:
      case 9:
      case 11:
        return 30;
      default:
        return 31;
    }
  }

  /** Days since 1970-01-01 in the proleptic Gregorian calendar (Hinnant's days_from_civil). */
  private static long daysFromCivil(int year, int month, int day) {
    long y = month <= 2 ? year - 1 : year;
    long era = Math.floorDiv(y, 400);
    long yearOfEra = y - era * 400;
    long dayOfYear = (153L * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
  }
}
