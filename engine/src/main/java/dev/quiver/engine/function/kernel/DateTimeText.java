package dev.quiver.engine.function.kernel;

import dev.quiver.engine.error.ErrorCode;
import dev.quiver.engine.error.QuiverException;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Text forms of DATE, TIME and TIMESTAMP storage values: {@code YYYY-MM-DD}, {@code
 * HH:MM:SS[.ffffff]} and {@code YYYY-MM-DD HH:MM:SS[.ffffff]}, the fraction printed only when
 * non-zero and without trailing zeros. Parsing accepts 1- or 2-digit month/day/hour fields (as
 * Calcite does), a 'T' or space between date and time, and surrounding spaces.
 */
public final class DateTimeText {
  public static final long MICROS_PER_SECOND = 1_000_000L;
  public static final long MICROS_PER_DAY = 86_400L * MICROS_PER_SECOND;
  private static final int FRACTION_DIGITS = 6;

  private DateTimeText() {}

  public static String formatDate(int days) {
    return LocalDate.ofEpochDay(days).toString();
  }

  public static String formatTime(long micros) {
    long seconds = micros / MICROS_PER_SECOND;
    long fraction = micros % MICROS_PER_SECOND;
    StringBuilder text = new StringBuilder(15);
    appendTwoDigits(text, seconds / 3600).append(':');
    appendTwoDigits(text, seconds / 60 % 60).append(':');
    appendTwoDigits(text, seconds % 60);
    if (fraction != 0) {
      String digits = Long.toString(fraction + MICROS_PER_SECOND).substring(1);
      int end = digits.length();
      while (digits.charAt(end - 1) == '0') {
        end--;
      }
      text.append('.').append(digits, 0, end);
    }
    return text.toString();
  }

  public static String formatTimestamp(long micros) {
    int days = (int) Math.floorDiv(micros, MICROS_PER_DAY);
    long timeOfDay = Math.floorMod(micros, MICROS_PER_DAY);
    return formatDate(days) + ' ' + formatTime(timeOfDay);
  }

  private static StringBuilder appendTwoDigits(StringBuilder text, long value) {
    if (value < 10) {
      text.append('0');
    }
    return text.append(value);
  }

  /** Days since 1970-01-01 of a {@code YYYY-MM-DD} text. */
  public static int parseDate(String text) {
    String trimmed = text.trim();
    int[] fields = splitDate(trimmed, text, "DATE");
    return (int) toEpochDay(fields, text, "DATE");
  }

  /** Microseconds since 1970-01-01 00:00:00 of a date or date-time text. */
  public static long parseTimestamp(String text) {
    String trimmed = text.trim();
    int split = trimmed.indexOf(' ');
    if (split < 0) {
      split = trimmed.indexOf('T');
    }
    String datePart = split < 0 ? trimmed : trimmed.substring(0, split);
    long days = toEpochDay(splitDate(datePart, text, "TIMESTAMP"), text, "TIMESTAMP");
    long time = split < 0 ? 0 : parseTimeOfDay(trimmed.substring(split + 1).trim(), text, "TIMESTAMP");
    return days * MICROS_PER_DAY + time;
  }

  /** Microseconds since midnight of a {@code HH:MM:SS[.fff]} text. */
  public static long parseTime(String text) {
    return parseTimeOfDay(text.trim(), text, "TIME");
  }

  private static int[] splitDate(String date, String original, String target) {
    String[] parts = date.split("-", -1);
    if (parts.length != 3) {
      throw bad(original, target);
    }
    int[] fields = new int[3];
    for (int i = 0; i < 3; i++) {
      fields[i] = parseField(parts[i], original, target);
    }
    return fields;
  }

  private static long toEpochDay(int[] fields, String original, String target) {
    try {
      return LocalDate.of(fields[0], fields[1], fields[2]).toEpochDay();
    } catch (DateTimeException e) {
      throw new QuiverException(
          ErrorCode.USER_ERROR,
          "Cannot cast '" + original + "' to " + target + ": " + e.getMessage(),
          e);
    }
  }

  private static long parseTimeOfDay(String time, String original, String target) {
    String[] parts = time.split(":", -1);
    if (parts.length != 3) {
      throw bad(original, target);
    }
    int hour = parseField(parts[0], original, target);
    int minute = parseField(parts[1], original, target);
    String secondsText = parts[2];
    long fraction = 0;
    int dot = secondsText.indexOf('.');
    if (dot >= 0) {
      String digits = secondsText.substring(dot + 1);
      if (digits.isEmpty() || !digits.chars().allMatch(Character::isDigit)) {
        throw bad(original, target);
      }
      String micros = (digits + "000000").substring(0, FRACTION_DIGITS);
      fraction = Long.parseLong(micros);
      secondsText = secondsText.substring(0, dot);
    }
    int second = parseField(secondsText, original, target);
    if (hour > 23 || minute > 59 || second > 59) {
      throw bad(original, target);
    }
    return ((hour * 60L + minute) * 60 + second) * MICROS_PER_SECOND + fraction;
  }

  private static int parseField(String digits, String original, String target) {
    if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(Character::isDigit)) {
      throw bad(original, target);
    }
    return Integer.parseInt(digits);
  }

  private static QuiverException bad(String original, String target) {
    String expected =
        target.equals("DATE")
            ? "YYYY-MM-DD"
            : target.equals("TIME") ? "HH:MM:SS[.ffffff]" : "YYYY-MM-DD[ HH:MM:SS[.ffffff]]";
    return new QuiverException(
        ErrorCode.USER_ERROR,
        "Cannot cast '" + original + "' to " + target + ": expected " + expected);
  }
}
