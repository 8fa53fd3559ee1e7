package dev.quiver.adapters.json;

import static dev.quiver.adapters.json.JsonTestSupport.options;
import static dev.quiver.adapters.json.JsonTestSupport.row;
import static dev.quiver.adapters.json.JsonTestSupport.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quiver.adapters.csv.RejectPolicy;
import dev.quiver.adapters.csv.RejectsFile;
import dev.quiver.adapters.spi.FormatOptions;
import dev.quiver.adapters.spi.ReaderException;
import dev.quiver.adapters.spi.ScanPartition;
import dev.quiver.adapters.spi.ScanSpec;
import dev.quiver.adapters.spi.TableSchema;
import java.io.ByteArrayOutputStream;
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
import org.apache.arrow.vector.complex.ListVector;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ignore_errors and rejects_file: malformed records skipped, the others kept exactly. */
class JsonRejectsTest {
  private static final ArrowType BIGINT = new ArrowType.Int(64, true);
  private static final ArrowType DOUBLE =
      new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE);
  private static final ArrowType TEXT = ArrowType.Utf8.INSTANCE;

  @TempDir Path dir;

  @Test
  void syntaxErrorsInNdjsonSkipTheirLine() throws IOException {
    Path file =
        write(
            dir,
            "t.ndjson",
            "{\"id\":1,\"name\":\"a\"}\n"
                + "{\"id\":2,\"name\":\n"
                + "[1,2]\n"
                + "{\"id\":3,\"name\":\"c\"} trailing\n"
                + "{\"id\":4,\"name\":\"d\",}\n"
                + "{\"id\":5,\"name\":\"e\"}\n");
    Path rejects = dir.resolve("rejects.csv");
    Result result = read(file, rejectOptions(rejects), null, 1024);
    assertEquals(List.of(row("1", "a"), row("5", "e")), result.rows);
    assertEquals(4, result.rejected);
    assertEquals(4, result.metricsRejected);
    assertEquals(
        RejectsFile.HEADER
            + q(file)
            + ",2,,,\"expected a value (object, array, string, number, true, false or"
            + " null), found end of the line (byte offset 35) in the record that starts on this"
            + " line\",\"{\"\"id\"\":2,\"\"name\"\":\"\n"
            + q(file)
            + ",3,,,\"expected '{' to start a record, found '['; each line must hold one"
            + " JSON object (a top-level scalar or array is not a row) (byte offset 36)\","
            + "\"[1,2]\"\n"
            + q(file)
            + ",4,,,\"expected a line break after the object, found 't'; NDJSON holds"
            + " one JSON object per line (byte offset 62)\","
            + "\"{\"\"id\"\":3,\"\"name\"\":\"\"c\"\"} trailing\"\n"
            + q(file)
            + ",5,,,\"expected '\"\"' to start a key, found '}' (byte offset 90)\","
            + "\"{\"\"id\"\":4,\"\"name\"\":\"\"d\"\",}\"\n",
        Files.readString(rejects));
  }

  @Test
  void withoutIgnoreErrorsTheFirstBadRecordStillFails() throws IOException {
    Path file = write(dir, "t.ndjson", "{\"id\":1}\n{\"id\":2,\n{\"id\":3}\n");
    ReaderException e =
        assertThrows(ReaderException.class, () -> read(file, FormatOptions.DEFAULTS, null, 1024));
    assertTrue(
        e.getMessage().startsWith(file + ":3: expected '\"' to start a key, found '{'"),
        e.getMessage());
    IllegalArgumentException noIgnore =
        assertThrows(
            IllegalArgumentException.class,
            () -> read(file, options("rejects_file", dir.resolve("r.csv").toString()), null, 1024));
    assertTrue(noIgnore.getMessage().startsWith("Option rejects_file needs ignore_errors=true"));
  }

  @Test
  void valuesAndKeysTheSchemaCannotHoldRejectTheirRecord() throws IOException {
    Path file =
        write(
            dir,
            "t.ndjson",
            "{\"id\":1,\"amount\":1.5,\"user\":{\"id\":10},\"tags\":[1,2]}\n"
                + "{\"id\":2,\"amount\":\"n/a\",\"tags\":[3]}\n"
                + "{\"id\":3,\"extra\":true}\n"
                + "{\"id\":4,\"user\":{\"id\":\"x\"}}\n"
                + "{\"id\":5,\"tags\":[4,5,\"z\"],\"amount\":2}\n"
                + "{\"id\":6,\"user\":null}\n"
                + "{\"id\":7,\"tags\":[6],\"user\":{\"id\":70},\"amount\":7.5}\n"
                + "{\"id\":8,\"tags\":[8,\"q\"]}\n");
    Path rejects = dir.resolve("rejects.csv");
    Result result = read(file, null, nestedSchema(rejectOptions(rejects)), 1024);
    assertEquals(
        List.of(
            row("1", "1.5", "{\"id\":10}", "[1,2]"),
            row("6", null, null, null),
            row("7", "7.5", "{\"id\":70}", "[6]")),
        result.rows);
    assertEquals(5, result.rejected);
    List<String> lines = Files.readAllLines(rejects);
    assertEquals(6, lines.size());
    assertEquals(
        q(file)
            + ",2,\"amount\",\"\"\"n/a\"\"\",\"cannot read \"\"n/a\"\" as DOUBLE (type inferred"
            + " from a test schema; byte offset 69)\",\"{\"\"id\"\":2,\"\"amount\"\":\"\"n/a\"\","
            + "\"\"tags\"\":[3]}\"",
        lines.get(1));
    assertEquals(
        q(file)
            + ",3,\"extra\",,\"key 'extra' is not in the schema, which was inferred from a test"
            + " schema (byte offset 95)\",\"{\"\"id\"\":3,\"\"extra\"\":true}\"",
        lines.get(2));
    assertTrue(
        lines.get(3).startsWith(q(file) + ",4,\"user.id\",\"\"\"x\"\"\",\"cannot read"),
        lines.get(3));
    assertTrue(lines.get(4).startsWith(q(file) + ",5,\"tags[]\",\"\"\"z\"\"\","), lines.get(4));
    assertTrue(lines.get(5).startsWith(q(file) + ",8,\"tags[]\",\"\"\"q\"\"\","), lines.get(5));
  }

  @Test
  void aRejectedRecordEndingTheBatchLeavesTheBatchExact() throws IOException {
    StringBuilder text = new StringBuilder();
    List<List<String>> expected = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      if (i % 4 == 3) {
        text.append("{\"id\":").append(i).append(",\"tags\":[").append(i).append(",\"bad\"]}\n");
      } else {
        text.append("{\"id\":").append(i).append(",\"tags\":[").append(i).append("]}\n");
        expected.add(row(String.valueOf(i), null, null, "[" + i + "]"));
      }
    }
    Path file = write(dir, "t.ndjson", text.toString());
    // Batches of 3 rows: the record after each full batch is rejected, and a batch's last row is
    // followed by a rejected list that was started at the next position.
    Result result = read(file, null, nestedSchema(options("ignore_errors", "true")), 3);
    assertEquals(expected, result.rows);
    assertEquals(10, result.rejected);
  }

  @Test
  void aRejectedLastRecordLeavesNoListElementsBehind() throws IOException {
    Path file =
        write(
            dir,
            "t.ndjson",
            "{\"id\":1,\"tags\":[1,2]}\n{\"id\":2,\"tags\":[3,4,5],\"amount\":\"bad\"}\n");
    TableSchema schema = nestedSchema(options("ignore_errors", "true"));
    try (BufferAllocator allocator = new RootAllocator();
        JsonBatchReader reader =
            (JsonBatchReader)
                new JsonFormat()
                    .open(
                        ScanPartition.wholeFile(file),
                        schema,
                        new ScanSpec(new int[] {0, 3}, 16),
                        allocator)) {
      assertTrue(reader.next());
      assertEquals(1, reader.root().getRowCount());
      ListVector tags = (ListVector) reader.root().getVector("tags");
      assertEquals("[1,2]", String.valueOf(tags.getObject(0)));
      // The rejected record's complete list was undone: the child holds only the kept elements.
      assertEquals(2, tags.getDataVector().getValueCount());
      assertEquals(1, reader.rejectedRows());
    }
  }

  @Test
  void invalidUtf8RejectsTheRecord() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes("{\"id\":1,\"name\":\"ok\"}\n".getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes("{\"id\":2,\"name\":\"caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1));
    bytes.writeBytes("{\"id\":3,\"name\":\"fine\"}\n".getBytes(StandardCharsets.UTF_8));
    Path file = dir.resolve("t.ndjson");
    Files.write(file, bytes.toByteArray());
    Path rejects = dir.resolve("rejects.csv");
    Result result = read(file, rejectOptions(rejects), null, 1024);
    assertEquals(List.of(row("1", "ok"), row("3", "fine")), result.rows);
    assertEquals(1, result.rejected);
    List<String> lines = Files.readAllLines(rejects);
    assertEquals(2, lines.size());
    assertEquals(
        q(file)
            + ",2,,,\"invalid UTF-8 (byte 0xE9); JSON files must be UTF-8 (byte offset 40)\","
            + "\"{\"\"id\"\":2,\"\"name\"\":\"\"caf\uFFFD\"\"}\"",
        lines.get(1));
  }

  @Test
  void anArrayFileSkipsElementsWhoseBracketsBalance() throws IOException {
    Path file =
        write(
            dir,
            "t.json",
            "[\n {\"id\":1,\"name\":\"a\"},\n {\"id\":2,\"name\":tru},\n"
                + " {\"id\":3,\"name\":\"c\",\"more\":{\"x\":1}},\n {\"id\":4,\"name\":\"d\"}\n]\n");
    Path rejects = dir.resolve("rejects.csv");
    TableSchema schema =
        schema(
            new JsonLayout(
                true, 1, false, "a test schema", RejectPolicy.of(rejectOptions(rejects))),
            Field.nullable("id", BIGINT),
            Field.nullable("name", TEXT));
    Result result = read(file, null, schema, 1024);
    assertEquals(List.of(row("1", "a"), row("4", "d")), result.rows);
    assertEquals(2, result.rejected);
    List<String> lines = Files.readAllLines(rejects);
    assertEquals(3, lines.size());
    assertTrue(
        lines.get(1).startsWith(q(file) + ",3,,,\"expected 'true', found '}'"), lines.get(1));
    assertTrue(lines.get(1).endsWith(",\"{\"\"id\"\":2,\"\"name\"\":tru}\""), lines.get(1));
    assertTrue(
        lines.get(2).startsWith(q(file) + ",4,\"more\",,\"key 'more' is not in the schema"),
        lines.get(2));
  }

  @Test
  void anArrayFileWhoseStructureBreaksStillFails() throws IOException {
    Path file = write(dir, "t.json", "[{\"id\":1}, {\"id\":2} {\"id\":3}]\n");
    TableSchema failing =
        schema(new JsonLayout(true, 1, false, "a test schema"), Field.nullable("id", BIGINT));
    TableSchema ignoring =
        schema(
            new JsonLayout(
                true, 1, false, "a test schema", RejectPolicy.of(options("ignore_errors", "true"))),
            Field.nullable("id", BIGINT));
    String plain =
        assertThrows(ReaderException.class, () -> read(file, null, failing, 1024)).getMessage();
    String skipping =
        assertThrows(ReaderException.class, () -> read(file, null, ignoring, 1024)).getMessage();
    assertEquals(plain, skipping);
    assertTrue(
        plain.contains("expected ',' or ']' after an element of the top-level array"), plain);
  }

  @Test
  void aRecordSpanningLinesIsSkippedWhole() throws IOException {
    Path file =
        write(
            dir,
            "t.ndjson",
            "{\"id\":1,\n \"name\":\"a\"}\n{\"id\":\"two\",\n \"name\":\"b\"}\n"
                + "{\"id\":3,\n \"name\":\"c\"}\n");
    Path rejects = dir.resolve("rejects.csv");
    TableSchema schema =
        schema(
            new JsonLayout(
                false, 0, true, "a test schema", RejectPolicy.of(rejectOptions(rejects))),
            Field.nullable("id", BIGINT),
            Field.nullable("name", TEXT));
    Result result = read(file, null, schema, 1024);
    assertEquals(List.of(row("1", "a"), row("3", "c")), result.rows);
    assertEquals(1, result.rejected);
    List<String> lines = Files.readAllLines(rejects);
    // The raw record keeps its line break inside its quoted field.
    assertEquals(3, lines.size(), lines.toString());
    assertTrue(lines.get(1).startsWith(q(file) + ",3,\"id\",\"\"\"two\"\"\","), lines.get(1));
    assertEquals(" \"\"name\"\":\"\"b\"\"}\"", lines.get(2));
  }

  @Test
  void inferenceSkipsMalformedRecordsUnderIgnoreErrors() throws IOException {
    Path file =
        write(dir, "t.ndjson", "{\"id\":1}\n{\"id\":2,\"junk\":tru}\n{\"id\":\"3\n{\"id\":4}\n");
    JsonFormat format = new JsonFormat();
    TableSchema schema = format.inferSchema(file, options("ignore_errors", "true"));
    assertEquals(List.of("id:Int(64, true)"), JsonTestSupport.columns(schema));
    assertTrue(schema.notes().contains("malformed records are skipped (ignore_errors)"),
        schema.notes().toString());
    Result result = read(format, ScanPartition.wholeFile(file), schema, 1024);
    assertEquals(List.of(row("1"), row("4")), result.rows);
    assertEquals(2, result.rejected);
  }

  @Test
  void ndjsonPartitionsRejectEachBadRecordOnceWithItsLine() throws IOException {
    StringBuilder text = new StringBuilder();
    List<Long> badLines = new ArrayList<>();
    List<String> goodIds = new ArrayList<>();
    for (int i = 1; i <= 3000; i++) {
      if (i % 97 == 0) {
        text.append("{\"id\":").append(i).append(",\"v\":\"x\"\n");
        badLines.add((long) i);
      } else if (i % 101 == 0) {
        text.append("{\"id\":").append(i).append(",\"v\":\"not a number\"}\n");
        badLines.add((long) i);
      } else {
        text.append("{\"id\":").append(i).append(",\"v\":").append(i).append("}\n");
        goodIds.add(String.valueOf(i));
      }
    }
    Path file = write(dir, "t.ndjson", text.toString());
    Path rejects = dir.resolve("rejects.csv");
    JsonFormat format = new JsonFormat(256);
    // A sample that misses the "not a number" lines, so the reader meets them.
    TableSchema schema =
        schema(
            new JsonLayout(false, 0, false, "a test schema", RejectPolicy.of(rejectOptions(rejects))),
            Field.nullable("id", BIGINT),
            Field.nullable("v", BIGINT));
    List<ScanPartition> partitions = format.partitions(file, schema, 4, 1);
    assertEquals(4, partitions.size());
    List<String> ids = new ArrayList<>();
    long rejected = 0;
    for (ScanPartition partition : partitions) {
      Result result = read(format, partition, schema, 100);
      for (List<String> r : result.rows) {
        ids.add(r.get(0));
      }
      rejected += result.rejected;
    }
    assertEquals(goodIds, ids);
    assertEquals(badLines.size(), rejected);
    List<String> written = Files.readAllLines(rejects);
    assertEquals(badLines.size() + 1, written.size());
    List<Long> lines = new ArrayList<>();
    for (String line : written.subList(1, written.size())) {
      lines.add(Long.parseLong(line.substring(q(file).length() + 1, line.indexOf(',', q(file).length() + 1))));
    }
    assertEquals(badLines, lines);
  }

  private static TableSchema nestedSchema(FormatOptions options) {
    Field user =
        new Field(
            "user",
            FieldType.nullable(ArrowType.Struct.INSTANCE),
            List.of(Field.nullable("id", BIGINT)));
    Field tags =
        new Field(
            "tags",
            FieldType.nullable(ArrowType.List.INSTANCE),
            List.of(Field.nullable("$data$", BIGINT)));
    return schema(
        new JsonLayout(false, 0, false, "a test schema", RejectPolicy.of(options)),
        Field.nullable("id", BIGINT),
        Field.nullable("amount", DOUBLE),
        user,
        tags);
  }

  private static TableSchema schema(JsonLayout layout, Field... fields) {
    return new TableSchema(new Schema(List.of(fields)), List.of(), layout);
  }

  private static FormatOptions rejectOptions(Path rejects) {
    return options("ignore_errors", "true", "rejects_file", rejects.toString());
  }

  private static String q(Path file) {
    return "\"" + file + "\"";
  }

  /** The rows read and the reader's rejected count, by its method and by its metrics. */
  private record Result(List<List<String>> rows, long rejected, long metricsRejected) {}

  /** Reads the whole file, inferring the schema when none is given; checks for leaks. */
  private static Result read(Path file, FormatOptions options, TableSchema schema, int batchRows)
      throws IOException {
    JsonFormat format = new JsonFormat(256);
    TableSchema used = schema != null ? schema : format.inferSchema(file, options);
    return read(format, ScanPartition.wholeFile(file), used, batchRows);
  }

  private static Result read(
      JsonFormat format, ScanPartition partition, TableSchema schema, int batchRows)
      throws IOException {
    List<List<String>> rows = new ArrayList<>();
    int[] all = new int[schema.arrowSchema().getFields().size()];
    for (int i = 0; i < all.length; i++) {
      all[i] = i;
    }
    try (BufferAllocator allocator = new RootAllocator()) {
      JsonBatchReader reader =
          (JsonBatchReader) format.open(partition, schema, new ScanSpec(all, batchRows), allocator);
      try {
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
        return new Result(rows, reader.rejectedRows(), reader.metrics().rejectedRows());
      } finally {
        reader.close();
        assertEquals(0, allocator.getAllocatedMemory(), "allocator leaked");
      }
    }
  }
}
