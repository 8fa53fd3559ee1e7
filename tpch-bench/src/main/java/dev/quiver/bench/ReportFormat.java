package dev.quiver.bench;

import java.util.Locale;

/** Number formats shared by the console, Markdown and JSON reports, all locale-independent. */
final class ReportFormat {
  private static final double BYTES_PER_MIB = 1024.0 * 1024.0;

  private ReportFormat() {}

  static String millis(double millis) {
    return Double.isNaN(millis) ? "-" : String.format(Locale.ROOT, "%.1f", millis);
  }

  static String ratio(double ratio) {
    return Double.isNaN(ratio) ? "n/a" : String.format(Locale.ROOT, "%.2fx", ratio);
  }

  static String mebibytes(long bytes) {
    return String.format(Locale.ROOT, "%.0f MiB", bytes / BYTES_PER_MIB);
  }

  static String count(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  /** "median" for an engine that has timings, else "FAILED". */
  static String median(EngineResult result) {
    if (result == null) {
      return "-";
    }
    return result.hasTimings() ? millis(result.medianMillis()) : "FAILED";
  }

  static String range(EngineResult result) {
    if (result == null || !result.hasTimings()) {
      return "-";
    }
    return millis(result.minMillis()) + ".." + millis(result.maxMillis());
  }
}
