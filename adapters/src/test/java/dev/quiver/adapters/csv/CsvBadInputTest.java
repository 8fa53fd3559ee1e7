package dev.quiver.adapters.csv;

import static dev.quiver.adapters.csv.CsvTestSupport.columns;
import static dev.quiver.adapters.csv.CsvTestSupport.fixture;
import static dev.quiver.adapters.csv.CsvTestSupport.readAll;
import static dev.quiver.adapters.csv.CsvTestSupport.row;
import static dev.quiver.adapters.csv.CsvTestSupport.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quiver.adapters.spi.BatchReader;
import dev.quiver.adapters.spi.FormatOptions;
import dev.quiver.adapters.spi.ReaderException;
import dev.quiver.adapters.spi.ScanPartition;
import dev.quiver.adapters.spi.ScanSpec;
import dev.quiver.adapters.spi.TableSchema;
import java.nio.file.Path;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every malformed input ends in a ReaderException that names the place, never in lost rows. */
class CsvBadInputTest {
  private final CsvFormat format = new CsvFormat();
  @TempDir Path dir;

  private ReaderException readFails(Path file) {
    return assertThrows(ReaderException.class, () -> readAll(file));
  }

  @Test
  void tooManyFieldsNamesLineAndCounts() {
    ReaderException e = readFails(fixture("bad/too_many_fields.csv"));
    assertEquals(3, e.line());
    assertTrue(e.getMessage().contains("row has 4 fields, expected 3"), e.getMessage());
    assertTrue(e.getMessage().contains("too_many_fields.csv:3: "), e.getMessage());
    assertTrue(e.getMessage().contains("Line: 4,5,6,7"), e.getMessage());
  }

  @Test
  void tooFewFieldsArePaddedWithNulls() throws Exception {
    assertEquals(
        List.of(row("1", "2", "3"), row("4", "5", null), row("6", null, null)),
        readAll(fixture("bad/too_few_fields.csv")));
  }

  @Test
  void unclosedQuoteNamesTheLineWhereItOpened() {
    ReaderException e = readFails(fixture("bad/unclosed_quote.csv"));
    assertEquals(3, e.line());
    assertTrue(e.getMessage().contains("unclosed quote"), e.getMessage());
    assertTrue(e.getMessage().contains("Line: 2,\"never"), e.getMessage());
  }

  @Test
  void unclosedQuoteFoundByTheReaderAfterTheSample() throws Exception {
    StringBuilder csv = new StringBuilder("id,text\n");
    for (int i = 1; i <= 100; i++) {
      csv.append(i).append(",t").append(i).append('\n');
    }
    csv.append("101,\"open\nand never closed\n");
    Path file = write(dir, "late_quote.csv", csv.toString());
    TableSchema schema = format.inferSchema(file, CsvTestSupport.options("sample_size", "10"));
    ReaderException e =
        assertThrows(
            ReaderException.class,
            () ->
                CsvTestSupport.read(
                    format, ScanPartition.wholeFile(file), schema, ScanSpec.allColumns(schema)));
    assertEquals(102, e.line());
  }

  @Test
  void textAfterClosingQuoteIsAnError() throws Exception {
    Path file = write(dir, "junk.csv", "a,b\n1,\"x\"y\n");
    ReaderException e = readFails(file);
    assertEquals(2, e.line());
    assertTrue(e.getMessage().contains("after a closing quote"), e.getMessage());
  }

  @Test
  void invalidUtf8NamesLineColumnAndOffset() {
    ReaderException e = readFails(fixture("bad/invalid_utf8.csv"));
    assertEquals(3, e.line());
    assertEquals("name", e.column());
    assertTrue(e.getMessage().contains("invalid UTF-8 at byte offset 17 (byte 0xE9)"), e.getMessage());
  }

  @Test
  void emptyFilesHaveNothingToInfer() throws Exception {
    for (Path file :
        List.of(
            fixture("bad/empty.csv"),
            write(dir, "bom_only.csv", "\uFEFF"),
            write(dir, "blank_lines.csv", "\n\r\n\n"))) {
      ReaderException e =
          assertThrows(
              ReaderException.class, () -> format.inferSchema(file, FormatOptions.DEFAULTS));
      assertTrue(
          e.getMessage().contains("file is empty: no header and no rows to infer columns from"),
          e.getMessage());
    }
  }

  @Test
  void headerOnlyFileIsVarcharWithNoRows() throws Exception {
    Path file = fixture("bad/header_only.csv");
    TableSchema schema = format.inferSchema(file, FormatOptions.DEFAULTS);
    assertEquals(List.of("id:VARCHAR", "name:VARCHAR", "amount:VARCHAR"), columns(schema));
    assertEquals(List.of(), readAll(file));
  }

  @Test
  void lateTextOutsideTheSampleNamesLineValueAndFix() throws Exception {
    Path file = fixture("bad/late_text.csv");
    TableSchema schema = format.inferSchema(file, FormatOptions.DEFAULTS);
    assertEquals(List.of("id:INTEGER", "amount:DOUBLE"), columns(schema));
    ReaderException e = readFails(file);
    assertEquals(30001, e.line());
    assertEquals("amount", e.column());
    assertTrue(
        e.getMessage()
            .contains(
                "late_text.csv:30001: column 'amount': cannot read 'n/a' as DOUBLE (type inferred"
                    + " from 20000 rows sampled across the file)"),
        e.getMessage());
    assertTrue(e.getMessage().contains(";sample_size=0 samples every row) so the column is inferred as VARCHAR"));
    assertTrue(e.getMessage().endsWith("Line: 30000,n/a"), e.getMessage());
    // The fix the hint gives works.
    TableSchema everyRow = format.inferSchema(file, CsvTestSupport.options("sample_size", "0"));
    assertEquals(List.of("id:INTEGER", "amount:VARCHAR"), columns(everyRow));
  }

  @Test
  void leakFreeAfterAnErrorMidRead() throws Exception {
    Path file = fixture("bad/late_text.csv");
    TableSchema schema = format.inferSchema(file, FormatOptions.DEFAULTS);
    try (BufferAllocator allocator = new RootAllocator()) {
      int batches = 0;
      try (BatchReader reader =
          format.open(
              ScanPartition.wholeFile(file), schema, ScanSpec.allColumns(schema), allocator)) {
        assertThrows(
            ReaderException.class,
            () -> {
              while (reader.next()) {
                assertTrue(reader.root().getRowCount() > 0);
              }
            });
        batches = (int) reader.metrics().batches();
      }
      assertEquals(7, batches, "rows before the bad one came out in full batches");
      assertEquals(0, allocator.getAllocatedMemory());
    }
  }
}
