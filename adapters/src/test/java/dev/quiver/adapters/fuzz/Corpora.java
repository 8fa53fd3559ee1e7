package dev.quiver.adapters.fuzz;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The public conformance corpora (shared/corpora beside the project, or {@code
 * -Dquiver.corpora=DIR}); a test that needs one is skipped, naming the path, when it is absent.
 */
final class Corpora {
  private Corpora() {}

  /** {@code relative} inside the corpora folder, e.g. {@code parquet-testing/data}. */
  static Path require(String relative) {
    String given = System.getProperty("quiver.corpora");
    if (given != null) {
      Path path = Path.of(given).resolve(relative);
      assumeTrue(Files.isDirectory(path), "corpus not found at " + path);
      return path;
    }
    Path wanted = Path.of("shared", "corpora").resolve(relative);
    for (Path at = Path.of("").toAbsolutePath(); at != null; at = at.getParent()) {
      if (Files.isDirectory(at.resolve(wanted))) {
        return at.resolve(wanted);
      }
    }
    assumeTrue(false, "corpus not found: " + wanted + " beside the project (or -Dquiver.corpora=DIR)");
    return null;
  }
}
