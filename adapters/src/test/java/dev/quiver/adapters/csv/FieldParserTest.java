package dev.quiver.adapters.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FieldParserTest {
  private final FieldParser parser = new FieldParser();

  private static byte[] b(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private boolean parseDouble(String s) {
    byte[] bytes = b(s);
    return parser.parseDouble(bytes, 0, bytes.length);
  }

  @Test
  void doublesAreBitIdenticalToJava() {
    String[] fixed = {
      "0", "-0.0", "0.1", "1.5", "-2.25", "3.14159", "1e3", "1E-3", "+.5", "5.", "123456789012.34",
      "9007199254740993.0", "0.30000000000000004", "1e22", "1e23", "4.9e-324", "1.7976931348623157e308",
      "1e400", "1e-400", "123456789012345678901234.5", "0.000000000000000000000000123",
      "2.2250738585072014E-308", "99999999999999999999e-5", "12.50", "1499.00"
    };
    for (String s : fixed) {
      assertTrue(parseDouble(s), s);
      assertEquals(
          Double.doubleToRawLongBits(Double.parseDouble(s)),
          Double.doubleToRawLongBits(parser.doubleValue),
          s);
    }
    Random random = new Random(42);
    for (int i = 0; i < 200_000; i++) {
      String s = randomNumber(random);
      assertTrue(parseDouble(s), s);
      assertEquals(
          Double.doubleToRawLongBits(Double.parseDouble(s)),
          Double.doubleToRawLongBits(parser.doubleValue),
          s);
    }
  }

  private static String randomNumber(Random random) {
    StringBuilder s = new StringBuilder();
    if (random.nextBoolean()) {
      s.append('-');
    }
    int intDigits = 1 + random.nextInt(12);
    for (int d = 0; d < intDigits; d++) {
      s.append((char) ('0' + random.nextInt(10)));
    }
    s.append('.');
    int fractionDigits = 1 + random.nextInt(10);
    for (int d = 0; d < fractionDigits; d++) {
      s.append((char) ('0' + random.nextInt(10)));
    }
    if (random.nextInt(4) == 0) {
      s.append('e').append(random.nextInt(60) - 30);
    }
    return s.toString();
  }

  @Test
  void doublesRejectWhatIsNotAPlainNumber() {
    for (String s : new String[] {"", "-", ".", "e5", "1e", "1e+", "NaN", "Infinity", "inf",
        "1.0d", "1f", "0x10", "1,5", " 1", "1 ", "n/a", "1.2.3", "123456789012345678901234"}) {
      assertFalse(parseDouble(s), s);
    }
  }

  @Test
  void integersCheckOverflow() {
    byte[] max = b("9223372036854775807");
    assertTrue(parser.parseLong(max, 0, max.length));
    assertEquals(Long.MAX_VALUE, parser.longValue);
    byte[] min = b("-9223372036854775808");
    assertTrue(parser.parseLong(min, 0, min.length));
    assertEquals(Long.MIN_VALUE, parser.longValue);
    byte[] over = b("9223372036854775808");
    assertFalse(parser.parseLong(over, 0, over.length));
    byte[] under = b("-9223372036854775809");
    assertFalse(parser.parseLong(under, 0, under.length));
    byte[] intMax = b("2147483647");
    assertTrue(parser.parseInt(intMax, 0, intMax.length));
    byte[] intOver = b("2147483648");
    assertFalse(parser.parseInt(intOver, 0, intOver.length));
    for (String s : new String[] {"", "-", "+", "1.0", "1e3", "12a", " 1"}) {
      byte[] bytes = b(s);
      assertFalse(parser.parseLong(bytes, 0, bytes.length), s);
    }
  }

  @Test
  void datesAndTimestamps() {
    byte[] leap = b("2024-02-29");
    assertTrue(parser.parseDate(leap, 0, leap.length));
    assertEquals(LocalDate.of(2024, 2, 29).toEpochDay(), parser.days);
    byte[] old = b("0001-01-01");
    assertTrue(parser.parseDate(old, 0, old.length));
    assertEquals(LocalDate.of(1, 1, 1).toEpochDay(), parser.days);
    for (String s : new String[] {"2023-02-29", "2024-13-01", "2024-00-10", "2024-1-01", "24-01-01"}) {
      byte[] bytes = b(s);
      assertFalse(parser.parseDate(bytes, 0, bytes.length), s);
    }
    byte[] ts = b("1969-12-31T23:59:59.1234569");
    assertTrue(parser.parseTimestamp(ts, 0, ts.length));
    LocalDateTime expected = LocalDateTime.of(1969, 12, 31, 23, 59, 59, 123_456_000);
    assertEquals(
        ChronoUnit.MICROS.between(LocalDateTime.ofEpochSecond(0, 0, ZoneOffset.UTC), expected),
        parser.micros);
    for (String s : new String[] {"2024-01-01T00:00:00Z", "2024-01-01 00:00:00+01:00",
        "2024-01-01 24:00:00", "2024-01-01 10:00", "2024-01-01 10:00:00.", "2024-01-01 10:00:00.1234567890"}) {
      byte[] bytes = b(s);
      assertFalse(parser.parseTimestamp(bytes, 0, bytes.length), s);
    }
  }

  @Test
  void booleansIgnoreCase() {
    for (String s : new String[] {"true", "TRUE", "True", "false", "FaLsE"}) {
      byte[] bytes = b(s);
      assertTrue(parser.parseBoolean(bytes, 0, bytes.length), s);
      assertEquals(s.equalsIgnoreCase("true"), parser.booleanValue);
    }
    for (String s : new String[] {"t", "yes", "1", "truth", "falsey"}) {
      byte[] bytes = b(s);
      assertFalse(parser.parseBoolean(bytes, 0, bytes.length), s);
    }
  }
}
