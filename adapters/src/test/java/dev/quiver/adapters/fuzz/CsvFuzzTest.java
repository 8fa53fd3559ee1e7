package dev.quiver.adapters.fuzz;

import dev.quiver.adapters.csv.CsvFormat;
import java.io.IOException;
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
 * Mutated CSV files (the fixtures and generated files of every column type, quoting and line
 * ending) end in a result or a clean ReaderException, in time, without leaking; see {@link
 * FuzzCampaign}.
 */
class CsvFuzzTest {
  private static final int DEFAULT_MUTATIONS = 1000;

  private static final int GENERATED_ROWS = 300;

  /** Read buffer and partition size of the small-pieces configuration. */
  private static final int SMALL_BUFFER_BYTES = 61;

  private static final long SMALL_PARTITION_BYTES = 40;

  /** Delimiters, quotes, line ends and values at the edges of the column types. */
  private static final List<String> TOKENS = List.of(
      "\"", "\"\"", ",", ";", "\t", "|", "\n", "\r\n", "\r", "\uFEFF", "\u0000", "-", "+", ".",
      "1e308", "1e999", "9223372036854775808", "2147483648", "-2147483649", "2024-02-30",
      "2024-01-01 25:61:00", "2024-01-01T00:00:00.1234567", "NaN", "true", "  ", "\\",
      "\u00e9\u20ac\ud83d\ude00", "\",\"", "\"\n\"");

  @TempDir static Path dir;

  @AfterAll
  static void report() {
    FuzzCampaign.printTally("csv");
  }

  @TestFactory
  Stream<DynamicTest> mutatedCsvFilesEndCleanly() throws IOException {
    Mutator mutator = Mutator.text(TOKENS);
    List<SeedFile> seeds = new ArrayList<>(TextSeeds.filesUnder(TextSeeds.FIXTURES.resolve("csv"), mutator));
    seeds.add(TextSeeds.generated("types.csv", typed(GENERATED_ROWS, ",", "\n"), mutator));
    seeds.add(TextSeeds.generated("types_crlf_semicolon.csv", typed(GENERATED_ROWS, ";", "\r\n"), mutator));
    seeds.add(TextSeeds.generated("quoted.csv", quoted(GENERATED_ROWS), mutator));
    int[] counts = SeedShares.of(seeds, FuzzCampaign.iterations(DEFAULT_MUTATIONS));
    Path cases = Files.createDirectories(dir.resolve("cases"));
    FuzzCampaign campaign = new FuzzCampaign(
        List.of(ReaderUnderTest.defaults(new CsvFormat()),
            ReaderUnderTest.smallPieces(CsvFormat.class, SMALL_BUFFER_BYTES, SMALL_PARTITION_BYTES)),
        ".csv", cases);
    List<DynamicTest> tests = new ArrayList<>();
    for (int i = 0; i < seeds.size(); i++) {
      SeedFile seed = seeds.get(i);
      int count = counts[i];
      tests.add(DynamicTest.dynamicTest(seed.name() + " x" + count, () -> campaign.run(seed, count)));
    }
    return tests.stream();
  }

  /** A header and rows of every inferred type, with empty fields for nulls. */
  private static String typed(int rows, String delimiter, String lineEnd) {
    StringBuilder text = new StringBuilder(
        String.join(delimiter, "id", "flag", "small", "big", "ratio", "day", "at", "name")).append(lineEnd);
    for (int i = 0; i < rows; i++) {
      text.append(String.join(delimiter,
          String.valueOf(i),
          i % 3 == 0 ? "true" : "FALSE",
          i % 11 == 0 ? "" : String.valueOf(-i * 1000),
          String.valueOf(i * 10_000_000_019L),
          i % 7 == 0 ? "" : (i / 8.0) + "",
          "2024-02-" + String.format("%02d", 1 + i % 29),
          "2024-02-01 10:" + String.format("%02d", i % 60) + ":00.25",
          "name " + i)).append(lineEnd);
    }
    return text.toString();
  }

  /** Quoted fields with delimiters, doubled quotes and line breaks inside. */
  private static String quoted(int rows) {
    StringBuilder text = new StringBuilder("id,text,amount\n");
    for (int i = 0; i < rows; i++) {
      text.append(i).append(",\"say \"\"hi\"\", ").append(i)
          .append(i % 4 == 0 ? "\nsecond line" : "").append(",x\",").append(i * 3).append('\n');
    }
    return text.toString();
  }
}
