package dev.quiver.engine.function.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quiver.engine.error.QuiverException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateTimeTextTest {
  @Test
  void roundTripsAndTrimsFractions() {
    long micros = DateTimeText.parseTimestamp("2020-01-02 03:04:05.120");
    assertEquals("2020-01-02 03:04:05.12", DateTimeText.formatTimestamp(micros));
    assertEquals("1969-12-31 23:59:59.999999", DateTimeText.formatTimestamp(-1));
    assertEquals("2020-01-02 00:00:00", DateTimeText.formatTimestamp(DateTimeText.parseTimestamp("2020-01-02")));
    assertEquals(LocalDate.of(2021, 1, 5).toEpochDay(), DateTimeText.parseDate(" 2021-1-5 "));
    assertEquals(3_723_000_000L, DateTimeText.parseTime("01:02:03"));
    assertThrows(QuiverException.class, () -> DateTimeText.parseDate("2021-02-30"));
    assertThrows(QuiverException.class, () -> DateTimeText.parseTimestamp("2021-02-03 25:00:00"));
    assertThrows(QuiverException.class, () -> DateTimeText.parseDate("yesterday"));
  }
}
