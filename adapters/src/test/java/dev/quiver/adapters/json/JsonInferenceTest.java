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
import dev.quiver.adapters.spi.TableSchema;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Types, widening, nesting, nulls, and data the sample did not see. */
class JsonInferenceTest {
  @TempDir Path dir;

  private static TableSchema infer(Path file) throws Exception {
    return new JsonFormat().inferSchema(file, FormatOptions.DEFAULTS);
  }

  @Test
  void eachScalarKindHasItsType() throws Exception {
    Path file =
        write(
            dir,
            "types.ndjson",
            "{\"b\":true,\"i\":-42,\"big\":123456789012345678901,\"huge\":"
                + "1234567890123456789012345678901234567890,\"d\":1.5e3,\"s\":\"x\","
                + "\"day\":\"2024-02-29\",\"ts\":\"2024-01-02T03:04:05.123456\",\"n\":null}\n"
                + "{\"b\":false,\"i\":9223372036854775807,\"big\":-5,\"huge\":1,\"d\":-0.25,"
                + "\"s\":\"y\",\"day\":null,\"ts\":\"2024-01-02 03:04:05\",\"n\":null}\n");
    assertEquals(
        List.of(
            "b:Bool",
            "i:Int(64, true)",
            "big:Decimal(38, 0, 128)",
            "huge:FloatingPoint(DOUBLE)",
            "d:FloatingPoint(DOUBLE)",
            "s:Utf8",
            "day:Date(DAY)",
            "ts:Timestamp(MICROSECOND, null)",
            "n:Utf8"),
        columns(infer(file)));
    assertEquals(
        List.of(
            row("true", "-42", "123456789012345678901", "1.2345678901234568E39", "1500.0", "x",
                "19782", "2024-01-02T03:04:05.123456", null),
            row("false", "9223372036854775807", "-5", "1.0", "-0.25", "y", null,
                "2024-01-02T03:04:05", null)),
        readAll(file));
  }

  @Test
  void numbersWidenToDoubleAndDatesToTimestamps() throws Exception {
    Path file =
        write(
            dir,
            "widen.json",
            "{\"n\":1,\"t\":\"2024-01-01\",\"k\":12345678901234567890}\n"
                + "{\"n\":2.5,\"t\":\"2024-01-01T10:00:00\",\"k\":3.5}\n");
    assertEquals(
        List.of(
            "n:FloatingPoint(DOUBLE)",
            "t:Timestamp(MICROSECOND, null)",
            "k:FloatingPoint(DOUBLE)"),
        columns(infer(file)));
    assertEquals(
        List.of(
            row("1.0", "2024-01-01T00:00", "1.2345678901234567E19"),
            row("2.5", "2024-01-01T10:00", "3.5")),
        readAll(file));
  }

  @Test
  void anyOtherMixIsTextHoldingTheJsonOfEachValue() throws Exception {
    Path file =
        write(
            dir,
            "mixed.ndjson",
            "{\"v\":12,\"o\":{\"a\":1},\"d\":\"2024-01-01\"}\n"
                + "{\"v\":\"abc\",\"o\":5,\"d\":\"soon\"}\n"
                + "{\"v\":[1, 2],\"o\":\"s\",\"d\":null}\n"
                + "{\"v\":true,\"o\":null,\"d\":\"2024-01-02\"}\n");
    assertEquals(List.of("v:Utf8", "o:Utf8", "d:Utf8"), columns(infer(file)));
    assertEquals(
        List.of(
            row("12", "{\"a\":1}", "2024-01-01"),
            row("abc", "5", "soon"),
            row("[1, 2]", "s", null),
            row("true", null, "2024-01-02")),
        readAll(file));
  }

  @Test
  void objectsMergeIntoStructsAndArraysIntoLists() throws Exception {
    Path file =
        write(
            dir,
            "nested.ndjson",
            "{\"user\":{\"id\":1,\"address\":{\"city\":\"Oslo\"}},\"tags\":[\"a\",\"b\"]}\n"
                + "{\"user\":{\"name\":\"Bo\",\"address\":{\"zip\":\"0150\"}},\"tags\":[]}\n"
                + "{\"user\":null,\"tags\":null,\"points\":[{\"x\":1},{\"y\":2.5}]}\n");
    assertEquals(
        List.of(
            "user:Struct<id:Int(64, true), address:Struct<city:Utf8, zip:Utf8>, name:Utf8>",
            "tags:List<$data$:Utf8>",
            "points:List<$data$:Struct<x:Int(64, true), y:FloatingPoint(DOUBLE)>>"),
        columns(infer(file)));
    List<List<String>> rows = readAll(file);
    assertEquals(
        row("{\"id\":1,\"address\":{\"city\":\"Oslo\"}}", "[\"a\",\"b\"]", null), rows.get(0));
    assertEquals(
        row("{\"address\":{\"zip\":\"0150\"},\"name\":\"Bo\"}", "[]", null), rows.get(1));
    assertEquals(row(null, null, "[{\"x\":1},{\"y\":2.5}]"), rows.get(2));
  }

