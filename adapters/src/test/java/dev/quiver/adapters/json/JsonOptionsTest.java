package dev.quiver.adapters.json;

import static dev.quiver.adapters.json.JsonTestSupport.columns;
import static dev.quiver.adapters.json.JsonTestSupport.options;
import static dev.quiver.adapters.json.JsonTestSupport.readAll;
import static dev.quiver.adapters.json.JsonTestSupport.row;
import static dev.quiver.adapters.json.JsonTestSupport.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quiver.adapters.spi.FormatOptions;
import dev.quiver.adapters.spi.ReaderException;
import dev.quiver.adapters.spi.ScanPartition;
import dev.quiver.adapters.spi.TableSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The format option (forced layouts) and the columns option (declared columns and types). */
class JsonOptionsTest {
  @TempDir Path dir;

  private static String days(int year, int month, int day) {
    return String.valueOf(LocalDate.of(year, month, day).toEpochDay());
  }

  @Test
  void aForcedFormatReadsWhateverTheFileIsCalled() throws Exception {
    Path array = write(dir, "array.ndjson", "[{\"a\": 1},\n {\"a\": 2}]\n");
    FormatOptions forced = options("format", "array");
    TableSchema schema = new JsonFormat().inferSchema(array, forced);
    assertTrue(
        schema.notes().contains("layout: one top-level array of objects (given)"),
        schema.notes().toString());
    assertEquals(List.of(row("1"), row("2")), readAll(new JsonFormat(), array, forced));
    Path lines = write(dir, "lines.json", "{\"a\": 1}\n{\"a\": 2}\n");
    assertEquals(
        List.of(row("1"), row("2")),
        readAll(new JsonFormat(), lines, options("format", "NEWLINE_DELIMITED")));
    assertEquals(
        List.of(row("1"), row("2")), readAll(new JsonFormat(), lines, options("format", "auto")));
  }

  @Test
  void aFileThatDoesNotMatchTheForcedFormatFailsNamingLineAndExpectation() throws Exception {
    Path lines = write(dir, "lines.json", "\n\n  {\"a\": 1}\n{\"a\": 2}\n");
    ReaderException notArray =
        assertThrows(
            ReaderException.class,
            () -> new JsonFormat().inferSchema(lines, options("format", "array")));
    assertEquals(3, notArray.line());
    assertTrue(
        notArray.getMessage()
            .contains(
                "lines.json:3: format => 'array' expects one top-level JSON array of objects,"
                    + " found '{' (byte offset 4)"),
        notArray.getMessage());
    assertTrue(notArray.getMessage().contains("Hint: read with format => 'newline_delimited'"));
    Path array = write(dir, "array.json", "[{\"a\": 1}]");
    ReaderException notLines =
        assertThrows(
            ReaderException.class,
            () -> new JsonFormat().inferSchema(array, options("format", "newline_delimited")));
    assertEquals(1, notLines.line());
    assertTrue(
        notLines.getMessage()
            .contains("format => 'newline_delimited' expects one JSON object per line, found '['"),
        notLines.getMessage());
    // ignore_errors does not make a file of the wrong layout readable.
    assertThrows(
        ReaderException.class,
        () ->
            new JsonFormat()
                .inferSchema(array, options("format", "newline_delimited", "ignore_errors", "true")));
    assertEquals(
        "Option format expects 'auto', 'newline_delimited' or 'array', got 'jsonl'",
        assertThrows(
                IllegalArgumentException.class,
                () -> new JsonFormat().inferSchema(array, options("format", "jsonl")))
            .getMessage());
  }

  @Test
  void declaredColumnsReplaceInferenceIgnoreOtherKeysAndMissingOnesAreNull() throws Exception {
    Path file =
        write(
            dir,
            "events.ndjson",
            "{\"id\": 1, \"extra\": [1, {\"x\": 2}], \"name\": \"a\", \"when\": \"2024-01-31\"}\n"
                + "{\"name\": \"b\", \"id\": 2}\n"
                + "{\"id\": 3, \"name\": null, \"when\": \"2024-02-01 10:00:00\", \"more\": true}\n");
    FormatOptions declared = options("columns", "id INTEGER, when TIMESTAMP, name VARCHAR");
    TableSchema schema = new JsonFormat().inferSchema(file, declared);
    assertEquals(
        List.of("id:Int(32, true)", "when:Timestamp(MICROSECOND, null)", "name:Utf8"),
        columns(schema));
    assertTrue(schema.notes().contains("column id: INTEGER (given)"), schema.notes().toString());
    assertEquals(
        List.of(
            row("1", "2024-01-31T00:00", "a"),
            row("2", null, "b"),
            row("3", "2024-02-01T10:00", null)),
        readAll(new JsonFormat(), file, declared));
    // Without columns the unknown keys are columns too.
    assertEquals(5, new JsonFormat().inferSchema(file, FormatOptions.DEFAULTS).arrowSchema().getFields().size());
  }

