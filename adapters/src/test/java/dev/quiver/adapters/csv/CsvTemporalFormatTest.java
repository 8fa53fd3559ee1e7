package dev.quiver.adapters.csv;

import static dev.quiver.adapters.csv.CsvTestSupport.columns;
import static dev.quiver.adapters.csv.CsvTestSupport.options;
import static dev.quiver.adapters.csv.CsvTestSupport.readAll;
import static dev.quiver.adapters.csv.CsvTestSupport.row;
import static dev.quiver.adapters.csv.CsvTestSupport.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quiver.adapters.spi.FormatOptions;
import dev.quiver.adapters.spi.ReaderException;
import dev.quiver.adapters.spi.TableSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dateformat and timestampformat options: inference, decoding, errors and rejected rows. */
class CsvTemporalFormatTest {
  private static final FormatOptions DAY_FIRST =
      options("dateformat", "%d/%m/%Y", "timestampformat", "%d/%m/%Y %H:%M:%S");

  @TempDir Path dir;

  private static String day(int year, int month, int day) {
    return String.valueOf(LocalDate.of(year, month, day).toEpochDay());
  }

  /** A TIMESTAMP value as the test reader prints it (the vector's LocalDateTime). */
  private static String micros(String isoTimestamp) {
    return LocalDateTime.parse(isoTimestamp).toString();
  }

  @Test
  void columnsMatchingTheFormatsAreDatesAndTimestamps() throws Exception {
    Path file =
        write(
            dir,
            "dmy.csv",
            "d,t,text\n31/01/2024,31/01/2024 10:00:00,a\n29/02/2024,1/2/2024 23:59:59,b\n");
    CsvFormat format = new CsvFormat();
    TableSchema schema = format.inferSchema(file, DAY_FIRST);
    assertEquals(List.of("d:DATE", "t:TIMESTAMP", "text:VARCHAR"), columns(schema));
    assertTrue(schema.notes().contains("dates: '%d/%m/%Y' (given)"), schema.notes().toString());
    assertEquals(
        List.of(
            row(day(2024, 1, 31), micros("2024-01-31T10:00:00"), "a"),
            row(day(2024, 2, 29), micros("2024-02-01T23:59:59"), "b")),
        readAll(format, file, DAY_FIRST));
    // Without the options the same values are text.
    assertEquals(
        List.of("d:VARCHAR", "t:VARCHAR", "text:VARCHAR"),
        columns(format.inferSchema(file, FormatOptions.DEFAULTS)));
  }

  @Test
  void aFormatWinsOverNumbersItAlsoReads() throws Exception {
    Path file = write(dir, "ymd.csv", "day,n\n20240131,1\n20240201,2\n");
    FormatOptions compact = options("dateformat", "%Y%m%d");
    TableSchema schema = new CsvFormat().inferSchema(file, compact);
    assertEquals(List.of("day:DATE", "n:INTEGER"), columns(schema));
    assertEquals(
        List.of(row(day(2024, 1, 31), "1"), row(day(2024, 2, 1), "2")),
        readAll(new CsvFormat(), file, compact));
    // A value that is no date in that format leaves the column as the number it is.
    Path notAllDates = write(dir, "ids.csv", "id\n20240131\n20241399\n");
    assertEquals(List.of("id:INTEGER"), columns(new CsvFormat().inferSchema(notAllDates, compact)));
  }

  @Test
  void aTimestampColumnAlsoReadsDatesInTheDateFormatAsMidnight() throws Exception {
    Path file = write(dir, "mixed.csv", "t\n31/01/2024\n31/01/2024 10:30:00\n");
    assertEquals(List.of("t:TIMESTAMP"), columns(new CsvFormat().inferSchema(file, DAY_FIRST)));
    assertEquals(
        List.of(row(micros("2024-01-31T00:00:00")), row(micros("2024-01-31T10:30:00"))),
        readAll(new CsvFormat(), file, DAY_FIRST));
    // With only a date format, ISO timestamps still read, and the dates are their midnight.
    Path iso = write(dir, "iso.csv", "t\n31/01/2024\n2024-01-31 10:30:00\n");
    FormatOptions dates = options("dateformat", "%d/%m/%Y");
    assertEquals(List.of("t:TIMESTAMP"), columns(new CsvFormat().inferSchema(iso, dates)));
    // An ISO date no longer reads as a date once a date format is given.
    Path isoDates = write(dir, "iso_dates.csv", "d\n2024-01-31\n31/01/2024\n");
    assertEquals(List.of("d:VARCHAR"), columns(new CsvFormat().inferSchema(isoDates, dates)));
  }

