package dev.quiver.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a run as a Markdown snippet for docs/BENCHMARKS.md: the setting, a table, and a bar chart
 * of Quiver/DuckDB ratios drawn with Unicode block characters (it survives any renderer).
 */
final class MarkdownReport {
  /** Characters of the longest bar. */
  static final int BAR_WIDTH = 40;

  private static final String FULL_BLOCK = "█";

  /** Partial blocks for 1/8 .. 7/8 of a character. */
  private static final String[] EIGHTHS = {"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"};

  private static final int EIGHTHS_PER_CHAR = 8;

  private MarkdownReport() {}

  static String render(BenchEnvironment environment, List<QueryOutcome> outcomes) {
    StringBuilder md = new StringBuilder();
    md.append(
        String.format(
            Locale.ROOT,
            "### %s, %s rows (%s), %s%n%n",
            environment.dataFile().getFileName(),
            ReportFormat.count(environment.rows()),
            ReportFormat.mebibytes(environment.fileBytes()),
            environment.startedAt().toString().substring(0, "yyyy-mm-dd".length())));
    md.append(
        String.format(
            Locale.ROOT,
            "Machine: %d available processors, JVM max heap %s, Java %s, %s. Warmup %d, measured"
                + " runs %d per query and engine, engine order alternating per round.%n",
            environment.availableProcessors(),
            ReportFormat.mebibytes(environment.maxHeapBytes()),
            environment.javaVersion(),
            environment.os(),
            environment.warmup(),
            environment.runs()));
    for (Map.Entry<String, Map<String, String>> engine : environment.engineSettings().entrySet()) {
      md.append("- ").append(engine.getKey()).append(": ");
      String separator = "";
      for (Map.Entry<String, String> setting : engine.getValue().entrySet()) {
        md.append(separator).append(setting.getKey()).append(' ').append(setting.getValue());
        separator = "; ";
      }
      md.append('\n');
    }
    md.append(
        "\n| query | what | Quiver median ms | DuckDB median ms | Quiver/DuckDB "
            + "| Quiver min..max | DuckDB min..max | same answer |\n");
    md.append("|---|---|---:|---:|---:|---:|---:|---|\n");
    for (QueryOutcome outcome : outcomes) {
      EngineResult quiver = outcome.result(QuiverEngine.NAME);
      EngineResult duckdb = outcome.result(DuckDbEngine.NAME);
      md.append("| ")
          .append(outcome.query().name())
          .append(" | ")
          .append(outcome.query().title().replace("|", "\\|"))
          .append(" | ")
          .append(ReportFormat.median(quiver))
          .append(" | ")
          .append(ReportFormat.median(duckdb))
          .append(" | ")
          .append(ReportFormat.ratio(outcome.ratio()))
          .append(" | ")
          .append(ReportFormat.range(quiver))
          .append(" | ")
          .append(ReportFormat.range(duckdb))
          .append(" | ")
          .append(outcome.check().name().toLowerCase(Locale.ROOT))
          .append(" |\n");
    }
    md.append(
        "\nQuiver time / DuckDB time (median; shorter bar is better for Quiver, "
            + "the DuckDB line is parity):\n\n```text\n");
    md.append(barChart(outcomes));
    md.append("```\n");
    for (QueryOutcome outcome : outcomes) {
      for (EngineResult result : outcome.results().values()) {
        if (result.failed()) {
          md.append("\n- ")
              .append(outcome.query().name())
              .append(' ')
              .append(result.engine())
              .append(" failed: `")
              .append(result.error().replace("`", "'"))
              .append('`');
        }
      }
    }
    md.append('\n');
    return md.toString();
  }

  static String barChart(List<QueryOutcome> outcomes) {
    double longest = 1.0;
    for (QueryOutcome outcome : outcomes) {
      if (!Double.isNaN(outcome.ratio())) {
        longest = Math.max(longest, outcome.ratio());
      }
    }
    double charsPerUnit = BAR_WIDTH / longest;
    StringBuilder chart = new StringBuilder();
    chart.append(
        String.format(Locale.ROOT, "%-6s %s %s%n", "DuckDB", bar(1.0 * charsPerUnit), "1.00x"));
    for (QueryOutcome outcome : outcomes) {
      double ratio = outcome.ratio();
      String shown =
          Double.isNaN(ratio)
              ? "(no ratio: needs timings from both engines)"
              : bar(ratio * charsPerUnit) + " " + ReportFormat.ratio(ratio);
      chart.append(String.format(Locale.ROOT, "%-6s %s%n", outcome.query().name(), shown));
    }
    return chart.toString();
  }

  /** A bar of the given length in characters, at 1/8-character resolution, never empty. */
  static String bar(double chars) {
    long eighths = Math.max(1, Math.round(chars * EIGHTHS_PER_CHAR));
    return FULL_BLOCK.repeat((int) (eighths / EIGHTHS_PER_CHAR))
        + EIGHTHS[(int) (eighths % EIGHTHS_PER_CHAR)];
  }
}
