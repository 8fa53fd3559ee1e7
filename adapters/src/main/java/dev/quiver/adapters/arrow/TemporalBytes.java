package dev.quiver.adapters.arrow;

/**
 * Recognises ISO dates ({@code YYYY-MM-DD}) and zone-less timestamps ({@code YYYY-MM-DD} then
 * {@code T} or a space, {@code HH:MM:SS} and an optional fraction of 1 to 9 digits, truncated to
 * microseconds) in bytes, leaving the value in a field so nothing is allocated. The CSV and JSON
 * readers share it, so both accept exactly the same spellings. A time zone suffix (Z, +01:00) is
 * not accepted: such values stay text until zoned timestamps are supported.
 */
public final class TemporalBytes {
  private static final int DATE_LENGTH = 10;
  private static final int TIMESTAMP_MIN_LENGTH = 19;
  private static final int MAX_FRACTION_DIGITS = 9;
  private static final int MICRO_DIGITS = 6;
  private static final long MICROS_PER_SECOND = 1_000_000L;
  private static final long SECONDS_PER_DAY = 86_400L;

  /** The last date parsed, as days since 1970-01-01. */
  public int days;

  /** The last timestamp parsed, as microseconds since 1970-01-01 00:00:00. */
  public long micros;

  /** A real calendar day {@code YYYY-MM-DD}; its day count since 1970-01-01 goes to days. */
  public boolean parseDate(byte[] b, int start, int end) {
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

  /** A timestamp with a time of day (not a bare date); microseconds since the epoch go to micros. */
  public boolean parseTimestamp(byte[] b, int start, int end) {
    int length = end - start;
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

  /** A timestamp, or a bare date read as its midnight (what a TIMESTAMP column accepts). */
  public boolean parseDateOrTimestamp(byte[] b, int start, int end) {
    if (end - start == DATE_LENGTH) {
      if (!parseDate(b, start, end)) {
        return false;
      }
      micros = days * SECONDS_PER_DAY * MICROS_PER_SECOND;
      return true;
    }
    return parseTimestamp(b, start, end);
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

  /** Days in {@code month} (1-12) of {@code year}, February 29 in leap years only. */
  static int daysInMonth(int year, int month) {
    switch (month) {
      case 2:
        return isLeapYear(year) ? 29 : 28;
      case 4:
      case 6:
      case 9:
      case 11:
        return 30;
      default:
        return 31;
    }
  }

  static boolean isLeapYear(int year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  }

  /** Days since 1970-01-01 in the proleptic Gregorian calendar (Hinnant's days_from_civil). */
  static long daysFromCivil(int year, int month, int day) {
    long y = month <= 2 ? year - 1 : year;
    long era = Math.floorDiv(y, 400);
    long yearOfEra = y - era * 400;
    long dayOfYear = (153L * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
  }
}
