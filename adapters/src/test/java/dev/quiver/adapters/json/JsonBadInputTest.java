package dev.quiver.adapters.json;

import static dev.quiver.adapters.json.JsonTestSupport.readAll;
import static dev.quiver.adapters.json.JsonTestSupport.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quiver.adapters.spi.FormatOptions;
import dev.quiver.adapters.spi.ReaderException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Malformed files fail with the file, line, byte offset and what was expected. */
class JsonBadInputTest {
  @TempDir Path dir;

  private ReaderException failure(String name, String content) throws Exception {
    Path file = write(dir, name, content);
    return assertThrows(ReaderException.class, () -> readAll(file));
  }

  private void assertFails(String content, long line, String expected) throws Exception {
    for (int bufferBytes : new int[] {3, 1 << 20}) {
      Path file = write(dir, "bad.ndjson", content);
      ReaderException e =
          assertThrows(
              ReaderException.class,
              () -> readAll(new JsonFormat(bufferBytes), file, FormatOptions.DEFAULTS));
      assertEquals(line, e.line(), e.getMessage());
      assertTrue(e.getMessage().contains(expected), e.getMessage());
      assertTrue(e.getMessage().contains("byte offset"), e.getMessage());
    }
  }

  @Test
  void syntaxErrorsNameWhatWasExpected() throws Exception {
    assertFails("{\"a\":1}\n{\"a\":1 \"b\":2}\n", 2, "expected ',' or '}' after a value, found '\"'");
    assertFails("{\"a\":1}\n{\"a\" 1}\n", 2, "expected ':' after a key, found '1'");
    assertFails("{\"a\":1}\n{\"a\":[1 2]}\n", 2, "expected ',' or ']' after an array element");
    assertFails("{\"a\":01}\n", 1, "expected ',' or '}' after a value, found '1'");
    assertFails("{\"a\":1.}\n", 1, "expected a digit after the decimal point");
    assertFails("{\"a\":-}\n", 1, "expected a digit in a number");
    assertFails("{\"a\":\"\\x\"}\n", 1, "expected one of \" \\ / b f n r t u after '\\'");
    assertFails("{\"a\":\"\\u12G4\"}\n", 1, "expected 4 hex digits after \\u");
    assertFails("{\"a\":nul}\n", 1, "expected 'null', found '}'");
    assertFails("{\"a\":'x'}\n", 1, "expected a value (object, array, string, number");
    assertFails("{\"a\":1}\n\n{\"a\":2}}\n", 3, "expected a line break after the object");
    assertFails("{\"a\":1}\n[1]\n", 2, "expected '{' to start a record, found '['");
  }

  @Test
  void theEndOfTheFileInsideARecordSaysWhatWasMissing() throws Exception {
    assertFails("{\"a\":1}\n{\"a\":[1,\n", 2, "found end of file");
    assertFails("{\"a\":1}\n{\"a\":\"open", 2, "expected '\"' to close the string opened at byte"
        + " offset 13, found end of file");
  }

  @Test
  void topLevelScalarsAndNonObjectElementsAreRefused() throws Exception {
    ReaderException scalar = failure("s.json", "  42  ");
    assertEquals(1, scalar.line());
    assertTrue(scalar.getMessage().contains("a top-level scalar or array is not a row"));
    ReaderException element = failure("a.json", "[{\"a\":1},\n [1]]");
    assertEquals(2, element.line());
    assertTrue(element.getMessage().contains("every element of the top-level array must be an"
        + " object"), element.getMessage());
    ReaderException trailing = failure("t.json", "[{\"a\":1}] x");
    assertTrue(trailing.getMessage().contains("expected the end of the file after the closing"
        + " ']'"), trailing.getMessage());
    ReaderException comma = failure("c.json", "[{\"a\":1},]");
    assertTrue(comma.getMessage().contains("expected '{', found ']'"), comma.getMessage());
    ReaderException ndjsonArray = failure("n.ndjson", "[{\"a\":1}]");
    assertTrue(ndjsonArray.getMessage().contains("expected '{' to start a record, found '['"));
  }

  @Test
  void invalidUtf8IsRefused() throws Exception {
    Path file = dir.resolve("latin1.ndjson");
    Files.write(file, new byte[] {'{', '"', 'a', '"', ':', '"', 'c', 'a', 'f', (byte) 0xE9, '"',
        '}', '\n'});
    ReaderException e = assertThrows(ReaderException.class, () -> readAll(file));
    assertTrue(e.getMessage().contains("invalid UTF-8 (byte 0xE9)"), e.getMessage());
    assertTrue(e.getMessage().contains("byte offset 9"), e.getMessage());
  }

  @Test
  void emptyFilesHaveNothingToInfer() throws Exception {
    ReaderException e = failure("empty.ndjson", " \n\n");
    assertTrue(e.getMessage().contains("file is empty"), e.getMessage());
    assertEquals(0, readAll(write(dir, "none.json", "[ ]")).size());
  }

  @Test
  void aRecordBeyondTheSizeLimitIsAnErrorNotAnOutOfMemory() throws Exception {
    Path file = dir.resolve("huge.ndjson");
    int size = JsonInput.MAX_RECORD_BYTES + 1024;
    byte[] bytes = new byte[size];
    Arrays.fill(bytes, (byte) 'x');
    byte[] head = "{\"a\":\"".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[size - 3] = '"';
    bytes[size - 2] = '}';
    bytes[size - 1] = '\n';
    Files.write(file, bytes);
    ReaderException e = assertThrows(ReaderException.class, () -> readAll(file));
    assertTrue(e.getMessage().contains("64 MB a record may hold"), e.getMessage());
  }
}
