package dev.quiver.adapters.csv;

import static dev.quiver.adapters.csv.CsvTestSupport.options;
import static dev.quiver.adapters.csv.CsvTestSupport.read;
import static dev.quiver.adapters.csv.CsvTestSupport.readAll;
import static dev.quiver.adapters.csv.CsvTestSupport.row;
import static dev.quiver.adapters.csv.CsvTestSupport.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quiver.adapters.spi.FormatOptions;
import dev.quiver.adapters.spi.ReaderException;
import dev.quiver.adapters.spi.ScanPartition;
import dev.quiver.adapters.spi.ScanSpec;
import dev.quiver.adapters.spi.TableSchema;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The escape option: the tokenizer, buffer and partition boundaries, sniffing, and bad rows. */
class CsvEscapeTest {
  private static final FormatOptions BACKSLASH = options("escape", "\\");

  @TempDir Path dir;

  /** Tokenizes {@code text} as one buffer; returns the status and fills {@code table} row 0. */
  private static int tokenize(CsvTokenizer tokenizer, String text, boolean eof, FieldTable table) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return tokenizer.tokenizeRow(bytes, 0, bytes.length, eof, table, 0);
  }

  @Test
  void theTokenizerSkipsEscapedQuotesDelimitersAndItself() {
    CsvTokenizer tokenizer = new CsvTokenizer((byte) ',', (byte) '"', (byte) '\\');
    FieldTable table = new FieldTable(3, 1);
    String row = "1,\"say \\\"hi\\\", x\\\\\",z\n";
    assertEquals(row.length(), tokenize(tokenizer, row, false, table));
    assertEquals(3, tokenizer.fieldCount);
    assertEquals(FieldTable.ESCAPED, table.kinds[table.base(1)]);
    assertEquals(FieldTable.PLAIN, table.kinds[table.base(2)]);
    // A row cut right after an escape needs more bytes, and is an unclosed quote at the end.
    assertEquals(CsvTokenizer.NEED_MORE, tokenize(tokenizer, "1,\"a\\", false, table));
    assertEquals(CsvTokenizer.UNCLOSED_QUOTE, tokenize(tokenizer, "1,\"a\\", true, table));
    // An escaped closing quote leaves the field open.
    assertEquals(CsvTokenizer.UNCLOSED_QUOTE, tokenize(tokenizer, "1,\"a\\\",b\n", true, table));
    // An escaped line break is a line break inside quotes.
    assertEquals(9, tokenize(tokenizer, "1,\"a\\\nb\"\n", true, table));
    assertEquals(1, tokenizer.quotedLineBreaks);
  }

  @Test
  void escapedValuesReadAsDuckDbReadsThem() throws Exception {
    Path file =
        write(
            dir,
            "escaped.csv",
            "id,text\n"
                + "1,\"say \\\"hi\\\"\"\n"
                + "2,\"back\\\\slash\"\n"
                + "3,\"c:\\temp\"\n"
                + "4,\"doubled \"\" too\"\n"
                + "5,unquoted \\\" stays\n"
                + "6,\"a\\,b\"\n"
                + "7,\"\"\n");
    assertEquals(
        List.of(
            row("1", "say \"hi\""),
            row("2", "back\\slash"),
            row("3", "c:temp"),
            row("4", "doubled \" too"),
            row("5", "unquoted \\\" stays"),
            row("6", "a,b"),
            row("7", "")),
        readAll(new CsvFormat(), file, BACKSLASH));
    // Without the option the same file is RFC 4180, where \" ends the field.
    assertThrows(ReaderException.class, () -> readAll(file));
  }

  @Test
  void escapesCrossingBufferBoundariesReadTheSame() throws Exception {
    StringBuilder csv = new StringBuilder("id,text,n\n");
    for (int i = 0; i < 500; i++) {
      csv.append(i).append(",\"q\\\"").append("x".repeat(i % 7)).append("\\\\\\\"\",").append(i)
          .append('\n');
    }
    Path file = write(dir, "boundaries.csv", csv.toString());
    List<List<String>> expected = readAll(new CsvFormat(), file, BACKSLASH);
    assertEquals(500, expected.size());
    assertEquals(row("3", "q\"xxx\\\"", "3"), expected.get(3));
    for (int bufferBytes : new int[] {7, 16, 61, 4096}) {
      assertEquals(
          expected, readAll(new CsvFormat(bufferBytes), file, BACKSLASH), "buffer " + bufferBytes);
    }
  }

  /**
   * Every byte offset of the file, inside escaped quotes or next to them, as the boundary between
   * two partitions: together they read exactly the rows of the whole file.
   */
  @Test
  void aPartitionBoundaryAtAnyByteKeepsEveryRowOnce() throws Exception {
    StringBuilder csv = new StringBuilder("id,text,amount\n");
    for (int i = 0; i < 40; i++) {
      csv.append(i).append(",\"")
          .append(i % 3 == 0 ? "\\\"" : "")
          .append("v,").append(i)
          .append(i % 2 == 0 ? "\\\\" : "\\\",\\\"")
          .append("\",").append(i * 0.5).append('\n');
    }
    Path file = write(dir, "cuts.csv", csv.toString());
    CsvFormat format = new CsvFormat(32);
    TableSchema schema = format.inferSchema(file, BACKSLASH);
    assertFalse(((CsvDialect) schema.formatState()).quotedLineBreaks());
    List<List<String>> whole = readAll(new CsvFormat(), file, BACKSLASH);
    assertEquals(40, whole.size());
    assertEquals(row("3", "\"v,3\",\"", "1.5"), whole.get(3));
    long size = Files.size(file);
    for (long cut = 0; cut <= size; cut++) {
      List<List<String>> together = new ArrayList<>();
      together.addAll(
          read(format, new ScanPartition(file, 0, 0, cut), schema, ScanSpec.allColumns(schema)));
      together.addAll(
          read(
              format,
              new ScanPartition(file, 1, cut, Long.MAX_VALUE),
              schema,
              ScanSpec.allColumns(schema)));
      assertEquals(whole, together, "cut at byte " + cut);
    }
    List<ScanPartition> partitions = format.partitions(file, schema, 7, 1);
    assertEquals(7, partitions.size());
  }

  @Test
  void anEscapedLineBreakMakesTheFileOnePartition() throws Exception {
    Path file = write(dir, "break.csv", "id,text\n1,\"a\\\nb\"\n2,c\n");
    CsvFormat format = new CsvFormat();
    TableSchema schema = format.inferSchema(file, BACKSLASH);
    assertTrue(((CsvDialect) schema.formatState()).quotedLineBreaks());
    assertEquals(List.of(ScanPartition.wholeFile(file)), format.partitions(file, schema, 4, 1));
    assertEquals(List.of(row("1", "a\nb"), row("2", "c")), readAll(format, file, BACKSLASH));
  }

  @Test
  void theSnifferUsesTheEscapeForTheDelimiterAndTheHeader() throws Exception {
    // Escaped quotes hide the ';' and ',' inside the fields; the header names are unescaped.
    Path file =
        write(
            dir,
            "sniff.csv",
            "\"say \\\"x\\\"\";b\n\"1\\\";2,3\";4\n\"5;\\\"6\";7\n\"8,\\\",9\";10\n");
    TableSchema schema = new CsvFormat().inferSchema(file, BACKSLASH);
    assertEquals(List.of("say \"x\":VARCHAR", "b:INTEGER"), CsvTestSupport.columns(schema));
    assertEquals(';', ((CsvDialect) schema.formatState()).delimiter());
    assertTrue(schema.notes().contains("escape: '\\' (given)"), schema.notes().toString());
    assertEquals(
        List.of(row("1\";2,3", "4"), row("5;\"6", "7"), row("8,\",9", "10")),
        readAll(new CsvFormat(), file, BACKSLASH));
  }

  @Test
  void badQuotingUnderAnEscapeIsRejectedAndTheHintNamesTheEscape() throws Exception {
    Path file = write(dir, "bad.csv", "id,text\n1,\"ok\"\n2,\"x\"y\n3,\"fine \\\"\"\n");
    ReaderException error =
        assertThrows(ReaderException.class, () -> readAll(new CsvFormat(), file, BACKSLASH));
    assertEquals(3, error.line());
    assertTrue(
        error.getMessage().contains("escape any quote inside a quoted field (\\\")"),
        error.getMessage());
    Path rejects = dir.resolve("rejects.csv");
    FormatOptions skip =
        options("escape", "\\", "ignore_errors", "true", "rejects_file", rejects.toString());
    assertEquals(
        List.of(row("1", "ok"), row("3", "fine \"")), readAll(new CsvFormat(), file, skip));
    List<String> lines = Files.readAllLines(rejects);
    assertEquals(2, lines.size());
    assertTrue(lines.get(1).contains(",3,,,\"unexpected 'y' after a closing quote"), lines.get(1));
    assertTrue(lines.get(1).endsWith(",\"2,\"\"x\"\"y\""), lines.get(1));
  }

  /** Inference used to fail on such a row when it fell in the sampled head of the file. */
  @Test
  void aBadlyQuotedRowInTheSampledHeadIsSkippedUnderIgnoreErrors() throws Exception {
    StringBuilder csv = new StringBuilder("id,text\n1,\"a\"\n2,\"b\\\"\"x\n");
    for (int i = 3; i < 300; i++) {
      csv.append(i).append(",\"n\\\"").append(i).append("\"\n");
    }
    Path file = write(dir, "head.csv", csv.toString());
    for (String sampleSize : new String[] {"0", "20000", "10"}) {
      FormatOptions skip =
          options("escape", "\\", "ignore_errors", "true", "sample_size", sampleSize);
      List<List<String>> rows = readAll(new CsvFormat(), file, skip);
      assertEquals(298, rows.size(), "sample_size " + sampleSize);
      assertEquals(row("1", "a"), rows.get(0));
      assertEquals(row("3", "n\"3"), rows.get(1));
      FormatOptions strict = options("escape", "\\", "sample_size", sampleSize);
      assertThrows(ReaderException.class, () -> readAll(new CsvFormat(), file, strict));
    }
  }

  @Test
  void anEscapedClosingQuoteLeavesTheQuoteOpenToTheEnd() throws Exception {
    Path file = write(dir, "open.csv", "id,text\n1,a\n2,\"oops\\\"\n3,c\n");
    ReaderException error =
        assertThrows(ReaderException.class, () -> readAll(new CsvFormat(), file, BACKSLASH));
    assertTrue(error.getMessage().contains("unclosed quote"), error.getMessage());
    assertEquals(3, error.line());
    FormatOptions skip = options("escape", "\\", "ignore_errors", "true");
    assertEquals(List.of(row("1", "a")), readAll(new CsvFormat(), file, skip));
  }

  @Test
  void theDefaultEscapeIsTheQuoteAndAnEscapeEqualToTheQuoteChangesNothing() throws Exception {
    Path file = write(dir, "rfc.csv", "id,text\n1,\"say \"\"hi\"\"\"\n2,\"a\\b\"\n");
    List<List<String>> rfc = List.of(row("1", "say \"hi\""), row("2", "a\\b"));
    assertEquals(rfc, readAll(file));
    assertEquals(rfc, readAll(new CsvFormat(), file, options("escape", "\"")));
    Path single = write(dir, "single.csv", "id,text\n1,'it''s'\n2,'a\\'b'\n");
    assertEquals(
        List.of(row("1", "it's"), row("2", "a'b")),
        readAll(new CsvFormat(), single, options("quote", "'", "escape", "\\")));
  }

  @Test
  void badEscapeOptionsAreNamed() throws Exception {
    Path file = write(dir, "t.csv", "a,b\n1,2\n");
    assertEquals(
        "Option escape expects one ASCII character (or \\t), got '\\\\'",
        assertThrows(
                IllegalArgumentException.class,
                () -> new CsvFormat().inferSchema(file, options("escape", "\\\\")))
            .getMessage());
    assertEquals(
        "Option escape cannot be the delimiter (',')",
        assertThrows(
                IllegalArgumentException.class,
                () -> new CsvFormat().inferSchema(file, options("escape", ",")))
            .getMessage());
    assertEquals(
        "Option escape cannot be a line break",
        assertThrows(
                IllegalArgumentException.class,
                () -> new CsvFormat().inferSchema(file, options("escape", "\n")))
            .getMessage());
  }
}
