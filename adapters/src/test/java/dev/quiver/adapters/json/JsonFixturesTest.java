package dev.quiver.adapters.json;

import static dev.quiver.adapters.json.JsonTestSupport.columns;
import static dev.quiver.adapters.json.JsonTestSupport.fixture;
import static dev.quiver.adapters.json.JsonTestSupport.readAll;
import static dev.quiver.adapters.json.JsonTestSupport.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quiver.adapters.spi.FormatOptions;
import dev.quiver.adapters.spi.ReaderException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checked-in fixtures read as src/test/data/json/README.md describes them. */
class JsonFixturesTest {
  @Test
  void events() throws Exception {
    assertEquals(
        List.of(
            "id:Int(64, true)",
            "type:Utf8",
            "ts:Timestamp(MICROSECOND, null)",
            "user:Struct<id:Int(64, true), address:Struct<city:Utf8>>",
            "tags:List<$data$:Utf8>",
            "amount:FloatingPoint(DOUBLE)"),
        columns(new JsonFormat().inferSchema(fixture("events.ndjson"), FormatOptions.DEFAULTS)));
    List<List<String>> rows = readAll(fixture("events.ndjson"));
    assertEquals(6, rows.size());
    assertEquals(
        row("1", "click", "2024-03-01T09:15", "{\"id\":101,\"address\":{\"city\":\"Oslo\"}}",
            "[\"web\",\"promo\"]", "12.5"),
        rows.get(0));
    assertEquals(row("2", "view", "2024-03-01T09:16:30.250", "{\"id\":102,\"address\":"
        + "{\"city\":\"Lima\"}}", "[]", null), rows.get(1));
    assertEquals(row("5", "view", "2024-03-03T08:00", "{\"id\":104}", null, null), rows.get(4));
    assertEquals(row("6", "click", "2024-03-03T08:05", null, "[\"app\",\"promo\",\"beta\"]",
        "0.5"), rows.get(5));
  }

  @Test
  void array() throws Exception {
    List<List<String>> rows = readAll(fixture("array.json"));
    assertEquals(
        List.of(
            row("A-1", "Widget", "9.99", "true", "19478", "{\"w\":10,\"h\":2}"),
            row("B-2", "Gadget \"Pro\"", "24.0", "false", "19737", "{\"w\":7}"),
            row("C-3", "Café mug", null, "true", null, null),
            row("D-4", "Doohickey", "3.5", null, "19782", null)),
        rows);
  }

  @Test
  void mixed() throws Exception {
    assertEquals(
        List.of("k:Int(64, true)", "v:Utf8", "when:Timestamp(MICROSECOND, null)",
            "big:Decimal(38, 0, 128)", "note:Utf8"),
        columns(new JsonFormat().inferSchema(fixture("mixed.json"), FormatOptions.DEFAULTS)));
    List<List<String>> rows = readAll(fixture("mixed.json"));
    assertEquals(row("1", "10", "2024-01-01T00:00", "12345678901234567890", "plain"), rows.get(0));
    assertEquals(row("2", "ten", "2024-01-02T10:00", "1", "{\"nested\": true}"), rows.get(1));
    assertEquals(row("3", "[1, 2]", null, null, "42"), rows.get(2));
    assertEquals(
        row("4", null, "2024-01-03T23:59:59.500", "-98765432109876543210", null), rows.get(3));
  }

  @Test
  void badFilesFailNamingLineOffsetAndExpectation() {
    assertError("bad/trailing_comma.ndjson", 2, "expected '\"' to start a key, found '}' (byte"
        + " offset 17)");
    assertError("bad/top_level_scalar.ndjson", 2, "expected '{' to start a record, found '4'");
    assertError("bad/array_of_scalars.json", 1, "every element of the top-level array must be an"
        + " object (byte offset 11)");
    assertError("bad/unclosed_string.ndjson", 2, "control character U+000A inside a string");
  }

  private static void assertError(String name, long line, String text) {
    ReaderException e = assertThrows(ReaderException.class, () -> readAll(fixture(name)));
    assertEquals(line, e.line(), e.getMessage());
    assertTrue(e.getMessage().contains(text), e.getMessage());
    assertTrue(e.getMessage().startsWith(fixture(name).toString() + ":" + line + ": "),
        e.getMessage());
  }
}
