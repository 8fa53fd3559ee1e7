package dev.quiver.adapters.arrow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Every format code, the calendar checks, and the formats refused at compile time. */
class StrptimeFormatTest {
  private static long micros(String format, String value) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    return StrptimeFormat.compile(format).parseMicros(bytes, 0, bytes.length);
  }

  private static void assertReads(String expected, String format, String value) {
    long parsed = micros(format, value);
    assertTrue(parsed != StrptimeFormat.NO_MATCH, value + " with " + format);
    LocalDateTime time =
        LocalDateTime.ofEpochSecond(
                Math.floorDiv(parsed, 1_000_000L), 0, ZoneOffset.UTC)
            .plus(Math.floorMod(parsed, 1_000_000L), ChronoUnit.MICROS);
    assertEquals(LocalDateTime.parse(expected), time, value + " with " + format);
  }

  private static void assertNoMatch(String format, String value) {
    assertEquals(StrptimeFormat.NO_MATCH, micros(format, value), value + " with " + format);
  }

  private static String compileError(String format) {
    return assertThrows(IllegalArgumentException.class, () -> StrptimeFormat.compile(format))
        .getMessage();
  }

  @Test
  void yearMonthDayWithAndWithoutLeadingZeros() {
    assertReads("2024-01-31T00:00", "%d/%m/%Y", "31/01/2024");
    assertReads("2024-02-01T00:00", "%d/%m/%Y", "1/2/2024");
    assertReads("2024-01-31T00:00", "%Y%m%d", "20240131");
    assertReads("2024-01-05T00:00", "%Y-%-m-%-d", "2024-1-5");
    assertReads("0987-06-05T00:00", "%Y-%m-%d", "987-06-05");
    assertReads("2024-03-04T00:00", "%F", "2024-03-04");
  }

  @Test
  void twoDigitYearsPivotAt69AsInPosixAndDuckDb() {
    assertReads("2000-01-01T00:00", "%y-%m-%d", "00-01-01");
    assertReads("2068-01-01T00:00", "%y-%m-%d", "68-01-01");
    assertReads("1969-01-01T00:00", "%y-%m-%d", "69-01-01");
    assertReads("1999-12-31T00:00", "%y-%m-%d", "99-12-31");
    assertReads("2005-01-01T00:00", "%y-%m-%d", "5-01-01");
  }

  @Test
  void monthAndWeekdayNamesInAnyCase() {
    assertReads("2024-01-05T00:00", "%b %d %Y", "Jan 5 2024");
    assertReads("2024-09-05T00:00", "%b %d %Y", "SEP 05 2024");
    assertReads("2024-12-05T00:00", "%h %d %Y", "dec 05 2024");
    assertReads("2024-01-05T00:00", "%B %d %Y", "January 5 2024");
    assertReads("2024-05-05T00:00", "%B %d %Y", "may 5 2024");
    assertNoMatch("%b %d %Y", "January 5 2024"); // %b is the abbreviation only
    assertNoMatch("%B %d %Y", "Jan 5 2024");
    assertNoMatch("%b %d %Y", "Sept 5 2024");
    // Weekdays are read, not checked against the date (as DuckDB): 2024-01-02 was a Tuesday.
    assertReads("2024-01-02T00:00", "%a %Y-%m-%d", "Tue 2024-01-02");
    assertReads("2024-01-02T00:00", "%a %Y-%m-%d", "wed 2024-01-02");
    assertReads("2024-01-02T00:00", "%A, %d %B %Y", "Tuesday, 2 January 2024");
    assertNoMatch("%a %Y-%m-%d", "Tues 2024-01-02");
  }

  @Test
  void dayOfYear() {
    assertReads("2024-02-01T00:00", "%Y %j", "2024 032");
    assertReads("2024-12-31T00:00", "%Y %j", "2024 366");
    assertReads("2023-12-31T00:00", "%Y %j", "2023 365");
    assertNoMatch("%Y %j", "2023 366");
    assertNoMatch("%Y %j", "2024 000");
    assertNoMatch("%Y %j", "2024 367");
  }

  @Test
  void february29OnlyInLeapYears() {
    assertReads("2024-02-29T00:00", "%Y-%m-%d", "2024-02-29");
    assertReads("2000-02-29T00:00", "%Y-%m-%d", "2000-02-29");
    assertNoMatch("%Y-%m-%d", "2023-02-29");
    assertNoMatch("%Y-%m-%d", "1900-02-29");
    assertNoMatch("%Y-%m-%d", "2024-02-30");
    assertNoMatch("%Y-%m-%d", "2024-04-31");
    assertReads("2024-12-31T00:00", "%Y-%m-%d", "2024-12-31");
    assertNoMatch("%Y-%m-%d", "2024-13-01");
    assertNoMatch("%Y-%m-%d", "2024-00-10");
    assertNoMatch("%Y-%m-%d", "2024-01-00");
  }

  @Test
  void timesOfDay() {
    assertReads("2024-01-31T23:59:59", "%d/%m/%Y %H:%M:%S", "31/01/2024 23:59:59");
    assertReads("2024-01-31T03:04:05", "%d/%m/%Y %H:%M:%S", "31/01/2024 3:4:5");
    assertReads("2024-01-31T10:20:30", "%F %T", "2024-01-31 10:20:30");
    assertNoMatch("%Y-%m-%d %H:%M:%S", "2024-01-31 24:00:00");
    assertNoMatch("%Y-%m-%d %H:%M:%S", "2024-01-31 23:60:00");
    assertNoMatch("%Y-%m-%d %H:%M:%S", "2024-01-31 23:59:60");
    // Missing fields default to 1900-01-01 00:00:00, as in DuckDB.
    assertReads("1900-01-01T00:05", "%H:%M", "0:5");
    assertReads("2024-01-01T03:00", "%Y %I", "2024 3");
  }

  @Test
  void twelveHourClockWithAmPm() {
    assertReads("2024-01-31T00:00", "%Y-%m-%d %I:%M %p", "2024-01-31 12:00 AM");
    assertReads("2024-01-31T00:30", "%Y-%m-%d %I:%M %p", "2024-01-31 12:30 am");
    assertReads("2024-01-31T12:00", "%Y-%m-%d %I:%M %p", "2024-01-31 12:00 PM");
    assertReads("2024-01-31T13:15", "%Y-%m-%d %I:%M %p", "2024-01-31 1:15 pm");
    assertReads("2024-01-31T11:59", "%Y-%m-%d %I:%M %p", "2024-01-31 11:59 AM");
    assertReads("2024-01-31T23:59", "%Y-%m-%d %I:%M%p", "2024-01-31 11:59PM");
    assertNoMatch("%Y-%m-%d %I:%M %p", "2024-01-31 0:30 AM");
    assertNoMatch("%Y-%m-%d %I:%M %p", "2024-01-31 13:00 PM");
    assertNoMatch("%Y-%m-%d %I:%M %p", "2024-01-31 10:00 XM");
    assertNoMatch("%Y-%m-%d %I:%M %p", "2024-01-31 10:00 A");
    // %H with %p takes 0-12, as DuckDB does.
    assertReads("2024-01-31T12:00", "%Y-%m-%d %H %p", "2024-01-31 12 PM");
    assertNoMatch("%Y-%m-%d %H %p", "2024-01-31 13 PM");
    // Without %p a 12-hour clock is AM, as in C and Python.
    assertReads("2024-01-31T00:00", "%Y-%m-%d %I", "2024-01-31 12");
  }

  @Test
  void fractionsOfASecond() {
    assertReads("2024-01-31T10:00:00.500", "%Y-%m-%d %H:%M:%S.%f", "2024-01-31 10:00:00.5");
    assertReads("2024-01-31T10:00:00.123456", "%Y-%m-%d %H:%M:%S.%f", "2024-01-31 10:00:00.123456");
    assertNoMatch("%Y-%m-%d %H:%M:%S.%f", "2024-01-31 10:00:00.1234567");
    assertNoMatch("%Y-%m-%d %H:%M:%S.%f", "2024-01-31 10:00:00.");
    assertReads("2024-01-31T10:00:00.120", "%Y-%m-%d %H:%M:%S.%g", "2024-01-31 10:00:00.12");
    assertNoMatch("%Y-%m-%d %H:%M:%S.%g", "2024-01-31 10:00:00.1234");
    assertReads("2024-01-31T10:00:00.123456", "%Y-%m-%d %H:%M:%S.%n", "2024-01-31 10:00:00.123456789");
  }

  @Test
  void literalsAndSpaces() {
    assertReads("2024-01-05T10:00", "%Y-%m-%d %H", "2024-01-05  10"); // a space is one or more
    assertNoMatch("%Y-%m-%d %H", "2024-01-0510");
    assertNoMatch("%Y-%m-%d %H", "2024-01-05\t10");
    assertNoMatch("%Y-%m-%d", " 2024-01-05"); // nothing skipped where the format has no space
    assertNoMatch("%Y-%m-%d", "2024-01-05 ");
    assertNoMatch("%Y-%m-%d", "2024-01-05junk");
    assertNoMatch("%Y-%m-%d", "2024/01/05");
    assertNoMatch("%Y-%m-%d", "");
    assertNoMatch("%Y-%m-%d", "2024-01-");
    assertReads("2024-01-05T00:00", "%d.%m.%Y г.", "05.01.2024 г.");
    assertReads("2024-01-05T00:00", "%Y-%m-%d 100%%", "2024-01-05 100%");
    assertReads("2024-01-05T00:00", "T%Y-%m-%dZ", "T2024-01-05Z");
    assertNoMatch("T%Y-%m-%dZ", "t2024-01-05Z");
    assertNoMatch("%Y%m%d", "2024131"); // greedy: 2024, 13 is no month
  }

  @Test
  void daysDropTheTimeOfDay() {
    StrptimeFormat format = StrptimeFormat.compile("%d/%m/%Y %H:%M");
    byte[] value = "31/12/1969 23:59".getBytes(StandardCharsets.UTF_8);
    assertEquals(-1, format.parseDays(value, 0, value.length));
    byte[] bad = "32/12/1969 23:59".getBytes(StandardCharsets.UTF_8);
    assertEquals(StrptimeFormat.NO_MATCH, format.parseDays(bad, 0, bad.length));
  }

  @Test
  void readsOnlyTheGivenRangeOfTheBuffer() {
    byte[] buffer = "xx31/01/2024yy".getBytes(StandardCharsets.UTF_8);
    StrptimeFormat format = StrptimeFormat.compile("%d/%m/%Y");
    assertEquals(LocalDate.of(2024, 1, 31).toEpochDay(), format.parseDays(buffer, 2, 12));
    assertEquals(LocalDate.of(202, 1, 31).toEpochDay(), format.parseDays(buffer, 2, 11));
    assertEquals(StrptimeFormat.NO_MATCH, format.parseDays(buffer, 2, 13));
  }

  @Test
  void agreesWithJavaTimeOverManyDates() {
    StrptimeFormat format = StrptimeFormat.compile("%d/%m/%Y %I:%M:%S.%f %p");
    DateTimeFormatter java =
        DateTimeFormatter.ofPattern("dd/MM/yyyy hh:mm:ss.SSSSSS a", Locale.ROOT);
    Random random = new Random(7);
    for (int i = 0; i < 20_000; i++) {
      LocalDateTime time =
          LocalDateTime.of(1, 1, 1, 0, 0)
              .plusSeconds((long) (random.nextDouble() * 9998 * 365.25 * 86400))
              .plusNanos(random.nextInt(1_000_000) * 1000L);
      byte[] text = java.format(time).getBytes(StandardCharsets.US_ASCII);
      long expected = time.toEpochSecond(ZoneOffset.UTC) * 1_000_000L + time.getNano() / 1000;
      assertEquals(expected, format.parseMicros(text, 0, text.length), new String(text));
    }
  }

  @Test
  void formatsAreCheckedWhenCompiled() {
    assertTrue(compileError("%d/%Q/%Y").contains("%Q is not a supported format code; supported: %Y"));
    assertTrue(compileError("%Y-%m-%d %z").contains("time zones (%z) are not supported"));
    assertTrue(compileError("%Y-%m-%d %Z").contains("time zones (%Z) are not supported"));
    assertTrue(compileError("%Y-%m-%").contains("ends with a lone '%'"));
    assertTrue(compileError("%Y-%m-%d %Y").contains("%Y appears twice"));
    assertTrue(compileError("%S.%f.%n").contains("%f appears twice"));
    assertTrue(compileError("%Y %j %m").contains("%j (day of the year) cannot be combined"));
    assertTrue(compileError("%Y %m %b %d").contains("give the month once"));
    assertTrue(compileError("%H %I").contains("give the hour once"));
    assertTrue(compileError("%y %Y").contains("give the year once"));
  }

  @Test
  void saysWhetherAFormatNamesAWholeDate() {
    assertTrue(StrptimeFormat.compile("%d/%m/%Y").hasDate());
    assertTrue(StrptimeFormat.compile("%Y %j").hasDate());
    assertTrue(StrptimeFormat.compile("%b %d %y").hasDate());
    assertFalse(StrptimeFormat.compile("%d/%m").hasDate());
    assertFalse(StrptimeFormat.compile("%m/%Y").hasDate());
    assertFalse(StrptimeFormat.compile("%H:%M").hasDate());
    assertTrue(StrptimeFormat.compile("%H:%M").hasTime());
    assertFalse(StrptimeFormat.compile("%d/%m/%Y").hasTime());
  }
}