  @Test
  void monthNamesTwelveHourClocksAndFractions() throws Exception {
    Path file =
        write(dir, "us.csv", "when\n\"Jan 5, 2024 12:00:00.5 AM\"\n\"Dec 31, 1999 11:59:59.25 PM\"\n");
    FormatOptions us = options("timestampformat", "%b %d, %Y %I:%M:%S.%f %p");
    assertEquals(List.of("when:TIMESTAMP"), columns(new CsvFormat().inferSchema(file, us)));
    assertEquals(
        List.of(
            row(micros("2024-01-05T00:00:00.500")), row(micros("1999-12-31T23:59:59.250"))),
        readAll(new CsvFormat(), file, us));
  }

  @Test
  void aLateValueThatDoesNotMatchNamesLineColumnValueAndFormat() throws Exception {
    StringBuilder csv = new StringBuilder("id,d\n");
    for (int i = 1; i <= 3000; i++) {
      csv.append(i).append(',').append(i == 2500 ? "2024-01-31" : "05/03/2024").append('\n');
    }
    Path file = write(dir, "late.csv", csv.toString());
    FormatOptions sampled = options("dateformat", "%d/%m/%Y", "sample_size", "20");
    ReaderException error =
        assertThrows(ReaderException.class, () -> readAll(new CsvFormat(), file, sampled));
    assertEquals(2501, error.line());
    assertEquals("d", error.column());
    assertTrue(
        error.getMessage()
            .contains(
                "column 'd': cannot read '2024-01-31' as DATE with dateformat '%d/%m/%Y' (type"
                    + " inferred from"),
        error.getMessage());
    assertTrue(error.getMessage().contains("Hint: Change dateformat, raise the sample"), error.getMessage());

    Path rejects = dir.resolve("rejects.csv");
    FormatOptions skip =
        options(
            "dateformat", "%d/%m/%Y", "sample_size", "20", "ignore_errors", "true",
            "rejects_file", rejects.toString());
    assertEquals(2999, readAll(new CsvFormat(), file, skip).size());
    List<String> lines = Files.readAllLines(rejects);
    assertEquals(2, lines.size());
    assertTrue(
        lines.get(1).endsWith(
            ",2501,\"d\",\"2024-01-31\",\"cannot read '2024-01-31' as DATE with dateformat"
                + " '%d/%m/%Y' (type inferred from 20 rows sampled across the file)\","
                + "\"2500,2024-01-31\""),
        lines.get(1));
  }

  @Test
  void aDeclaredTypeReadWithAFormatSaysItWasGiven() throws Exception {
    Path file = write(dir, "given.csv", "d\n31/01/2024\n31-01-2024\n");
    FormatOptions declared = options("dateformat", "%d/%m/%Y", "types", "d:DATE");
    ReaderException error =
        assertThrows(ReaderException.class, () -> readAll(new CsvFormat(), file, declared));
    assertEquals(3, error.line());
    assertTrue(
        error.getMessage()
            .contains(
                "cannot read '31-01-2024' as DATE with dateformat '%d/%m/%Y' (type given by the"
                    + " types option)"),
        error.getMessage());
    assertTrue(
        error.getMessage().contains("declare another type for 'd' in the types option"),
        error.getMessage());
    Path timestamps = write(dir, "ts.csv", "t\n31/01/2024 10:00\n");
    FormatOptions both =
        options("timestampformat", "%d/%m/%Y %H:%M:%S", "dateformat", "%Y%m%d", "types", "t:TIMESTAMP");
    assertTrue(
        assertThrows(ReaderException.class, () -> readAll(new CsvFormat(), timestamps, both))
            .getMessage()
            .contains(
                "as TIMESTAMP with timestampformat '%d/%m/%Y %H:%M:%S' (or dateformat '%Y%m%d')"));
  }

  @Test
  void theHeaderIsFoundOverFormattedDates() throws Exception {
    Path file = write(dir, "header.csv", "when,what\n31/01/2024,a\n01/02/2024,b\n");
    TableSchema schema = new CsvFormat().inferSchema(file, options("dateformat", "%d/%m/%Y"));
    assertEquals(List.of("when:DATE", "what:VARCHAR"), columns(schema));
  }

  @Test
  void badFormatsAreNamed() throws Exception {
    Path file = write(dir, "t.csv", "a\n1\n");
    assertEquals(
        "Option dateformat: '%d/%q/%Y': %q is not a supported format code; supported: "
            + "%Y %y %m %b %h %B %d %j %a %A %H %I %p %M %S %f %g %n %F %T %%",
        assertThrows(
                IllegalArgumentException.class,
                () -> new CsvFormat().inferSchema(file, options("dateformat", "%d/%q/%Y")))
            .getMessage());
    assertTrue(
        assertThrows(
                IllegalArgumentException.class,
                () -> new CsvFormat().inferSchema(file, options("timestampformat", "%H:%M:%S")))
            .getMessage()
            .startsWith("Option timestampformat: '%H:%M:%S' does not name a whole date"));
    assertTrue(
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    new CsvFormat()
                        .inferSchema(file, options("timestampformat", "%Y-%m-%d %H:%M %z")))
            .getMessage()
            .contains("time zones (%z) are not supported"));
  }
}
