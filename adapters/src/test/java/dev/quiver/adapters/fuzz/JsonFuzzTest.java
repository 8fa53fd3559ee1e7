package dev.quiver.adapters.fuzz;

import dev.quiver.adapters.json.JsonFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutated JSON files (the fixtures, generated NDJSON/array/multi-line files, and every
 * JSONTestSuite parsing case as the value of a record) end in a result or a clean ReaderException,
 * in time, without leaking; see {@link FuzzCampaign}.
 */
class JsonFuzzTest {
  private static final int DEFAULT_MUTATIONS = 1500;

  /** Share of the mutations spent on the JSONTestSuite cases (tiny, many, one value each). */
  private static final double SUITE_SHARE = 1.0 / 3;

  private static final int GENERATED_RECORDS = 200;

  /** Read buffer and partition size of the small-pieces configuration. */
  private static final int SMALL_BUFFER_BYTES = 61;

  private static final long SMALL_PARTITION_BYTES = 40;

  /** JSON syntax and values at the edges of the column types, spliced in by the mutator. */
  private static final List<String> TOKENS = List.of(
      "\"", "\\", "\\u", "\\ud800", "\\udc00\\ud800", "{", "}", "[", "]", ":", ",", "\n", "\r\n",
      "null", "true", "fals", "-", "-0", "1e999", "1e-999", "0.", ".5", "01",
      "99999999999999999999999999999999999999999", "9223372036854775808", "\u0000", "\uFEFF",
      "\"2024-02-30\"", "\"2024-01-01T25:00:00\"", "\"9999-12-31 23:59:59.9999999\"", "{\"\":",
      "[[[[[[[[", "]]]]]]]]", "{\"a\":{\"a\":{\"a\":", "\"\u00e9\u20ac\ud83d\ude00\"", "/*", "NaN");

  @TempDir static Path dir;

  @AfterAll
  static void report() {
    FuzzCampaign.printTally("json");
  }

  @TestFactory
  Stream<DynamicTest> mutatedJsonFilesEndCleanly() throws IOException {
    Mutator mutator = Mutator.text(TOKENS);
    List<SeedFile> seeds = new ArrayList<>(TextSeeds.filesUnder(TextSeeds.FIXTURES.resolve("json"), mutator));
    seeds.add(TextSeeds.generated("records.ndjson", ndjson(GENERATED_RECORDS), mutator));
    seeds.add(TextSeeds.generated("records_array.json", "[" + ndjson(GENERATED_RECORDS / 2)
        .toString().strip().replace("\n", ",\n") + "]", mutator));
    seeds.add(TextSeeds.generated("multi_line.json", ndjson(GENERATED_RECORDS / 4)
        .toString().replace(", ", ",\n  "), mutator));
    List<SeedFile> suite = new ArrayList<>();
    for (SeedFile raw : TextSeeds.filesUnder(Corpora.require("JSONTestSuite/test_parsing"), mutator)) {
      // As a record's value, so the tokenizer's verdict is reached, not just the top-level check.
      byte[] wrapped = concat("{\"v\": ", raw.bytes(), "}\n");
      suite.add(new SeedFile(raw.name(), wrapped, mutator));
    }
    int total = FuzzCampaign.iterations(DEFAULT_MUTATIONS);
    int suiteTotal = (int) Math.round(total * SUITE_SHARE);
    int[] counts = SeedShares.of(seeds, total - suiteTotal);
    int[] suiteCounts = SeedShares.of(suite, suiteTotal);
    Path cases = Files.createDirectories(dir.resolve("cases"));
    FuzzCampaign campaign = new FuzzCampaign(
        List.of(ReaderUnderTest.defaults(new JsonFormat()),
            ReaderUnderTest.smallPieces(JsonFormat.class, SMALL_BUFFER_BYTES, SMALL_PARTITION_BYTES)),
        ".json", cases);
    List<DynamicTest> tests = new ArrayList<>();
    addTests(tests, campaign, seeds, counts);
    addTests(tests, campaign, suite, suiteCounts);
    return tests.stream();
  }

  private static void addTests(
      List<DynamicTest> tests, FuzzCampaign campaign, List<SeedFile> seeds, int[] counts) {
    for (int i = 0; i < seeds.size(); i++) {
      SeedFile seed = seeds.get(i);
      int count = counts[i];
      tests.add(DynamicTest.dynamicTest(seed.name() + " x" + count, () -> campaign.run(seed, count)));
    }
  }

  /** Records of every shape the reader types: nesting, escapes, big numbers, dates, nulls. */
  private static StringBuilder ndjson(int records) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < records; i++) {
      text.append("{\"id\": ").append(i)
          .append(", \"name\": \"n\\u00e9\\\"").append(i).append("\\n\"")
          .append(", \"amount\": ").append(i % 7 == 0 ? "null" : (i * 1.25) + "e1")
          .append(", \"big\": ").append(i % 3 == 0 ? "12345678901234567890" : String.valueOf(-i))
          .append(", \"ok\": ").append(i % 2 == 0)
          .append(", \"day\": \"2024-01-").append(String.format("%02d", 1 + i % 28)).append('"')
          .append(", \"at\": \"2024-03-01 09:").append(String.format("%02d", i % 60)).append(":00.5\"")
          .append(", \"user\": {\"id\": ").append(i % 10).append(", \"tags\": [\"a\", \"b\"]}")
          .append(", \"list\": [").append(i).append(", ").append(i + 1).append("]")
          .append(i % 5 == 0 ? ", \"extra\": {\"deep\": [[1], [2, 3]]}" : "")
          .append("}\n");
    }
    return text;
  }

  private static byte[] concat(String before, byte[] middle, String after) {
    byte[] head = before.getBytes(StandardCharsets.UTF_8);
    byte[] tail = after.getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[head.length + middle.length + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(middle, 0, all, head.length, middle.length);
    System.arraycopy(tail, 0, all, head.length + middle.length, tail.length);
    return all;
  }
}
