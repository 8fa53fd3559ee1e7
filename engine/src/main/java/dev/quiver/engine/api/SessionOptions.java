package dev.quiver.engine.api;

import dev.quiver.engine.error.ErrorCode;
import dev.quiver.engine.error.QuiverException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The options of one session (one JDBC connection), parsed from URL and connection properties.
 *
 * @param directory the default schema's directory, or null for {@code jdbc:quiver:} alone
 * @param memoryLimitBytes the most Arrow memory one connection's queries may hold at once
 * @param sampleSize rows sampled (spread over the whole file) to infer CSV column types; 0 = all
 * @param batchRows rows per batch
 * @param debug print each planning stage to standard error
 */
public record SessionOptions(
    Path directory, long memoryLimitBytes, int sampleSize, int batchRows, boolean debug) {

  /** Every option a URL or {@code Properties} may carry, with its description and default. */
  public static final Map<String, String> KNOWN_OPTIONS;

  static {
    Map<String, String> known = new LinkedHashMap<>();
    known.put("memory_limit", "Arrow memory per connection, e.g. 512MB, 4GB (default 2GB)");
    known.put(
        "sample_size",
        "rows sampled across a CSV file to infer types; 0 samples every row (default 20000)");
    known.put("batch_size", "rows per batch (default 4096)");
    known.put("debug", "print each planning stage to stderr: true|false (default false)");
    KNOWN_OPTIONS = java.util.Collections.unmodifiableMap(known);
  }

  public static final long DEFAULT_MEMORY_LIMIT = 2L << 30;
  public static final int DEFAULT_SAMPLE_SIZE = 20_000;
  public static final int DEFAULT_BATCH_ROWS = 4096;

  /** Options with every default and the given directory. */
  public static SessionOptions defaults(Path directory) {
    return new SessionOptions(
        directory, DEFAULT_MEMORY_LIMIT, DEFAULT_SAMPLE_SIZE, DEFAULT_BATCH_ROWS, false);
  }

  /**
   * Parses options given as text. Keys are matched case-insensitively; JDBC's own {@code user} and
   * {@code password} are accepted and ignored, since tools send them unasked.
   *
   * @throws QuiverException naming the unknown option and listing the known ones, or naming the
   *     option whose value does not parse
   */
  public static SessionOptions parse(Path directory, Map<String, String> raw) {
    Map<String, String> values = new TreeMap<>();
    for (Map.Entry<String, String> entry : raw.entrySet()) {
      String key = entry.getKey().trim().toLowerCase(Locale.ROOT);
      if (key.equals("user") || key.equals("password")) {
        continue;
      }
      if (!KNOWN_OPTIONS.containsKey(key)) {
        throw new QuiverException(
            ErrorCode.USER_ERROR,
            "Unknown connection option '" + entry.getKey() + "'. Known options: "
                + String.join(", ", KNOWN_OPTIONS.keySet()));
      }
      values.put(key, entry.getValue() == null ? "" : entry.getValue().trim());
    }
    long memory =
        values.containsKey("memory_limit")
            ? parseBytes("memory_limit", values.get("memory_limit"))
            : DEFAULT_MEMORY_LIMIT;
    int sample = parseInt("sample_size", values.get("sample_size"), DEFAULT_SAMPLE_SIZE, 0);
    int batch = parseInt("batch_size", values.get("batch_size"), DEFAULT_BATCH_ROWS, 1);
    boolean debug = parseBoolean("debug", values.get("debug"));
    return new SessionOptions(directory, memory, sample, batch, debug);
  }

  /** Parses {@code 512MB}, {@code 2GB}, {@code 1.5GB}, {@code 1048576} (bytes). */
  static long parseBytes(String key, String text) {
    String value = text.trim().toUpperCase(Locale.ROOT).replace(" ", "");
    long multiplier = 1;
    String[][] units = {{"TB", "" + (1L << 40)}, {"GB", "" + (1L << 30)}, {"MB", "" + (1L << 20)},
        {"KB", "" + (1L << 10)}, {"B", "1"}};
    for (String[] unit : units) {
      if (value.endsWith(unit[0])) {
        multiplier = Long.parseLong(unit[1]);
        value = value.substring(0, value.length() - unit[0].length());
        break;
      }
    }
    try {
      double amount = Double.parseDouble(value);
      if (amount <= 0) {
        throw new NumberFormatException();
      }
      return (long) (amount * multiplier);
    } catch (NumberFormatException e) {
      throw new QuiverException(
          ErrorCode.USER_ERROR,
          "Option " + key + " expects a size such as 512MB or 4GB, got '" + text + "'");
    }
  }

  private static int parseInt(String key, String text, int defaultValue, int minimum) {
    if (text == null) {
      return defaultValue;
    }
    try {
      int value = Integer.parseInt(text);
      if (value < minimum) {
        throw new NumberFormatException();
      }
      return value;
    } catch (NumberFormatException e) {
      throw new QuiverException(
          ErrorCode.USER_ERROR,
          "Option " + key + " expects an integer of at least " + minimum + ", got '" + text + "'");
    }
  }

  private static boolean parseBoolean(String key, String text) {
    if (text == null) {
      return false;
    }
    switch (text.toLowerCase(Locale.ROOT)) {
      case "true":
        return true;
      case "false":
        return false;
      default:
        throw new QuiverException(
            ErrorCode.USER_ERROR, "Option " + key + " expects true or false, got '" + text + "'");
    }
  }
}
