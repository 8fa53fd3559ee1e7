package dev.quiver.adapters.dataset;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Hive-style partition values from a file's path: each directory segment {@code key=value}
 * between the dataset root and the file gives a column {@code key} whose value for every row of
 * the file is {@code value} ({@code events/year=2024/month=03/part-0.csv}). Values are
 * %-decoded as Hive and Spark write them; {@code __HIVE_DEFAULT_PARTITION__} is NULL.
 */
public final class HivePartitions {
  /** The value Hive and Spark write for a NULL partition value. */
  public static final String DEFAULT_PARTITION = "__HIVE_DEFAULT_PARTITION__";

  private HivePartitions() {}

  /** Partition keys to values (null for NULL), in path order. */
  public static Map<String, String> of(Path root, Path file) {
    Map<String, String> values = new LinkedHashMap<>();
    Path relative = root.relativize(file).getParent();
    if (relative == null) {
      return values;
    }
    for (Path segment : relative) {
      String name = segment.toString();
      int equals = name.indexOf('=');
      if (equals <= 0) {
        continue;
      }
      String key = name.substring(0, equals);
      String value = URLDecoder.decode(name.substring(equals + 1).replace("+", "%2B"),
          StandardCharsets.UTF_8);
      values.put(key, value.equals(DEFAULT_PARTITION) ? null : value);
    }
    return values;
  }
}
