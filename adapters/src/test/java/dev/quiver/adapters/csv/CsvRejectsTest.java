package dev.quiver.adapters.csv;

import static dev.quiver.adapters.csv.CsvTestSupport.options;
import static dev.quiver.adapters.csv.CsvTestSupport.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quiver.adapters.spi.FormatOptions;
import dev.quiver.adapters.spi.ReaderException;
import dev.quiver.adapters.spi.ScanPartition;
import dev.quiver.adapters.spi.ScanSpec;
import dev.quiver.adapters.spi.TableSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvRejectsTest {
  private static final ArrowType INT = new ArrowType.Int(32, true);
  private static final ArrowType DOUBLE = new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE);
  private static final ArrowType TEXT = ArrowType.Utf8.INSTANCE;

  @TempDir Path dir;

  @Test
  void rowsWithTooManyFieldsAreSkippedAndWrittenToTheRejectsFile() throws IOException {
    Path file =
        CsvTestSupport.write(dir, "t.csv", "id,name\n1,a\n2,b,extra\n3,c\n4,\"d\",x,y\n5,e\n");
    Path rejects = dir.resolve("rejects.csv");
    Result result = read(file, rejectOptions(rejects), null, 4096);
    assertEquals(List.of(row("1", "a"), row("3", "c"), row("5", "e")), result.rows);
    assertEquals(2, result.rejected);
    assertEquals(
        RejectsFile.HEADER
            + q(file) + ",3,,,\"row has 3 fields, expected 2 (as in the first row)\",\"2,b,extra\"\n"
            + q(file) + ",5,,,\"row has 4 fields, expected 2 (as in the first row)\","
            + "\"4,\"\"d\"\",x,y\"\n",
        Files.readString(rejects));
  }

  @Test
  void valuesThatDoNotFitTheirTypeRejectTheirRowOnce() throws IOException {
    Path file =
        CsvTestSupport.write(
            dir, "t.csv", "id,amount,note\n1,1.5,a\nx,2.5,b\n3,n/a,c\n4,oops,d\nz,zz,e\n6,6.5,f\n");
    Path rejects = dir.resolve("rejects.csv");
    Result result = read(file, rejectOptions(rejects), types(INT, DOUBLE, TEXT), 4096);
    assertEquals(List.of(row("1", "1.5", "a"), row("6", "6.5", "f")), result.rows);
    assertEquals(4, result.rejected);
    List<String> lines = Files.readAllLines(rejects);
    assertEquals(5, lines.size());
    assertEquals(
        q(file) + ",3,\"id\",\"x\",\"cannot read 'x' as INTEGER (type inferred from all 6 rows)\","
            + "\"x,2.5,b\"",
        lines.get(1));
    assertTrue(lines.get(2).startsWith(q(file) + ",4,\"amount\",\"n/a\",\"cannot read 'n/a' as DOUBLE"));
    assertTrue(lines.get(3).startsWith(q(file) + ",5,\"amount\",\"oops\","));
    // Both values of line 6 are bad; the row is rejected once, for the first column read.
    assertTrue(lines.get(4).startsWith(q(file) + ",6,\"id\",\"z\","), lines.get(4));
  }

  @Test
  void invalidUtf8InATextColumnRejectsTheRow() throws IOException {
    byte[] latin1 = "2,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
    java.io.ByteArrayOutputStream text = new java.io.ByteArrayOutputStream();
    text.writeBytes("id,name\n1,ok\n".getBytes(StandardCharsets.UTF_8));
    text.writeBytes(latin1);
    text.writeBytes("3,fine\n".getBytes(StandardCharsets.UTF_8));
    Path file = Files.write(dir.resolve("t.csv"), text.toByteArray());
    Path rejects = dir.resolve("rejects.csv");
    Result result = read(file, rejectOptions(rejects), types(INT, TEXT), 4096);
    assertEquals(List.of(row("1", "ok"), row("3", "fine")), result.rows);
    assertEquals(1, result.rejected);
    String written = Files.readString(rejects);
    assertTrue(written.contains(",3,\"name\",\"caf\ufffd\",\"invalid UTF-8 at byte offset 18 (byte 0xE9)"), written);
  }

  @Test
  void anUnclosedQuoteAtTheEndRejectsTheRestOfTheFile() throws IOException {
    Path file = CsvTestSupport.write(dir, "t.csv", "id,name\n1,a\n2,\"open\n3,c\n");
    Path rejects = dir.resolve("rejects.csv");
    Result result = read(file, rejectOptions(rejects), types(INT, TEXT), 4096);
    assertEquals(List.of(row("1", "a")), result.rows);
    assertEquals(1, result.rejected);
    List<String> lines = Files.readAllLines(rejects);
    assertEquals(2, lines.size());
    assertTrue(lines.get(1).startsWith(q(file) + ",3,,,\"unclosed quote"), lines.get(1));
    assertTrue(lines.get(1).endsWith(",\"2,\"\"open\""), lines.get(1));
  }

  @Test
  void textAfterAClosingQuoteRejectsThatLine() throws IOException {
    Path file = CsvTestSupport.write(dir, "t.csv", "id,name\n1,a\n2,\"b\"x\n3,c\n4,\"d\"y");
    Result result = read(file, options("ignore_errors", "true"), types(INT, TEXT), 4096);
    assertEquals(List.of(row("1", "a"), row("3", "c")), result.rows);
    assertEquals(2, result.rejected);
  }

  @Test
  void keptRowsDoNotDependOnTheColumnsRead() throws IOException {
    Path file = CsvTestSupport.write(dir, "t.csv", "id,amount\n1,1.5\n2,bad\n3,3.5\n");
    FormatOptions options = options("ignore_errors", "true");
    CsvFormat format = new CsvFormat();
    TableSchema schema = retype(format.inferSchema(file, options), types(INT, DOUBLE));
    Result idsOnly = read(format, file, schema, new ScanSpec(new int[] {0}, 4096));
    assertEquals(List.of(row("1"), row("3")), idsOnly.rows);
    assertEquals(1, idsOnly.rejected);
    Result twice = read(format, file, schema, new ScanSpec(new int[] {1, 0, 1}, 4096));
    assertEquals(List.of(row("1.5", "1", "1.5"), row("3.5", "3", "3.5")), twice.rows);
  }

  @Test
  void manySmallBatchesAndBufferRefillsKeepExactlyTheGoodRows() throws IOException {
    StringBuilder text = new StringBuilder("id,amount,tag\n");
    List<List<String>> good = new ArrayList<>();
    int bad = 0;
    for (int i = 0; i < 2000; i++) {
      if (i % 7 == 3) {
        text.append(i).append(",x").append(i).append(",t\n");
        bad++;
      } else if (i % 11 == 5) {
        text.append(i).append(",1,t,extra\n");
        bad++;
      } else {
        text.append(i).append(',').append(i).append(".5,t").append(i % 5).append('\n');
        good.add(row(Integer.toString(i), i + ".5", "t" + (i % 5)));
      }
    }
    Path file = CsvTestSupport.write(dir, "t.csv", text.toString());
    Path rejects = dir.resolve("rejects.csv");
    CsvFormat format = new CsvFormat(64);
    TableSchema schema =
        retype(format.inferSchema(file, rejectOptions(rejects)), types(INT, DOUBLE, TEXT));
    Result result = read(format, file, schema, new ScanSpec(new int[] {0, 1, 2}, 5));
    assertEquals(good, result.rows);
    assertEquals(bad, result.rejected);
    assertEquals(bad + 1, Files.readAllLines(rejects).size());
  }

  @Test
  void partitionsRejectTheirOwnRowsWithFileLineNumbers() throws IOException {
    StringBuilder text = new StringBuilder("id,name\n");
    for (int i = 0; i < 3000; i++) {
      text.append(i).append(i % 100 == 42 ? ",x,extra\n" : ",n\n");
    }
    Path file = CsvTestSupport.write(dir, "t.csv", text.toString());
    Path rejects = dir.resolve("rejects.csv");
    CsvFormat format = new CsvFormat();
    TableSchema schema = format.inferSchema(file, rejectOptions(rejects));
    List<ScanPartition> partitions = format.partitions(file, schema, 4, 1);
    assertEquals(4, partitions.size());
    long rows = 0;
    long rejected = 0;
    try (BufferAllocator allocator = new RootAllocator()) {
      for (ScanPartition partition : partitions) {
        try (CsvBatchReader reader =
            (CsvBatchReader) format.open(partition, schema, ScanSpec.allColumns(schema), allocator)) {
          while (reader.next()) {
            rows += reader.root().getRowCount();
          }
          rejected += reader.rejectedRows();
        }
      }
      assertEquals(0, allocator.getAllocatedMemory(), "allocator leaked");
    }
    assertEquals(30, rejected);
    assertEquals(2970, rows);
    List<Long> lines = new ArrayList<>();
    for (List<String> reject : CsvTestSupport.readAll(rejects)) {
      lines.add(Long.parseLong(reject.get(1)));
    }
    lines.sort(null);
    List<Long> expected = new ArrayList<>();
    for (int i = 42; i < 3000; i += 100) {
      expected.add(i + 2L);
    }
    assertEquals(expected, lines);
  }

  @Test
  void theRejectsFileReadsBackAsATableAndAppends() throws IOException {
    Path file = CsvTestSupport.write(dir, "t.csv", "a,b\n1,2\n3,4,5\n6,7\n8,\"9,\"\"x\"\"\",0\n");
    Path rejects = dir.resolve("rejects.csv");
    read(file, rejectOptions(rejects), null, 4096);
    read(file, rejectOptions(rejects), null, 4096);
    List<List<String>> back = CsvTestSupport.readAll(rejects);
    assertEquals(4, back.size());
    assertEquals(row(file.toString(), "3", null, null, "row has 3 fields, expected 2 (as in the first row)", "3,4,5"), back.get(0));
    assertEquals("8,\"9,\"\"x\"\"\",0", back.get(1).get(5));
    assertEquals(back.subList(0, 2), back.subList(2, 4));
    TableSchema schema = new CsvFormat().inferSchema(rejects, FormatOptions.DEFAULTS);
    assertEquals(
        List.of("file:VARCHAR", "line:INTEGER", "column:VARCHAR", "value:VARCHAR", "reason:VARCHAR", "raw_line:VARCHAR"),
        CsvTestSupport.columns(schema));
  }

  @Test
  void withoutIgnoreErrorsTheFirstBadRowStillFails() throws IOException {
    Path file = CsvTestSupport.write(dir, "t.csv", "id,name\n1,a\n2,b,extra\n");
    ReaderException e = assertThrows(ReaderException.class, () -> read(file, FormatOptions.DEFAULTS, null, 4096));
    assertEquals(3, e.line());
    ReaderException off = assertThrows(ReaderException.class, () -> read(file, options("ignore_errors", "false"), null, 4096));
    assertEquals(e.getMessage(), off.getMessage());
  }

  @Test
  void ignoreErrorsWithoutARejectsFileOnlyCounts() throws IOException {
    Path file = CsvTestSupport.write(dir, "t.csv", "id,name\n1,a\n2,b,extra\n");
    Result result = read(file, options("ignore_errors", "TRUE"), null, 4096);
    assertEquals(List.of(row("1", "a")), result.rows);
    assertEquals(1, result.rejected);
    try (var files = Files.list(dir)) {
      assertEquals(1, files.count(), "no file written besides the data");
    }
  }

  @Test
  void badOptionValuesAreNamed() throws IOException {
    Path file = CsvTestSupport.write(dir, "t.csv", "a\n1\n");
    CsvFormat format = new CsvFormat();
    IllegalArgumentException notBoolean =
        assertThrows(IllegalArgumentException.class, () -> format.inferSchema(file, options("ignore_errors", "yes")));
    assertEquals("Option ignore_errors expects true or false, got 'yes'", notBoolean.getMessage());
    IllegalArgumentException alone =
        assertThrows(IllegalArgumentException.class, () -> format.inferSchema(file, options("rejects_file", "r.csv")));
    assertTrue(alone.getMessage().startsWith("Option rejects_file needs ignore_errors=true"));
  }

  @Test
  void theSchemaNotesSayRowsAreSkipped() throws IOException {
    Path file = CsvTestSupport.write(dir, "t.csv", "a\n1\n");
    TableSchema schema = new CsvFormat().inferSchema(file, options("ignore_errors", "true"));
    assertTrue(schema.notes().contains("malformed rows are skipped (ignore_errors)"), schema.notes().toString());
    assertFalse(new CsvFormat().inferSchema(file, FormatOptions.DEFAULTS).notes().toString().contains("ignore_errors"));
  }

  // --- helpers

  private record Result(List<List<String>> rows, long rejected) {}

  private static String q(Path file) {
    return "\"" + file + "\"";
  }

  private static FormatOptions rejectOptions(Path rejects) {
    return options("ignore_errors", "true", "rejects_file", rejects.toString());
  }

  private static ArrowType[] types(ArrowType... types) {
    return types;
  }

  /** The schema with chosen types, as a user's declared types would give. */
  private static TableSchema retype(TableSchema schema, ArrowType[] types) {
    if (types == null) {
      return schema;
    }
    List<Field> fields = new ArrayList<>();
    List<Field> inferred = schema.arrowSchema().getFields();
    for (int i = 0; i < inferred.size(); i++) {
      fields.add(Field.nullable(inferred.get(i).getName(), types[i]));
    }
    return new TableSchema(new Schema(fields), schema.notes(), schema.formatState());
  }

  private static Result read(Path file, FormatOptions options, ArrowType[] types, int batchRows)
      throws IOException {
    CsvFormat format = new CsvFormat();
    TableSchema schema = retype(format.inferSchema(file, options), types);
    int[] all = ScanSpec.allColumns(schema).columns();
    return read(format, file, schema, new ScanSpec(all, batchRows));
  }

  /** Reads every partition (one reader each), checking the allocator for leaks. */
  private static Result read(CsvFormat format, Path file, TableSchema schema, ScanSpec spec)
      throws IOException {
    List<List<String>> rows = new ArrayList<>();
    long rejected = 0;
    try (BufferAllocator allocator = new RootAllocator()) {
      try (CsvBatchReader reader =
          (CsvBatchReader) format.open(ScanPartition.wholeFile(file), schema, spec, allocator)) {
        while (reader.next()) {
          VectorSchemaRoot root = reader.root();
          for (int r = 0; r < root.getRowCount(); r++) {
            List<String> row = new ArrayList<>();
            for (FieldVector vector : root.getFieldVectors()) {
              Object value = vector.getObject(r);
              row.add(value == null ? null : String.valueOf(value));
            }
            rows.add(row);
          }
        }
        rejected = reader.rejectedRows();
      }
      assertEquals(0, allocator.getAllocatedMemory(), "allocator leaked");
    }
    return new Result(rows, rejected);
  }
}
