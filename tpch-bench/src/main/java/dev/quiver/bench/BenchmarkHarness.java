package dev.quiver.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs the benchmark queries on Quiver (JDBC) and DuckDB (in-process) over the same generated
 * orders.csv in one process, prints medians and ratios, and writes bench-results.json and
 * bench-results.md. An engine that cannot connect or fails a query is reported and skipped; the
 * other engines still run. Exit code 1 when answers differ or the reference (DuckDB) fails.
 *
 * <p>Usage: see {@link BenchOptions#USAGE}.
 */
public final class BenchmarkHarness {
  static final String JSON_FILE = "bench-results.json";
  static final String MARKDOWN_FILE = "bench-results.md";
  static final int EXIT_OK = 0;
  static final int EXIT_FAILED = 1;
  static final int EXIT_USAGE = 2;

  private BenchmarkHarness() {}

  public static void main(String[] args) throws IOException {
    BenchOptions options;
    try {
      options = BenchOptions.parse(args);
    } catch (IllegalArgumentException usage) {
      System.err.println(usage.getMessage());
      System.exit(EXIT_USAGE);
      return;
    }
    System.exit(run(options, System.out));
  }

  /** Runs everything the options ask for; returns the process exit code. */
  static int run(BenchOptions options, PrintStream out) throws IOException {
    List<BenchQuery> queries = BenchQuery.load(options.only());
    Path dataFile = prepareData(options, out);
    BenchEnvironment environment =
        BenchEnvironment.capture(options, dataFile, Files.size(dataFile));

    Map<String, Connection> connections = new LinkedHashMap<>();
    Map<String, String> whyMissing = new LinkedHashMap<>();
    try {
      for (String name : options.engines()) {
        connect(engine(name), dataFile, connections, whyMissing, environment, out);
      }
      ConsoleReport.printEnvironment(environment, out);
      QueryRunner runner = new QueryRunner(connections, options.warmup(), options.runs(), out);
      List<QueryOutcome> outcomes = new ArrayList<>();
      for (BenchQuery query : queries) {
        outcomes.add(runner.run(query, options.engines(), whyMissing));
      }
      ConsoleReport.printTable(outcomes, out);
      writeReports(options.outputDir(), environment, outcomes, out);
      return exitCode(outcomes, options.engines(), out);
    } finally {
      for (Connection connection : connections.values()) {
        closeQuietly(connection);
      }
    }
  }

  private static Path prepareData(BenchOptions options, PrintStream out) throws IOException {
    long start = System.nanoTime();
    boolean generated = OrdersGenerator.ensure(options.dataDir(), options.rows(), options.seed());
    Path dataFile;
    try {
      dataFile = options.format().prepare(options.dataDir());
    } catch (java.sql.SQLException e) {
      throw new IOException("DuckDB could not convert the CSV to " + options.format() + ": " + e, e);
    }
    out.printf(
        Locale.ROOT,
        "%s %s in %.1f s%n",
        generated ? "generated" : "reusing",
        dataFile,
        (System.nanoTime() - start) / 1e9);
    return dataFile;
  }

  static BenchEngine engine(String name) {
    return switch (name) {
      case QuiverEngine.NAME -> new QuiverEngine();
      case DuckDbEngine.NAME -> new DuckDbEngine();
      default -> throw new IllegalArgumentException("unknown engine " + name);
    };
  }

  private static void connect(
      BenchEngine engine,
      Path dataFile,
      Map<String, Connection> connections,
      Map<String, String> whyMissing,
      BenchEnvironment environment,
      PrintStream out) {
    long start = System.nanoTime();
    try {
      Connection connection = engine.open(dataFile);
      Map<String, String> settings = new LinkedHashMap<>(engine.describe(connection));
      settings.put("connect_ms", ReportFormat.millis((System.nanoTime() - start) / 1e6));
      environment.engineSettings().put(engine.name(), settings);
      connections.put(engine.name(), connection);
    } catch (SQLException | RuntimeException | LinkageError failure) {
      String summary = FailureText.summary(failure);
      whyMissing.put(engine.name(), "could not connect: " + summary);
      environment.engineSettings().put(engine.name(), Map.of("connect_error", summary));
      out.println("################################################################");
      out.println(
          "# "
              + engine.name().toUpperCase(Locale.ROOT)
              + " COULD NOT CONNECT; its queries are"
              + " skipped, the other engines still run.");
      out.println("# " + FailureText.detailed(failure).replace("\n", "\n# "));
      out.println("################################################################");
    }
  }

  private static void writeReports(
      Path outputDir, BenchEnvironment environment, List<QueryOutcome> outcomes, PrintStream out)
      throws IOException {
    Files.createDirectories(outputDir);
    Path json = outputDir.resolve(JSON_FILE);
    Path markdown = outputDir.resolve(MARKDOWN_FILE);
    Files.writeString(json, JsonReport.render(environment, outcomes), StandardCharsets.UTF_8);
    Files.writeString(
        markdown, MarkdownReport.render(environment, outcomes), StandardCharsets.UTF_8);
    out.println();
    out.println("wrote " + json);
    out.println("wrote " + markdown + " (paste into docs/BENCHMARKS.md)");
  }

  private static int exitCode(List<QueryOutcome> outcomes, List<String> engines, PrintStream out) {
    int code = EXIT_OK;
    for (QueryOutcome outcome : outcomes) {
      if (outcome.check() == QueryOutcome.Check.MISMATCH) {
        out.println("FAILED: engines disagree on " + outcome.query().name());
        code = EXIT_FAILED;
      }
      EngineResult reference = outcome.result(DuckDbEngine.NAME);
      if (reference != null && reference.failed()) {
        out.println("FAILED: the reference engine (duckdb) failed on " + outcome.query().name());
        code = EXIT_FAILED;
      }
    }
    if (engines.contains(QuiverEngine.NAME)
        && outcomes.stream().anyMatch(o -> o.result(QuiverEngine.NAME).failed())) {
      out.println("NOTE: Quiver failed on some queries (see above); exit code stays 0 for that.");
    }
    return code;
  }

  private static void closeQuietly(Connection connection) {
    try {
      connection.close();
    } catch (SQLException ignored) {
      // Closing after the run: nothing left to report or recover.
    }
  }
}
