package dev.quiver.engine.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quiver.engine.api.QueryResult;
import dev.quiver.engine.api.QuiverSession;
import dev.quiver.engine.api.SessionOptions;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An aggregate over a file large enough to be split runs as parallel pipelines combined at the
 * end; its answers must equal the ones computed here row by row, NULLs and empty groups included.
 */
class ParallelAggregationTest {
  /** Enough rows that the CSV (over the reader's 4 MB partition minimum) splits in two. */
  private static final int ROWS = 300_000;

  @TempDir Path directory;

  @Test
  void parallelAnswersEqualARowByRowComputation() throws IOException {
    String[] keys = {"a", "b", "c"};
    TreeMap<String, long[]> counts = new TreeMap<>();
    TreeMap<String, Long> sums = new TreeMap<>();
    TreeMap<String, Long> maxima = new TreeMap<>();
    try (BufferedWriter out = Files.newBufferedWriter(directory.resolve("t.csv"))) {
      out.write("k,v,padding\n");
      for (int row = 0; row < ROWS; row++) {
        String key = keys[row % 3];
        boolean isNull = row % 7 == 0;
        long value = (row * 31L) % 1000;
        out.write(key + "," + (isNull ? "" : Long.toString(value))
            + ",some text to make the file big enough to split\n");
        counts.computeIfAbsent(key, k -> new long[2])[0]++;
        if (!isNull) {
          counts.get(key)[1]++;
          sums.merge(key, value, Long::sum);
          maxima.merge(key, value, Math::max);
        }
      }
    }
    List<String> expected = new ArrayList<>();
    for (String key : counts.keySet()) {
      long[] c = counts.get(key);
      expected.add(String.format(Locale.ROOT, "%s|%d|%d|%d|%d|%.6f", key, c[0], c[1],
          sums.get(key), maxima.get(key), sums.get(key) / (double) c[1]));
    }
    try (QuiverSession session = QuiverSession.open(SessionOptions.defaults(directory));
        QueryResult result =
            session
                .prepare("SELECT k, count(*), count(v), sum(v), max(v), avg(v) FROM t GROUP BY k")
                .execute(List.of())) {
      List<String> actual = new ArrayList<>();
      VectorSchemaRoot root;
      while ((root = result.next()) != null) {
        for (int row = 0; row < root.getRowCount(); row++) {
          actual.add(String.format(Locale.ROOT, "%s|%s|%s|%s|%s|%.6f",
              root.getVector(0).getObject(row), root.getVector(1).getObject(row),
              root.getVector(2).getObject(row), root.getVector(3).getObject(row),
              root.getVector(4).getObject(row), (Double) root.getVector(5).getObject(row)));
        }
      }
      actual.sort(null);
      assertEquals(expected, actual);
    }
  }

  /** A reader error in one pipeline fails the query cleanly; the session then closes leak-free. */
  @Test
  void anErrorInOnePipelineFailsTheQueryAndFreesEverything() throws IOException {
    StringBuilder csv = new StringBuilder("k,v,padding\n");
    for (int row = 0; row < ROWS; row++) {
      // A text value far beyond the sampled regions, in the second half of the file.
      String value = row == ROWS - 1234 ? "oops" : Integer.toString(row % 100);
      csv.append(row % 3).append(',').append(value)
          .append(",some text to make the file big enough to split\n");
    }
    Files.writeString(directory.resolve("bad.csv"), csv);
    QuiverSession session =
        QuiverSession.open(
            SessionOptions.parse(directory, java.util.Map.of("sample_size", "1000")));
    dev.quiver.engine.error.QuiverException error =
        org.junit.jupiter.api.Assertions.assertThrows(
            dev.quiver.engine.error.QuiverException.class,
            () -> {
              try (QueryResult result =
                  session.prepare("SELECT k, sum(v) FROM bad GROUP BY k").execute(List.of())) {
                while (result.next() != null) {
                  // drain
                }
              }
            });
    org.junit.jupiter.api.Assertions.assertTrue(
        error.getMessage().contains("bad.csv") && error.getMessage().contains("'oops'"),
        error.getMessage());
    session.close(); // throws if any buffer of the failed query was left allocated
  }

  @Test
  void aGlobalAggregateOverNoMatchingRowsIsOneRow() throws IOException {
    StringBuilder csv = new StringBuilder("v,padding\n");
    for (int row = 0; row < ROWS; row++) {
      csv.append(row).append(",some text to make the file big enough to split\n");
    }
    Files.writeString(directory.resolve("u.csv"), csv);
    try (QuiverSession session = QuiverSession.open(SessionOptions.defaults(directory));
        QueryResult result =
            session
                .prepare("SELECT count(*), sum(v), avg(v), min(v) FROM u WHERE v < 0")
                .execute(List.of())) {
      VectorSchemaRoot root = result.next();
      assertEquals(1, root.getRowCount());
      assertEquals(0L, root.getVector(0).getObject(0));
      assertEquals(null, root.getVector(1).getObject(0));
      assertEquals(null, root.getVector(2).getObject(0));
      assertEquals(null, root.getVector(3).getObject(0));
    }
  }
}
