package dev.quiver.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole harness on a tiny file: every query, both engines, both reports. */
class BenchmarkHarnessTest {
  @TempDir Path data;
  @TempDir Path out;

  @Test
  void runsEveryQueryOnDuckDbAndWritesBothReportsWhateverQuiversState() throws Exception {
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    BenchOptions options =
        BenchOptions.parse(
            "--rows",
            "2000",
            "--dir",
            data.toString(),
            "--out",
            out.toString(),
            "--runs",
            "1",
            "--warmup",
            "0");

    int exit =
        BenchmarkHarness.run(options, new PrintStream(console, true, StandardCharsets.UTF_8));

    String text = console.toString(StandardCharsets.UTF_8);
    assertEquals(BenchmarkHarness.EXIT_OK, exit, text);
    assertTrue(
        text.contains("availableProcessors " + Runtime.getRuntime().availableProcessors()), text);
    assertTrue(text.contains("DuckDB default, not changed"), text);
    String json = Files.readString(out.resolve(BenchmarkHarness.JSON_FILE));
    String markdown = Files.readString(out.resolve(BenchmarkHarness.MARKDOWN_FILE));
    for (String query : new String[] {"Q1", "Q2", "Q3", "Q4", "Q5"}) {
      assertTrue(json.contains("\"name\": \"" + query + "\""), json);
      assertTrue(markdown.contains("| " + query + " |"), markdown);
    }
    assertTrue(json.contains("\"duckdb\": {\"status\": \"ok\""), json);
    assertTrue(markdown.contains("```text\nDuckDB "), markdown);
  }
}
