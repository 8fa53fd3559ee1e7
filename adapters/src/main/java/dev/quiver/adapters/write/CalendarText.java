package dev.quiver.adapters.write;

/**
 * Writes dates, times and timestamps as DuckDB prints them: {@code 2024-01-31}, {@code
 * 12:00:00.123}, {@code 2024-01-31 12:00:00.5}; the fraction of a second only when non-zero and
 * without trailing zeros; years before 1 as {@code 0001-03-01 (BC)} (year 0 is 1 BC).
 */
final class CalendarText {
  static final long MICROS_PER_SECOND = 1_000_000L;
  static final long MICROS_PER_DAY = 86_400L * MICROS_PER_SECOND;
  private static final long SECONDS_PER_MINUTE = 60;
  private static final long MINUTES_PER_HOUR = 60;
  private static final int FRACTION_DIGITS = 6;
  private static final byte[] BC_SUFFIX = {' ', '(', 'B', 'C', ')'};
  // Civil-from-days constants (H. Hinnant's algorithm): days from 0000-03-01 to 1970-01-01, and
  // the length of a 400-year era.
  private static final long EPOCH_SHIFT = 719_468;
  private static final long DAYS_PER_ERA = 146_097;

  private CalendarText() {}

  /** Appends the day {@code epochDay} days after 1970-01-01. */
  static void appendDate(ByteBuilder out, long epochDay) {
    long z = epochDay + EPOCH_SHIFT;
    long era = Math.floorDiv(z, DAYS_PER_ERA);
    long dayOfEra = z - era * DAYS_PER_ERA;
    long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    long shiftedMonth = (5 * dayOfYear + 2) / 153;
    long day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1;
    long month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
    long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    boolean beforeChrist = year <= 0;
    out.putUnsignedDigits(beforeChrist ? 1 - year : year, 4);
    out.put('-');
    out.putUnsignedDigits(month, 2);
    out.put('-');
    out.putUnsignedDigits(day, 2);
    if (beforeChrist) {
      out.put(BC_SUFFIX);
    }
  }

  /** Appends a time of day given in microseconds since midnight. */
  static void appendTime(ByteBuilder out, long microsOfDay) {
    long seconds = microsOfDay / MICROS_PER_SECOND;
    long fraction = microsOfDay % MICROS_PER_SECOND;
    long minutes = seconds / SECONDS_PER_MINUTE;
    out.putUnsignedDigits(minutes / MINUTES_PER_HOUR, 2);
    out.put(':');
    out.putUnsignedDigits(minutes % MINUTES_PER_HOUR, 2);
    out.put(':');
    out.putUnsignedDigits(seconds % SECONDS_PER_MINUTE, 2);
    if (fraction != 0) {
      int digits = FRACTION_DIGITS;
      while (fraction % 10 == 0) {
        fraction /= 10;
        digits--;
      }
      out.put('.');
      out.putUnsignedDigits(fraction, digits);
    }
  }

  /** Appends a timestamp given in microseconds since 1970-01-01 00:00:00, date and time apart. */
  static void appendTimestamp(ByteBuilder out, long epochMicros) {
    long day = Math.floorDiv(epochMicros, MICROS_PER_DAY);
    long microsOfDay = epochMicros - day * MICROS_PER_DAY;
    boolean beforeChrist = day < FIRST_DAY_AD;
    appendDateWithoutEra(out, day);
    out.put(' ');
    appendTime(out, microsOfDay);
    if (beforeChrist) {
      out.put(BC_SUFFIX);
    }
  }

  /** 0001-01-01 as days since 1970-01-01. */
  private static final long FIRST_DAY_AD = -719_162;

  private static void appendDateWithoutEra(ByteBuilder out, long epochDay) {
    appendDate(out, epochDay);
    if (epochDay < FIRST_DAY_AD) {
      out.setSize(out.size() - BC_SUFFIX.length);
    }
  }
}
