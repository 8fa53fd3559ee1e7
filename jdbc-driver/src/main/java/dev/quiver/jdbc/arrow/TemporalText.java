package dev.quiver.jdbc.arrow;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * The text of DATE, TIME and TIMESTAMP values, the same in getString, the CLI and the golden
 * files: {@code 2024-01-31}, {@code 12:00:00}, {@code 2024-01-31 12:00:00}, with a six-digit
 * fraction only when it is not zero ({@code 12:00:00.123456}).
 */
public final class TemporalText {
  private static final int NANOS_PER_MICRO = 1000;
  private static final int MICRO_DIGITS = 6;

  private TemporalText() {}

  public static String date(LocalDate date) {
    return date.toString();
  }

  public static String time(LocalTime time) {
    StringBuilder text = new StringBuilder(15);
    appendTime(text, time);
    return text.toString();
  }

  public static String timestamp(LocalDateTime timestamp) {
    StringBuilder text = new StringBuilder(26);
    text.append(timestamp.toLocalDate()).append(' ');
    appendTime(text, timestamp.toLocalTime());
    return text.toString();
  }

  private static void appendTime(StringBuilder text, LocalTime time) {
    twoDigits(text, time.getHour()).append(':');
    twoDigits(text, time.getMinute()).append(':');
    twoDigits(text, time.getSecond());
    int micros = time.getNano() / NANOS_PER_MICRO;
    if (micros != 0) {
      String digits = Integer.toString(micros);
      text.append('.');
      for (int i = digits.length(); i < MICRO_DIGITS; i++) {
        text.append('0');
      }
      text.append(digits);
    }
  }

  private static StringBuilder twoDigits(StringBuilder text, int value) {
    if (value < 10) {
      text.append('0');
    }
    return text.append(value);
  }
}
