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
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Delimiter, header and type inference, including the sample spread over the whole file. */
class CsvSniffingTest {
  private final CsvFormat format = new CsvFormat();
  @TempDir Path dir;

  private TableSchema infer(String name, String content, FormatOptions options) throws IOException {
    return format.inferSchema(write(dir, name, content), options);
  }

  private List<String> types(String content) throws IOException {
    return columns(infer("t.csv", content, FormatOptions.DEFAULTS));
  }

  @Test
  void eachTypeAndItsWidening() throws Exception {
    assertEquals(List.of("a:INTEGER", "b:BIGINT", "c:DOUBLE", "d:BOOLEAN"),
        types("a,b,c,d\n1,1,1,true\n2,5000000000,2.5,FALSE\n"));
    assertEquals(List.of("a:DOUBLE", "b:TIMESTAMP", "c:DATE"),
        types("a,b,c\n1,2024-01-01,2024-01-01\n1.5,2024-01-01 10:00:00,2024-01-02\n"));
    assertEquals(List.of("a:VARCHAR", "b:VARCHAR", "c:VARCHAR", "d:VARCHAR"),
        types("a,b,c,d\n1,true,2024-01-01,99999999999999999999\n"
            + "x,1,7,1\n"));
    assertEquals(List.of("zoned:VARCHAR", "empty:VARCHAR", "n:INTEGER"),
        types("zoned,empty,n\n2024-01-01T00:00:00Z,,1\n2024-01-02T00:00:00Z,,\"2\"\n"));
  }

  @Test
  void quotedEmptyIsNullForTypedColumnsAndEmptyForText() throws Exception {
    Path file = write(dir, "q.csv", "n,s\n1,a\n\"\",\"\"\n,\n");
    assertEquals(List.of("n:INTEGER", "s:VARCHAR"), columns(format.inferSchema(file, FormatOptions.DEFAULTS)));
    assertEquals(List.of(row("1", "a"), row(null, ""), row(null, null)), readAll(file));
  }

  @Test
  void headerDetectedWhenTextSitsOverTypedValues() throws Exception {
    TableSchema schema = infer("h.csv", "ID,Name\n1,ann\n2,bob\n", FormatOptions.DEFAULTS);
    assertEquals(List.of("ID:INTEGER", "Name:VARCHAR"), columns(schema));
  }

  @Test
  void noHeaderWhenTheFirstRowFitsTheTypes() throws Exception {
    TableSchema schema = infer("n.csv", "1,ann\n2,bob\n", FormatOptions.DEFAULTS);
    assertEquals(List.of("column0:INTEGER", "column1:VARCHAR"), columns(schema));
  }

  @Test
  void allTextHeaderNeedsDistinctNonEmptyValues() throws Exception {
    assertEquals(List.of("x:VARCHAR", "y:VARCHAR"), types("x,y\na,b\nc,d\n"));
    assertEquals(List.of("column0:VARCHAR", "column1:VARCHAR"), types("a,a\nb,c\n"));
    assertEquals(List.of("column0:VARCHAR", "column1:VARCHAR"), types("a,\nb,c\n"));
  }

  @Test
  void headerNamesAreDeduplicatedAndFilledIn() throws Exception {
    TableSchema schema = infer("d.csv", "a,,a,a,b\n1,2,3,4,5\n", FormatOptions.DEFAULTS);
    assertEquals(List.of("a:INTEGER", "column1:INTEGER", "a_1:INTEGER", "a_2:INTEGER", "b:INTEGER"),
        columns(schema));
  }

  @Test
  void optionsOverrideTheSniffer() throws Exception {
    TableSchema schema =
        infer("o.csv", "a;b\n1;2\n", options("header", "false", "delim", ";"));
    assertEquals(List.of("column0:VARCHAR", "column1:VARCHAR"), columns(schema));
    TableSchema tabs = infer("o.txt.csv", "a\tb\n1\t2\n", options("delim", "\\t"));
    assertEquals(List.of("a:INTEGER", "b:INTEGER"), columns(tabs));
    TableSchema quote = infer("q.csv", "a,b\n'x,y',2\n", options("quote", "'"));
    assertEquals(List.of("a:VARCHAR", "b:INTEGER"), columns(quote));
    assertThrows(IllegalArgumentException.class, () -> infer("x.csv", "a\n", options("delim", "ab")));
  }

  @Test
  void oneColumnFileIsLegal() throws Exception {
    Path file = write(dir, "one.csv", "value\n1\n\n2\n");
    assertEquals(List.of("value:INTEGER"), columns(format.inferSchema(file, FormatOptions.DEFAULTS)));
    assertEquals(List.of(row("1"), row("2")), readAll(file));
  }

  @Test
  void tsvPrefersTab() throws Exception {
    TableSchema schema = infer("t.tsv", "a,b\tc\n1,2\t3\n", FormatOptions.DEFAULTS);
    assertEquals(List.of("a,b:VARCHAR", "c:INTEGER"), columns(schema));
  }

  private static String amounts(int rows, int oddRow) {
    StringBuilder csv = new StringBuilder("id,amount\n");
    for (int i = 1; i <= rows; i++) {
      csv.append(i).append(',').append(i == oddRow ? "n/a" : (i % 1000) + ".25").append('\n');
    }
    return csv.toString();
  }

  @Test
  void oddValueInsideASampledChunkFarFromTheHeadMakesText() throws Exception {
    // 100k rows in 10 regions: region 9 starts near row 90000 and samples 2000 rows from there.
    TableSchema schema = infer("far.csv", amounts(100_000, 90_500), FormatOptions.DEFAULTS);
    assertEquals(List.of("id:INTEGER", "amount:VARCHAR"), columns(schema));
    assertTrue(schema.notes().contains("types inferred from 20000 rows sampled across the file"),
        schema.notes().toString());
  }

  @Test
  void oddValueBetweenSampledChunksFailsTheReadWithItsLine() throws Exception {
    Path file = write(dir, "gap.csv", amounts(100_000, 95_000));
    TableSchema schema = format.inferSchema(file, FormatOptions.DEFAULTS);
    assertEquals(List.of("id:INTEGER", "amount:DOUBLE"), columns(schema));
    ReaderException e = assertThrows(ReaderException.class, () -> readAll(file));
    assertEquals(95_001, e.line());
    assertEquals("amount", e.column());
  }
}
