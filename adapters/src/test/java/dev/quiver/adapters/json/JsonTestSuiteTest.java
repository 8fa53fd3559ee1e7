package dev.quiver.adapters.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.quiver.adapters.spi.ReaderException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSONTestSuite corpus (nst/JSONTestSuite, test_parsing/): y_ files must be accepted, n_
 * files rejected, i_ either; nothing may hang or throw anything but a ReaderException.
 *
 * <p>Each file is read twice: as it is (where most y_ files are bare scalars or arrays, which a
 * table reader refuses with a clear error), and wrapped as the value of a one-key object, {@code
 * {"v": <file>}}, so the tokenizer's verdict on every file is checked, not just the top level's.
 */
class JsonTestSuiteTest {
  private static final Path CORPUS = Path.of("shared", "corpora", "JSONTestSuite", "test_parsing");
  private static final Duration TIME_BOUND = Duration.ofSeconds(20);

  @TempDir Path dir;

  private static Path corpus() {
    String given = System.getProperty("quiver.corpora");
    if (given != null) {
      return Path.of(given, "JSONTestSuite", "test_parsing");
    }
    // The corpora sit beside the project (../shared from /work/main, ../../shared from a worktree).
    for (Path at = Path.of("").toAbsolutePath(); at != null; at = at.getParent()) {
      if (Files.isDirectory(at.resolve(CORPUS))) {
        return at.resolve(CORPUS);
      }
    }
    return null;
  }

  @TestFactory
  Stream<DynamicTest> everyFileIsAcceptedOrRejectedAsTheSuiteSays() throws IOException {
    Path corpus = corpus();
    assumeTrue(corpus != null, "JSONTestSuite corpus not found (shared/corpora/" + CORPUS + ")");
    List<Path> files;
    try (Stream<Path> listing = Files.list(corpus)) {
      files = listing.filter(f -> f.toString().endsWith(".json")).sorted()
          .collect(Collectors.toList());
    }
    assertTrue(files.size() > 300, "corpus holds " + files.size() + " files");
    List<DynamicTest> tests = new ArrayList<>();
    for (Path file : files) {
      String name = file.getFileName().toString();
      tests.add(DynamicTest.dynamicTest(name, () -> checkAsIs(file, name)));
      tests.add(DynamicTest.dynamicTest(name + " wrapped", () -> checkWrapped(file, name)));
    }
    return tests.stream();
  }

  private static void checkAsIs(Path file, String name) throws Exception {
    byte[] bytes = Files.readAllBytes(file);
    Outcome outcome = read(file);
    if (name.startsWith("n_")) {
      assertTrue(outcome.error != null, name + " was accepted");
    } else if (name.startsWith("y_") && isObjectOrArrayOfObjects(bytes)) {
      assertEquals(null, outcome.error, name);
    } else if (name.startsWith("y_")) {
      assertTrue(outcome.error != null, name + ": a bare scalar or array was taken as a table");
      assertTrue(outcome.error.getMessage().contains("expected '{'"), outcome.error.getMessage());
    }
  }

  private void checkWrapped(Path file, String name) throws Exception {
    byte[] content = Files.readAllBytes(file);
    byte[] prefix = "{\"v\": ".getBytes(StandardCharsets.US_ASCII);
    byte[] wrapped = new byte[prefix.length + content.length + 1];
    System.arraycopy(prefix, 0, wrapped, 0, prefix.length);
    System.arraycopy(content, 0, wrapped, prefix.length, content.length);
    wrapped[wrapped.length - 1] = '}';
    Path wrappedFile = dir.resolve(name.replace(".json", ".ndjson"));
    Files.write(wrappedFile, wrapped);
    Outcome outcome = read(wrappedFile);
    if (name.startsWith("n_")) {
      assertTrue(outcome.error != null, name + " was accepted as a value");
    } else if (name.startsWith("y_")) {
      assertEquals(null, outcome.error, name);
      assertEquals(1, outcome.rows, name);
    }
  }

  /** The rows read, or the ReaderException; any other exception fails the test. */
  private static Outcome read(Path file) {
    return assertTimeoutPreemptively(
        TIME_BOUND,
        () -> {
          try {
            return new Outcome(JsonTestSupport.readAll(file).size(), null);
          } catch (ReaderException e) {
            return new Outcome(-1, e);
          } catch (Throwable e) {
            fail(file.getFileName() + " threw " + e, e);
            return null;
          }
        },
        file.getFileName() + " did not finish");
  }

  private static boolean isObjectOrArrayOfObjects(byte[] bytes) {
    int i = skipWhitespace(bytes, 0);
    if (i < bytes.length && bytes[i] == '{') {
      return true;
    }
    if (i < bytes.length && bytes[i] == '[') {
      int next = skipWhitespace(bytes, i + 1);
      return next < bytes.length && (bytes[next] == '{' || bytes[next] == ']');
    }
    return false;
  }

  private static int skipWhitespace(byte[] bytes, int from) {
    int i = from;
    while (i < bytes.length
        && (bytes[i] == ' ' || bytes[i] == '\n' || bytes[i] == '\r' || bytes[i] == '\t')) {
      i++;
    }
    return i;
  }

  private record Outcome(int rows, ReaderException error) {}

  @Test
  void aMillionOpeningBracketsIsRefusedNotAStackOverflow() throws Exception {
    Path file = dir.resolve("deep.json");
    Files.writeString(file, "{\"a\":" + "[".repeat(1_000_000));
    ReaderException e = assertThrows(ReaderException.class, () -> JsonTestSupport.readAll(file));
    assertTrue(e.getMessage().contains("nested deeper than 512 levels"), e.getMessage());
  }
}
