package dev.quiver.adapters.csv;

import static dev.quiver.adapters.csv.CsvTestSupport.columns;
import static dev.quiver.adapters.csv.CsvTestSupport.fixture;
import static dev.quiver.adapters.csv.CsvTestSupport.readAll;
import static dev.quiver.adapters.csv.CsvTestSupport.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quiver.adapters.FileFormats;
import dev.quiver.adapters.spi.FileFormat;
import dev.quiver.adapters.spi.FormatOptions;
import dev.quiver.adapters.spi.TableSchema;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checked-in fixtures read as the golden SQL tests expect. */
class CsvFixturesTest {
  private final CsvFormat format = new CsvFormat();

  @Test
  void formatsAreFoundByFileName() {
    assertEquals("csv", FileFormats.forFile(Path.of("a/b/Orders.CSV")).orElseThrow().name());
    assertTrue(FileFormats.forFile(Path.of("x.TSV")).isPresent());
    assertFalse(FileFormats.forFile(Path.of("x.txt")).isPresent());
    assertFalse(FileFormats.forFile(Path.of("csv")).isPresent());
    assertEquals(
        List.of("csv", "parquet", "json"),
        FileFormats.all().stream().map(FileFormat::name).toList());
    assertEquals("parquet", FileFormats.forFile(Path.of("x.parquet")).orElseThrow().name());
    assertEquals("json", FileFormats.forFile(Path.of("x.ndjson")).orElseThrow().name());
  }

  @Test
  void orders() throws Exception {
    Path file = fixture("orders.csv");
    TableSchema schema = format.inferSchema(file, FormatOptions.DEFAULTS);
    assertEquals(
        List.of("id:INTEGER", "status:VARCHAR", "category:VARCHAR", "amount:DOUBLE", "ts:TIMESTAMP"),
        columns(schema));
    List<List<String>> rows = readAll(file);
    assertEquals(12, rows.size());
    assertEquals(row("2", "shipped", "toys, games", "7.25", "2024-01-02T10:30"), rows.get(1));
    assertEquals(row("3", null, "garden", "99.99", "2024-01-03T11:45:10"), rows.get(2));
    assertEquals(row("4", "paid", "books", null, "2024-01-04T08:15"), rows.get(3));
    assertTrue(schema.notes().stream().anyMatch(n -> n.startsWith("delimiter: ',' (detected)")));
    assertTrue(schema.notes().contains("header: yes (detected)"));
    assertTrue(schema.notes().contains("types inferred from all 12 rows"), schema.notes().toString());
    assertTrue(schema.notes().contains("column amount: DOUBLE"));
  }

  @Test
  void types() throws Exception {
    Path file = fixture("types.csv");
    TableSchema schema = format.inferSchema(file, FormatOptions.DEFAULTS);
    assertEquals(
        List.of("b:BOOLEAN", "i:INTEGER", "big:BIGINT", "d:DOUBLE", "day:DATE", "ts:TIMESTAMP",
            "s:VARCHAR"),
        columns(schema));
    List<List<String>> rows = readAll(file);
    assertEquals(5, rows.size());
    assertEquals(row("true", "1", "10000000000", "1.5", "19723", "2024-01-01T00:00", "alpha"),
        rows.get(0));
    assertEquals(row(null, null, null, null, null, null, null), rows.get(2));
    assertEquals(
        row("true", "2147483647", "9223372036854775807", "-0.25", "10956", "1999-12-31T23:59:59.500",
            null),
        rows.get(3));
    assertEquals(row("false", "-2147483648", "0", "1000.0", "10957", "2000-01-01T00:00", "gamma"),
        rows.get(4));
  }

  @Test
  void everyDelimiter() throws Exception {
    List<List<String>> expected =
        List.of(row("1", "ann", "3.5"), row("2", "bob", "4.0"), row("3", "cy", "5.25"));
    assertEquals(expected, readAll(fixture("tabs.tsv")));
    assertEquals(expected, readAll(fixture("noheader.csv")));
    List<List<String>> withDelimiter =
        List.of(row("1", "ann", "3.5"), row("2", "bob", "4.0"), row("3", "c;d", "5.25"));
    assertEquals(withDelimiter, readAll(fixture("semicolon.csv")));
    assertEquals(
        List.of(row("1", "ann", "3.5"), row("2", "bob", "4.0"), row("3", "c|d", "5.25")),
        readAll(fixture("pipe.csv")));
    assertEquals(
        List.of("id:INTEGER", "name:VARCHAR", "score:DOUBLE"),
        columns(format.inferSchema(fixture("pipe.csv"), FormatOptions.DEFAULTS)));
  }

  @Test
  void noHeaderGetsPositionalNames() throws Exception {
    TableSchema schema = format.inferSchema(fixture("noheader.csv"), FormatOptions.DEFAULTS);
    assertEquals(List.of("column0:INTEGER", "column1:VARCHAR", "column2:DOUBLE"), columns(schema));
    assertTrue(schema.notes().contains("header: no (detected)"));
  }

  @Test
  void quotedFieldsWithQuotesLineBreaksAndCrlf() throws Exception {
    List<List<String>> rows = readAll(fixture("quoted.csv"));
    assertEquals(
        List.of(
            row("1", "say \"hi\""),
            row("2", "line one\r\nline two"),
            row("3", "a,b"),
            row("4", "plain")),
        rows);
    TableSchema schema = format.inferSchema(fixture("quoted.csv"), FormatOptions.DEFAULTS);
    assertTrue(((CsvDialect) schema.formatState()).quotedLineBreaks());
  }

  @Test
  void byteOrderMarkIsNotPartOfTheFirstName() throws Exception {
    TableSchema schema = format.inferSchema(fixture("bom.csv"), FormatOptions.DEFAULTS);
    assertEquals(List.of("id:INTEGER", "name:VARCHAR"), columns(schema));
    assertEquals(List.of(row("1", "ann"), row("2", "bob")), readAll(fixture("bom.csv")));
  }
}
