package dev.quiver.adapters.spi;

import java.util.Map;
import java.util.TreeMap;

/**
 * Reader options as key/value text, e.g. {@code sample_size=20000}. Keys are lower case.
 *
 * <p>Kept as text so the same options can come from a JDBC URL, connection properties or a table
 * function's named arguments; each format parses the keys it knows.
 */
public final class FormatOptions {
  public static final FormatOptions DEFAULTS = new FormatOptions(Map.of());

  private final Map<String, String> values;

  public FormatOptions(Map<String, String> values) {
    this.values = new TreeMap<>(values);
  }

  public String get(String key, String defaultValue) {
    return values.getOrDefault(key, defaultValue);
  }

  public int getInt(String key, int defaultValue) {
    String value = values.get(key);
    if (value == null) {
      return defaultValue;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "Option " + key + " expects an integer, got '" + value + "'", e);
    }
  }

  public Map<String, String> asMap() {
    return values;
  }

  @Override
  public String toString() {
    return values.toString();
  }
}