  @Test
  void declaredTypesConvertLikeACast() throws Exception {
    Path file =
        write(
            dir,
            "values.ndjson",
            "{\"b\": true, \"big\": 9007199254740993, \"d\": 2, \"dec\": 12.345, \"text\": 12,"
                + " \"day\": \"2024-02-29\", \"obj\": {\"k\": [1, 2]}}\n"
                + "{\"b\": false, \"big\": -1, \"d\": 1e3, \"dec\": -0.005, \"text\": \"x\","
                + " \"day\": null, \"obj\": \"s\"}\n"
                + "{\"dec\": 99999999.994}\n"
                + "{\"dec\": 1.5e2}\n");
    FormatOptions declared =
        options(
            "columns",
            "b BOOLEAN, big BIGINT, d DOUBLE, dec DECIMAL(10, 2), text VARCHAR, day DATE,"
                + " obj VARCHAR");
    assertEquals(
        List.of(
            row("true", "9007199254740993", "2.0", "12.35", "12", days(2024, 2, 29), "{\"k\": [1, 2]}"),
            row("false", "-1", "1000.0", "-0.01", "x", null, "s"),
            row(null, null, null, "99999999.99", null, null, null),
            row(null, null, null, "150.00", null, null, null)),
        readAll(new JsonFormat(), file, declared));
  }

  @Test
  void declaredNestedTypesReadTheirFieldsAndIgnoreTheRest() throws Exception {
    Path file =
        write(
            dir,
            "nested.ndjson",
            "{\"user\": {\"id\": 7, \"name\": \"ann\", \"address\": {\"city\": \"Oslo\", \"zip\": 1}},"
                + " \"tags\": [\"a\", \"b\"]}\n"
                + "{\"user\": {\"id\": 8}, \"tags\": []}\n"
                + "{\"user\": null}\n");
    FormatOptions declared =
        options("columns", "user ROW(id BIGINT, address ROW(city VARCHAR)), tags VARCHAR[]");
    assertEquals(
        List.of(
            row("{\"id\":7,\"address\":{\"city\":\"Oslo\"}}", "[\"a\",\"b\"]"),
            row("{\"id\":8}", "[]"),
            row(null, null)),
        readAll(new JsonFormat(), file, declared));
  }

  @Test
  void aValueTheDeclaredTypeCannotHoldFailsNamingLineKeyValueAndType() throws Exception {
    Path file =
        write(
            dir,
            "bad.ndjson",
            "{\"id\": 1, \"amount\": 1.5}\n"
                + "{\"id\": 3000000000, \"amount\": 2}\n"
                + "{\"id\": \"3\", \"amount\": 2}\n"
                + "{\"id\": 4, \"amount\": 123456789.5}\n"
                + "{\"id\": 5, \"amount\": 5}\n");
    FormatOptions declared = options("columns", "id INTEGER, amount DECIMAL(5, 1)");
    ReaderException error =
        assertThrows(ReaderException.class, () -> readAll(new JsonFormat(), file, declared));
    assertEquals(2, error.line());
    assertEquals("id", error.column());
    assertTrue(
        error.getMessage()
            .contains(
                "bad.ndjson:2: column 'id': cannot read 3000000000 as INTEGER (type given by the"
                    + " columns option; byte offset 32)"),
        error.getMessage());
    assertTrue(
        error.getMessage().contains("Hint: declare another type for 'id' in the columns option"),
        error.getMessage());

    Path rejects = dir.resolve("rejects.csv");
    FormatOptions skip =
        options(
            "columns", "id INTEGER, amount DECIMAL(5, 1)", "ignore_errors", "true",
            "rejects_file", rejects.toString());
    assertEquals(List.of(row("1", "1.5"), row("5", "5.0")), readAll(new JsonFormat(), file, skip));
    List<String> lines = Files.readAllLines(rejects);
    assertEquals(4, lines.size());
    assertTrue(lines.get(1).contains(",2,\"id\",\"3000000000\",\"cannot read 3000000000 as INTEGER"), lines.get(1));
    assertTrue(lines.get(2).contains(",3,\"id\",\"\"\"3\"\"\",\"cannot read \"\"3\"\" as INTEGER"), lines.get(2));
    assertTrue(
        lines.get(3).contains(",4,\"amount\",\"123456789.5\",\"cannot read 123456789.5 as DECIMAL(5, 1)"),
        lines.get(3));
  }

  @Test
  void declaredColumnsWorkForArrayFilesAndAcrossPartitions() throws Exception {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      text.append("{\"n\": ").append(i).append(", \"skip\": {\"deep\": [").append(i).append("]}}\n");
    }
    Path lines = write(dir, "many.ndjson", text.toString());
    JsonFormat format = new JsonFormat();
    FormatOptions declared = options("columns", "n BIGINT");
    TableSchema schema = format.inferSchema(lines, declared);
    List<ScanPartition> partitions = format.partitions(lines, schema, 4, 1000);
    assertEquals(4, partitions.size());
    List<List<String>> together = new ArrayList<>();
    for (ScanPartition partition : partitions) {
      together.addAll(
          JsonTestSupport.read(
              format, partition, schema, dev.quiver.adapters.spi.ScanSpec.allColumns(schema)));
    }
    assertEquals(2000, together.size());
    assertEquals(row("1999"), together.get(1999));
    Path array = write(dir, "array.json", "[{\"n\": 1, \"x\": 2}, {\"x\": 3}]");
    assertEquals(List.of(row("1"), row((String) null)), readAll(format, array, declared));
  }

  @Test
  void badColumnsAreNamed() throws Exception {
    Path file = write(dir, "t.ndjson", "{\"a\": 1}\n");
    assertTrue(
        assertThrows(
                IllegalArgumentException.class,
                () -> new JsonFormat().inferSchema(file, options("columns", "a MONEY")))
            .getMessage()
            .startsWith(
                "Option columns: 'MONEY' is not a type the JSON reader can produce; use one of"
                    + " BOOLEAN, INTEGER, BIGINT"));
  }
}