  @Test
  void missingKeysAndNullsAreNullAndAllNullColumnsAreText() throws Exception {
    Path file =
        write(dir, "nulls.ndjson", "{\"a\":1}\n\n{\"b\":null}\n   \n{\"a\":null,\"b\":null}\n");
    assertEquals(List.of("a:Int(64, true)", "b:Utf8"), columns(infer(file)));
    assertEquals(List.of(row("1", null), row(null, null), row(null, null)), readAll(file));
  }

  @Test
  void emptyObjectsAndEmptyArraysStillHaveATextType() throws Exception {
    Path file = write(dir, "empty.json", "[{\"o\":{},\"l\":[]},{\"o\":{},\"l\":[]}]");
    assertEquals(List.of("o:Utf8", "l:List<$data$:Utf8>"), columns(infer(file)));
    assertEquals(List.of(row("{}", "[]"), row("{}", "[]")), readAll(file));
  }

  /** 30000 records; the default sample takes 2000 from the head of each tenth of the file. */
  private static String lateFile(String lateRecord) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 30_000; i++) {
      text.append(i == 2500 ? lateRecord : "{\"id\":" + i + ",\"amount\":" + i + ".5}").append('\n');
    }
    return text.toString();
  }

  /** The last tenth of the file starts near record 27000; its first 2000 records are sampled. */
  @Test
  void theSampleReachesTheEndOfTheFile() throws Exception {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 30_000; i++) {
      text.append("{\"id\":").append(i);
      if (i >= 27_500 && i < 27_510) {
        text.append(",\"late\":\"2024-05-01\"");
      }
      text.append("}\n");
    }
    Path file = write(dir, "tail.ndjson", text.toString());
    TableSchema schema = infer(file);
    assertEquals(List.of("id:Int(64, true)", "late:Date(DAY)"), columns(schema));
    assertTrue(schema.notes().contains("types inferred from 20000 records sampled across the file"),
        schema.notes().toString());
  }

  @Test
  void aKeyTheSampleMissedFailsNamingLineKeyAndTheFix() throws Exception {
    Path file = write(dir, "late_key.ndjson", lateFile("{\"id\":2500,\"extra\":true}"));
    ReaderException e = assertThrows(ReaderException.class, () -> readAll(file));
    assertEquals(2501, e.line());
    assertEquals("extra", e.column());
    assertTrue(e.getMessage().contains("late_key.ndjson:2501: column 'extra': key 'extra' is not"
        + " in the schema, which was inferred from 20000 records sampled across the file"),
        e.getMessage());
    assertTrue(e.getMessage().contains("sample_size=0"), e.getMessage());
    assertEquals(30_000, readAll(new JsonFormat(), file, options("sample_size", "0")).size());
  }

  @Test
  void aValueThatDoesNotFitFailsNamingLineColumnAndTheFix() throws Exception {
    Path file = write(dir, "late_value.ndjson", lateFile("{\"id\":2500,\"amount\":\"n/a\"}"));
    ReaderException e = assertThrows(ReaderException.class, () -> readAll(file));
    assertEquals(2501, e.line());
    assertEquals("amount", e.column());
    assertTrue(e.getMessage().contains("cannot read \"n/a\" as DOUBLE"), e.getMessage());
    assertTrue(e.getMessage().contains("sample_size=0"), e.getMessage());
    assertTrue(e.getMessage().contains("Line: {\"id\":2500,\"amount\":\"n/a\"}"), e.getMessage());
    List<List<String>> all = readAll(new JsonFormat(), file, options("sample_size", "0"));
    assertEquals(row("2500", "n/a"), all.get(2500));
    assertEquals(row("1", "1.5"), all.get(1));
  }

  @Test
  void nestedLateDataFailsWithItsPath() throws Exception {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 30_000; i++) {
      text.append(i == 2500 ? "{\"user\":{\"id\":\"x7\"}}" : "{\"user\":{\"id\":" + i + "}}")
          .append('\n');
    }
    Path file = write(dir, "late_nested.ndjson", text.toString());
    ReaderException e = assertThrows(ReaderException.class, () -> readAll(file));
    assertEquals("user.id", e.column());
    assertEquals(2501, e.line());
  }

  @Test
  void arrayFilesAreSampledFromTheirHead() throws Exception {
    Path file = write(dir, "a.json", " [ {\"a\":1} ,\n {\"a\":2, \"b\":\"x\"} ] \n");
    TableSchema schema = new JsonFormat().inferSchema(file, options("sample_size", "1"));
    assertEquals(List.of("a:Int(64, true)"), columns(schema));
    ReaderException e =
        assertThrows(
            ReaderException.class,
            () -> readAll(new JsonFormat(), file, options("sample_size", "1")));
    assertEquals(2, e.line());
    assertEquals(List.of(row("1", null), row("2", "x")), readAll(file));
  }
}
