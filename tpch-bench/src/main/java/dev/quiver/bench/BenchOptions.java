package dev.quiver.bench;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The harness's command-line options.
 *
 * @param rows rows in the generated orders.csv
 * @param seed generator seed
 * @param dataDir directory holding orders.csv (generated there when missing)
 * @param outputDir where bench-results.json and bench-results.md go
 * @param runs measured runs per query and engine
 * @param warmup unmeasured runs per query and engine, before the measured ones
 * @param only query names to run (upper-cased), empty for all
 * @param engines engine names in the order given
 * @param format the file format the engines read (the CSV, or a Parquet/NDJSON copy of it)
 */
record BenchOptions(
    long rows,
    long seed,
    Path dataDir,
    Path outputDir,
    int runs,
    int warmup,
    Set<String> only,
    List<String> engines,
    BenchFormat format) {

  static final int DEFAULT_RUNS = 5;
  static final int DEFAULT_WARMUP = 1;
  static final List<String> ALL_ENGINES = List.of(QuiverEngine.NAME, DuckDbEngine.NAME);

  static final String USAGE =
      "usage: BenchmarkHarness [--rows N] [--seed S] [--dir path] [--out path] [--runs R]"
          + " [--warmup W] [--only Q1,Q2] [--engines quiver,duckdb] [--format csv|parquet|parquet_snappy|ndjson]";

  static BenchOptions parse(String... args) {
    long rows = OrdersGenerator.DEFAULT_ROWS;
    long seed = OrdersGenerator.DEFAULT_SEED;
    Path dataDir = null;
    Path outputDir = null;
    int runs = DEFAULT_RUNS;
    int warmup = DEFAULT_WARMUP;
    Set<String> only = new LinkedHashSet<>();
    List<String> engines = new ArrayList<>(ALL_ENGINES);
    BenchFormat format = BenchFormat.CSV;
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      if (option.isBlank()) {
        continue; // Maven passes an empty property as one empty argument
      }
      if (option.equals("--help") || option.equals("-h")) {
        throw new IllegalArgumentException(USAGE);
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(option + " needs a value; " + USAGE);
      }
      String value = args[++i];
      switch (option) {
        case "--rows" -> rows = parseLong(option, value, 0);
        case "--seed" -> seed = Long.parseLong(value);
        case "--dir" -> dataDir = Paths.get(value);
        case "--out" -> outputDir = Paths.get(value);
        case "--runs" -> runs = (int) parseLong(option, value, 1);
        case "--warmup" -> warmup = (int) parseLong(option, value, 0);
        case "--only" -> only = names(value, Locale.ROOT, true);
        case "--engines" -> engines = engineList(value);
        case "--format" -> format = BenchFormat.parse(value);
        default -> throw new IllegalArgumentException("unknown option " + option + "; " + USAGE);
      }
    }
    return new BenchOptions(
        rows,
        seed,
        dataDir != null ? dataDir.toAbsolutePath() : RepositoryPaths.defaultDataDir(rows),
        outputDir != null ? outputDir.toAbsolutePath() : RepositoryPaths.defaultOutputDir(),
        runs,
        warmup,
        only,
        engines,
        format);
  }

  private static long parseLong(String option, String value, long minimum) {
    long parsed;
    try {
      parsed = Long.parseLong(value.replace("_", ""));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " expects a whole number, got '" + value + "'");
    }
    if (parsed < minimum) {
      throw new IllegalArgumentException(option + " must be >= " + minimum + ", got " + parsed);
    }
    return parsed;
  }

  private static Set<String> names(String list, Locale locale, boolean upper) {
    Set<String> names = new LinkedHashSet<>();
    for (String part : list.split(",")) {
      String name = part.trim();
      if (!name.isEmpty()) {
        names.add(upper ? name.toUpperCase(locale) : name.toLowerCase(locale));
      }
    }
    return names;
  }

  private static List<String> engineList(String list) {
    List<String> engines = new ArrayList<>(names(list, Locale.ROOT, false));
    for (String engine : engines) {
      if (!ALL_ENGINES.contains(engine)) {
        throw new IllegalArgumentException(
            "unknown engine '" + engine + "'; choose from " + String.join(",", ALL_ENGINES));
      }
    }
    if (engines.isEmpty()) {
      throw new IllegalArgumentException("--engines needs at least one of " + ALL_ENGINES);
    }
    return engines;
  }
}
