package dev.quiver.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Finds the repository root from the working directory, so defaults such as {@code bench-data/}
 * mean the same place whether the tools run from the root, from {@code tpch-bench/} or via Maven.
 */
final class RepositoryPaths {
  private static final String BENCH_MODULE = "tpch-bench";

  private RepositoryPaths() {}

  /**
   * The nearest ancestor of the working directory that is the repository root (pom.xml beside
   * the tpch-bench, engine and adapters modules), else the working directory. Checking several
   * modules keeps a stray directory named tpch-bench from passing for the root.
   */
  static Path root() {
    Path cwd = Paths.get("").toAbsolutePath();
    for (Path dir = cwd; dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("pom.xml"))
          && Files.isDirectory(dir.resolve(BENCH_MODULE))
          && Files.isDirectory(dir.resolve("engine"))
          && Files.isDirectory(dir.resolve("adapters"))) {
        return dir;
      }
    }
    return cwd;
  }

  /**
   * {@code bench-data/orders-<rows>/} at the root: one directory per size, so switching between a
   * quick run and the full one does not regenerate 500 MB each time.
   */
  static Path defaultDataDir(long rows) {
    return root().resolve("bench-data").resolve("orders-" + rows);
  }

  /** {@code tpch-bench/target/} at the root, where the harness writes its reports. */
  static Path defaultOutputDir() {
    Path root = root();
    Path module = root.resolve(BENCH_MODULE);
    return Files.isDirectory(module) ? module.resolve("target") : root.resolve("target");
  }
}
