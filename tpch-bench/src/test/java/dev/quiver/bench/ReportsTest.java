package dev.quiver.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportsTest {

  @Test
  void medianOfOddAndEvenCounts() {
    assertEquals(3.0, EngineResult.median(new double[] {9, 3, 1}));
    assertEquals(2.5, EngineResult.median(new double[] {4, 1, 2, 3}));
    assertTrue(Double.isNaN(EngineResult.median(new double[0])));
  }

  @Test
  void barsHaveEighthCharacterResolutionAndNeverVanish() {
    assertEquals("█", MarkdownReport.bar(1.0));
    assertEquals("██▌", MarkdownReport.bar(2.5));
    assertEquals("▏", MarkdownReport.bar(0.0));
  }

  @Test
  void chartScalesTheLongestRatioToTheFullWidth() {
    QueryOutcome twice = outcome("Q1", 20.0, 10.0);
    String chart = MarkdownReport.barChart(List.of(twice));
    String[] lines = chart.split("\n");
    assertEquals(2, lines.length, chart);
    assertTrue(
        lines[0].startsWith("DuckDB " + "█".repeat(MarkdownReport.BAR_WIDTH / 2) + " 1.00x"),
        chart);
    assertTrue(
        lines[1].startsWith("Q1     " + "█".repeat(MarkdownReport.BAR_WIDTH) + " 2.00x"), chart);
  }

  @Test
  void jsonStringsAreEscaped() {
    assertEquals("\"a\\\"b\\\\c\\nd\\u0001\"", JsonReport.quote("a\"b\\c\nd\u0001"));
    assertEquals("null", JsonReport.number(Double.NaN));
  }

  private static QueryOutcome outcome(String name, double quiverMillis, double duckdbMillis) {
    QueryOutcome outcome =
        new QueryOutcome(new BenchQuery(name, "", "SELECT 1"), List.of("quiver", "duckdb"));
    outcome.result("quiver").addMeasured((long) (quiverMillis * 1e6));
    outcome.result("duckdb").addMeasured((long) (duckdbMillis * 1e6));
    return outcome;
  }
}
