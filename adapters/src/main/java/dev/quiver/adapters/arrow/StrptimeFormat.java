package dev.quiver.adapters.arrow;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A strptime-style date/time format ({@code %d/%m/%Y %H:%M:%S}), compiled once and matched against
 * bytes with no String, no boxing and no java.time per value. Immutable and thread-safe: one
 * instance can serve every reader of a query, and the engine's {@code strptime} could share it.
 *
 * <p>Codes, as DuckDB's strptime reads them (numbers take 1 up to the given number of digits,
 * greedily, so {@code %Y%m%d} reads {@code 20240131} and {@code %d/%m/%Y} reads {@code 1/2/2024}):
 *
 * <table>
 *   <tr><th>code</th><th>reads</th></tr>
 *   <tr><td>{@code %Y}</td><td>year, up to 4 digits</td></tr>
 *   <tr><td>{@code %y}</td><td>year in the century, up to 2 digits: 00-68 are 2000-2068, 69-99
 *       are 1969-1999</td></tr>
 *   <tr><td>{@code %m}</td><td>month 1-12, up to 2 digits</td></tr>
 *   <tr><td>{@code %b} {@code %h}</td><td>month as an English abbreviation, Jan-Dec, any case</td></tr>
 *   <tr><td>{@code %B}</td><td>month as an English name, January-December, any case</td></tr>
 *   <tr><td>{@code %d}</td><td>day of the month, up to 2 digits, checked against the month (February
 *       29 only in leap years)</td></tr>
 *   <tr><td>{@code %j}</td><td>day of the year 1-366 (366 only in leap years), up to 3 digits; not
 *       with a month or day of the month</td></tr>
 *   <tr><td>{@code %a} {@code %A}</td><td>weekday as an English abbreviation (Mon) or name (Monday),
 *       any case; read and not checked against the date, as DuckDB does</td></tr>
 *   <tr><td>{@code %H}</td><td>hour 0-23, up to 2 digits (0-12 when the format has {@code %p})</td></tr>
 *   <tr><td>{@code %I}</td><td>hour on the 12-hour clock 1-12, up to 2 digits</td></tr>
 *   <tr><td>{@code %p}</td><td>AM or PM, any case: 12 AM is hour 0, 12 PM hour 12, 1 PM hour 13; without
 *       {@code %p} a 12-hour clock reads as AM</td></tr>
 *   <tr><td>{@code %M}</td><td>minute 0-59, up to 2 digits</td></tr>
 *   <tr><td>{@code %S}</td><td>second 0-59, up to 2 digits</td></tr>
 *   <tr><td>{@code %f}</td><td>fraction of a second, 1 to 6 digits ({@code .5} is half a second)</td></tr>
 *   <tr><td>{@code %g}</td><td>fraction of a second, 1 to 3 digits (milliseconds)</td></tr>
 *   <tr><td>{@code %n}</td><td>fraction of a second, 1 to 9 digits, truncated to microseconds</td></tr>
 *   <tr><td>{@code %F} {@code %T}</td><td>{@code %Y-%m-%d} and {@code %H:%M:%S}</td></tr>
 *   <tr><td>{@code %%}</td><td>a {@code %}</td></tr>
 *   <tr><td>a space</td><td>one or more spaces</td></tr>
 *   <tr><td>anything else</td><td>itself, byte for byte (case-sensitive)</td></tr>
 * </table>
 *
 * <p>A {@code -} after the {@code %} of a number ({@code %-d}, DuckDB's unpadded spelling) is
 * accepted and changes nothing, since numbers are read with or without leading zeros. The whole
 * value must match: nothing may follow, and no spaces are skipped except where the format has one.
 * Fields the format lacks default to 1900-01-01 00:00:00 (as DuckDB); {@link #hasDate()} says
 * whether a format names a full date, which readers require. Time zones ({@code %z}, {@code %Z})
 * are refused: TIMESTAMP has no zone.
 */
public final class StrptimeFormat {
  /** What {@link #parseMicros} and {@link #parseDays} return for a value that does not match. */
  public static final long NO_MATCH = Long.MIN_VALUE;

  /** The codes this class reads, for messages. */
  public static final String SUPPORTED_CODES =
      "%Y %y %m %b %h %B %d %j %a %A %H %I %p %M %S %f %g %n %F %T %%";

  private static final long MICROS_PER_SECOND = 1_000_000L;
  private static final long MICROS_PER_DAY = 86_400L * MICROS_PER_SECOND;
  private static final int DEFAULT_YEAR = 1900;

  private static final byte LITERAL = 0;
  private static final byte SPACES = 1;
  private static final byte YEAR = 2;
  private static final byte YEAR_IN_CENTURY = 3;
  private static final byte MONTH = 4;
  private static final byte MONTH_ABBREVIATION = 5;
  private static final byte MONTH_NAME = 6;
  private static final byte DAY = 7;
  private static final byte DAY_OF_YEAR = 8;
  private static final byte WEEKDAY_ABBREVIATION = 9;
  private static final byte WEEKDAY_NAME = 10;
  private static final byte HOUR = 11;
  private static final byte HOUR_12 = 12;
  private static final byte AM_PM = 13;
  private static final byte MINUTE = 14;
  private static final byte SECOND = 15;
  private static final byte FRACTION = 16;

  private static final byte[][] MONTH_NAMES =
      names(
          "january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december");
  private static final byte[][] WEEKDAY_NAMES =
      names("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
  private static final int ABBREVIATION_LENGTH = 3;

  private final String pattern;

  /** One element per code or literal byte: its kind, and its argument (the byte, or max digits). */
  private final byte[] kinds;

  private final byte[] arguments;
  private final boolean hasYear;
  private final boolean hasMonthAndDay;
  private final boolean hasDayOfYear;
  private final boolean hasAmPm;
  private final boolean hasTwelveHourClock;
  private final boolean hasTime;

  private StrptimeFormat(String pattern, List<byte[]> elements) {
    this.pattern = pattern;
    this.kinds = new byte[elements.size()];
    this.arguments = new byte[elements.size()];
    boolean year = false;
    boolean month = false;
    boolean day = false;
    boolean dayOfYear = false;
    boolean amPm = false;
    boolean twelveHour = false;
    boolean time = false;
    for (int i = 0; i < kinds.length; i++) {
      kinds[i] = elements.get(i)[0];
      arguments[i] = elements.get(i)[1];
      switch (kinds[i]) {
        case YEAR, YEAR_IN_CENTURY -> year = true;
        case MONTH, MONTH_ABBREVIATION, MONTH_NAME -> month = true;
        case DAY -> day = true;
        case DAY_OF_YEAR -> dayOfYear = true;
        case AM_PM -> amPm = true;
        case HOUR_12 -> {
          twelveHour = true;
          time = true;
        }
        case HOUR, MINUTE, SECOND, FRACTION -> time = true;
        default -> {}
      }
    }
    this.hasYear = year;
    this.hasMonthAndDay = month && day;
    this.hasDayOfYear = dayOfYear;
    this.hasAmPm = amPm;
    this.hasTwelveHourClock = twelveHour;
    this.hasTime = time;
  }

  /**
   * Compiles {@code pattern}.
   *
   * @throws IllegalArgumentException naming the code for an unknown code, a lone {@code %} at the
   *     end, a code given twice, {@code %j} with a month or day, or a time zone
   */
  public static StrptimeFormat compile(String pattern) {
    byte[] bytes = pattern.getBytes(StandardCharsets.UTF_8);
    List<byte[]> elements = new ArrayList<>();
    StringBuilder seen = new StringBuilder();
    for (int i = 0; i < bytes.length; i++) {
      byte b = bytes[i];
      if (b == ' ') {
        if (elements.isEmpty() || elements.get(elements.size() - 1)[0] != SPACES) {
          elements.add(new byte[] {SPACES, 0});
        }
        continue;
      }
      if (b != '%') {
        elements.add(new byte[] {LITERAL, b});
        continue;
      }
      i++;
      boolean unpadded = i < bytes.length && bytes[i] == '-';
      if (unpadded) {
        i++;
      }
      if (i >= bytes.length) {
        throw new IllegalArgumentException(
            "'" + pattern + "' ends with a lone '%'; write %% for a percent sign");
      }
      char code = (char) (bytes[i] & 0xFF);
      switch (code) {
        case 'Y' -> add(elements, seen, pattern, code, YEAR, 4);
        case 'y' -> add(elements, seen, pattern, code, YEAR_IN_CENTURY, 2);
        case 'm' -> add(elements, seen, pattern, code, MONTH, 2);
        case 'b', 'h' -> add(elements, seen, pattern, 'b', MONTH_ABBREVIATION, 0);
        case 'B' -> add(elements, seen, pattern, code, MONTH_NAME, 0);
        case 'd' -> add(elements, seen, pattern, code, DAY, 2);
        case 'j' -> add(elements, seen, pattern, code, DAY_OF_YEAR, 3);
        case 'a' -> add(elements, seen, pattern, code, WEEKDAY_ABBREVIATION, 0);
        case 'A' -> add(elements, seen, pattern, code, WEEKDAY_NAME, 0);
        case 'H' -> add(elements, seen, pattern, code, HOUR, 2);
        case 'I' -> add(elements, seen, pattern, code, HOUR_12, 2);
        case 'p' -> add(elements, seen, pattern, code, AM_PM, 0);
        case 'M' -> add(elements, seen, pattern, code, MINUTE, 2);
        case 'S' -> add(elements, seen, pattern, code, SECOND, 2);
        case 'f' -> add(elements, seen, pattern, 'f', FRACTION, 6);
        case 'g' -> add(elements, seen, pattern, 'f', FRACTION, 3);
        case 'n' -> add(elements, seen, pattern, 'f', FRACTION, 9);
        case 'F' -> {
          add(elements, seen, pattern, 'Y', YEAR, 4);
          elements.add(new byte[] {LITERAL, '-'});
          add(elements, seen, pattern, 'm', MONTH, 2);
          elements.add(new byte[] {LITERAL, '-'});
          add(elements, seen, pattern, 'd', DAY, 2);
        }
        case 'T' -> {
          add(elements, seen, pattern, 'H', HOUR, 2);
          elements.add(new byte[] {LITERAL, ':'});
          add(elements, seen, pattern, 'M', MINUTE, 2);
          elements.add(new byte[] {LITERAL, ':'});
          add(elements, seen, pattern, 'S', SECOND, 2);
        }
        case '%' -> elements.add(new byte[] {LITERAL, '%'});
        case 'z', 'Z' ->
            throw new IllegalArgumentException(
                "'" + pattern + "': time zones (%" + code + ") are not supported; TIMESTAMP has no"
                    + " time zone");
        default ->
            throw new IllegalArgumentException(
                "'" + pattern + "': %" + (unpadded ? "-" : "") + code
                    + " is not a supported format code; supported: " + SUPPORTED_CODES);
      }
    }
    if (seen.indexOf("j") >= 0 && (seen.indexOf("m") >= 0 || seen.indexOf("b") >= 0
        || seen.indexOf("B") >= 0 || seen.indexOf("d") >= 0)) {
      throw new IllegalArgumentException(
          "'" + pattern + "': %j (day of the year) cannot be combined with a month or a day of the"
              + " month");
    }
    if (seen.indexOf("I") >= 0 && seen.indexOf("H") >= 0) {
      throw new IllegalArgumentException("'" + pattern + "': give the hour once, as %H or as %I");
    }
    if (seen.indexOf("b") >= 0 && seen.indexOf("B") >= 0
        || seen.indexOf("m") >= 0 && (seen.indexOf("b") >= 0 || seen.indexOf("B") >= 0)) {
      throw new IllegalArgumentException("'" + pattern + "': give the month once");
    }
    if (seen.indexOf("y") >= 0 && seen.indexOf("Y") >= 0) {
      throw new IllegalArgumentException("'" + pattern + "': give the year once, as %Y or as %y");
    }
    return new StrptimeFormat(pattern, elements);
  }

  private static void add(
      List<byte[]> elements, StringBuilder seen, String pattern, char code, byte kind, int digits) {
    if (seen.indexOf(String.valueOf(code)) >= 0) {
      throw new IllegalArgumentException(
          "'" + pattern + "': %" + code + " appears twice" + (code == 'f' ? " (%f, %g, %n)" : ""));
    }
    seen.append(code);
    elements.add(new byte[] {kind, (byte) digits});
  }

  /** The format as written. */
  public String pattern() {
    return pattern;
  }

  /** Whether the format names a whole date: a year, and a month and day or a day of the year. */
  public boolean hasDate() {
    return hasYear && (hasMonthAndDay || hasDayOfYear);
  }

  /** Whether the format reads any part of a time of day. */
  public boolean hasTime() {
    return hasTime;
  }

  /**
   * The value of {@code b[start, end)} as microseconds since 1970-01-01 00:00:00, or {@link
   * #NO_MATCH} when the bytes do not match the format or name no real date or time.
   */
  public long parseMicros(byte[] b, int start, int end) {
    int year = DEFAULT_YEAR;
    int month = 1;
    int day = 1;
    int dayOfYear = 0;
    int hour = 0;
    int minute = 0;
    int second = 0;
    long fraction = 0;
    boolean pm = false;
    int p = start;
    final byte[] kinds = this.kinds;
    for (int i = 0; i < kinds.length; i++) {
      byte kind = kinds[i];
      switch (kind) {
        case LITERAL:
          if (p >= end || b[p] != arguments[i]) {
            return NO_MATCH;
          }
          p++;
          continue;
        case SPACES:
          if (p >= end || b[p] != ' ') {
            return NO_MATCH;
          }
          do {
            p++;
          } while (p < end && b[p] == ' ');
          continue;
        case MONTH_ABBREVIATION:
        case MONTH_NAME:
          {
            int matched = matchName(b, p, end, MONTH_NAMES, kind == MONTH_ABBREVIATION);
            if (matched < 0) {
              return NO_MATCH;
            }
            month = matched + 1;
            p += kind == MONTH_ABBREVIATION
                ? ABBREVIATION_LENGTH
                : MONTH_NAMES[matched].length;
            continue;
          }
        case WEEKDAY_ABBREVIATION:
        case WEEKDAY_NAME:
          {
            int matched = matchName(b, p, end, WEEKDAY_NAMES, kind == WEEKDAY_ABBREVIATION);
            if (matched < 0) {
              return NO_MATCH;
            }
            p += kind == WEEKDAY_ABBREVIATION
                ? ABBREVIATION_LENGTH
                : WEEKDAY_NAMES[matched].length;
            continue;
          }
        case AM_PM:
          if (p + 2 > end || (b[p + 1] | 0x20) != 'm') {
            return NO_MATCH;
          }
          int letter = b[p] | 0x20;
          if (letter == 'p') {
            pm = true;
          } else if (letter != 'a') {
            return NO_MATCH;
          }
          p += 2;
          continue;
        default:
          break;
      }
      // A number of 1 up to arguments[i] digits.
      int max = arguments[i];
      int digitsEnd = p;
      int value = 0;
      while (digitsEnd < end && digitsEnd - p < max) {
        int digit = b[digitsEnd] - '0';
        if (digit < 0 || digit > 9) {
          break;
        }
        value = value * 10 + digit;
        digitsEnd++;
      }
      int digits = digitsEnd - p;
      if (digits == 0) {
        return NO_MATCH;
      }
      p = digitsEnd;
      switch (kind) {
        case YEAR:
          year = value;
          break;
        case YEAR_IN_CENTURY:
          year = value < 69 ? 2000 + value : 1900 + value;
          break;
        case MONTH:
          if (value < 1 || value > 12) {
            return NO_MATCH;
          }
          month = value;
          break;
        case DAY:
          if (value < 1) {
            return NO_MATCH;
          }
          day = value;
          break;
        case DAY_OF_YEAR:
          if (value < 1) {
            return NO_MATCH;
          }
          dayOfYear = value;
          break;
        case HOUR:
          if (value > 23) {
            return NO_MATCH;
          }
          hour = value;
          break;
        case HOUR_12:
          if (value < 1 || value > 12) {
            return NO_MATCH;
          }
          hour = value;
          break;
        case MINUTE:
          if (value > 59) {
            return NO_MATCH;
          }
          minute = value;
          break;
        case SECOND:
          if (value > 59) {
            return NO_MATCH;
          }
          second = value;
          break;
        default: // FRACTION
          long micros = value;
          for (int d = digits; d < 6; d++) {
            micros *= 10;
          }
          for (int d = 6; d < digits; d++) {
            micros /= 10;
          }
          fraction = micros;
          break;
      }
    }
    if (p != end) {
      return NO_MATCH;
    }
    if (hasAmPm) {
      if (hour > 12) {
        return NO_MATCH;
      }
      if (hour == 12) {
        hour = 0;
      }
      if (pm) {
        hour += 12;
      }
    } else if (hour == 12 && hasTwelveHourClock) {
      hour = 0;
    }
    long days;
    if (dayOfYear > 0) {
      if (dayOfYear > (TemporalBytes.isLeapYear(year) ? 366 : 365)) {
        return NO_MATCH;
      }
      days = TemporalBytes.daysFromCivil(year, 1, 1) + dayOfYear - 1;
    } else {
      if (day > TemporalBytes.daysInMonth(year, month)) {
        return NO_MATCH;
      }
      days = TemporalBytes.daysFromCivil(year, month, day);
    }
    return days * MICROS_PER_DAY
        + ((hour * 60L + minute) * 60L + second) * MICROS_PER_SECOND
        + fraction;
  }

  /**
   * The date of {@code b[start, end)} as days since 1970-01-01 (a time of day the format reads is
   * dropped), or {@link #NO_MATCH}.
   */
  public long parseDays(byte[] b, int start, int end) {
    long micros = parseMicros(b, start, end);
    return micros == NO_MATCH ? NO_MATCH : Math.floorDiv(micros, MICROS_PER_DAY);
  }

  /**
   * The index of the name (full, or its first three letters) at {@code b[p..]}, any case, or -1.
   * No name (or abbreviation) is a prefix of another, so the first match is the only one.
   */
  private static int matchName(byte[] b, int p, int end, byte[][] names, boolean abbreviation) {
    for (int n = 0; n < names.length; n++) {
      byte[] name = names[n];
      int length = abbreviation ? ABBREVIATION_LENGTH : name.length;
      if (p + length > end) {
        continue;
      }
      boolean matches = true;
      for (int k = 0; k < length; k++) {
        if ((b[p + k] | 0x20) != name[k]) {
          matches = false;
          break;
        }
      }
      if (matches) {
        return n;
      }
    }
    return -1;
  }

  private static byte[][] names(String... names) {
    byte[][] bytes = new byte[names.length][];
    for (int i = 0; i < names.length; i++) {
      bytes[i] = names[i].getBytes(StandardCharsets.US_ASCII);
    }
    return bytes;
  }

  @Override
  public String toString() {
    return pattern;
  }
}
