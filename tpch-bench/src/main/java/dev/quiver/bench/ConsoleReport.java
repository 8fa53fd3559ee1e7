package dev.quiver.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/** Prints the run's setting and the results table to a terminal. */
final class ConsoleReport {
  private ConsoleReport() {}

  static void printEnvironment(BenchEnvironment environment, PrintStream out) {
    out.println("== Quiver vs DuckDB on " + environment.dataFile());
    out.printf(
        "rows %s, file %s, warmup %d, measured runs %d, engines %s (order alternates per round)%n",
        ReportFormat.count(environment.rows()),
        ReportFormat.mebibytes(environment.fileBytes()),
        environment.warmup(),
        environment.runs(),
        String.join(",", environment.engines()));
    out.printf(
        "availableProcessors %d, JVM max heap %s, Java %s, %s%n",
        environment.availableProcessors(),
        ReportFormat.mebibytes(environment.maxHeapBytes()),
        environment.javaVersion(),
        environment.os());
    for (Map.Entry<String, Map<String, String>> engine : environment.engineSettings().entrySet()) {
      out.println(engine.getKey() + ": " + engine.getValue());
    }
  }

  static void printTable(List<QueryOutcome> outcomes, PrintStream out) {
    String format = "%-5s %14s %14s %10s %17s %17s  %s%n";
    out.println();
    out.printf(
        format,
        "query",
        "quiver med ms",
        "duckdb med ms",
        "ratio q/d",
        "quiver min..max",
        "duckdb min..max",
        "answers");
    for (QueryOutcome outcome : outcomes) {
      EngineResult quiver = outcome.result(QuiverEngine.NAME);
      EngineResult duckdb = outcome.result(DuckDbEngine.NAME);
      out.printf(
          format,
          outcome.query().name(),
          ReportFormat.median(quiver),
          ReportFormat.median(duckdb),
          ReportFormat.ratio(outcome.ratio()),
          ReportFormat.range(quiver),
          ReportFormat.range(duckdb),
          outcome.check().name().toLowerCase());
    }
    for (QueryOutcome outcome : outcomes) {
      for (EngineResult result : outcome.results().values()) {
        if (result.failed()) {
          out.println(
              outcome.query().name() + " " + result.engine() + " failed: " + result.error());
        }
      }
      if (outcome.check() == QueryOutcome.Check.MISMATCH) {
        out.println(outcome.query().name() + " MISMATCH: " + outcome.checkDetail());
      }
    }
  }
}
