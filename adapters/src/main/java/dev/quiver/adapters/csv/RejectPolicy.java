package dev.quiver.adapters.csv;

import dev.quiver.adapters.spi.FormatOptions;
import java.nio.file.Path;

/**
 * What a reader does with a malformed row, from the options {@code ignore_errors} (true: skip the
 * row instead of failing) and {@code rejects_file} (a CSV file each skipped row is appended to).
 *
 * @param ignoreErrors whether malformed rows are skipped
 * @param rejectsFile where skipped rows are appended, or null
 */
public record RejectPolicy(boolean ignoreErrors, Path rejectsFile) {
  /** Fail on the first malformed row, as without options. */
  public static final RejectPolicy FAIL = new RejectPolicy(false, null);

  public static final String IGNORE_ERRORS = "ignore_errors";
  public static final String REJECTS_FILE = "rejects_file";

  /**
   * Parses the two options.
   *
   * @throws IllegalArgumentException for a value that is not true/false, or a rejects_file without
   *     ignore_errors=true (the rows could not be both rejected and fail the read)
   */
  public static RejectPolicy of(FormatOptions options) {
    boolean ignoreErrors = Boolean.TRUE.equals(options.getBoolean(IGNORE_ERRORS));
    String rejects = options.get(REJECTS_FILE, null);
    if (rejects != null && !ignoreErrors) {
      throw new IllegalArgumentException(
          "Option "
              + REJECTS_FILE
              + " needs "
              + IGNORE_ERRORS
              + "=true: without it the first malformed row fails the read");
    }
    if (rejects != null && rejects.isBlank()) {
      throw new IllegalArgumentException("Option " + REJECTS_FILE + " expects a file path, got ''");
    }
    return ignoreErrors
        ? new RejectPolicy(true, rejects == null ? null : Path.of(rejects).toAbsolutePath())
        : FAIL;
  }
}
