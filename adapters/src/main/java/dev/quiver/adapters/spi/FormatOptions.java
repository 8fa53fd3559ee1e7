package dev.quiver.adapters.spi;

import java.util.Locale;
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

  /**
   * A true/false option, any letter case, or null when it is not given.
   *
   * @throws IllegalArgumentException naming the option for any other value
   */
  public Boolean getBoolean(String key) {
    String value = values.get(key);
    if (value == null) {
      return null;
    }
    String text = value.trim().toLowerCase(Locale.ROOT);
    if (text.equals("true")) {
      return true;
    }
    if (text.equals("false")) {
      return false;
    }
    throw new IllegalArgumentException(
        "Option " + key + " expects true or false, got '" + value + "'");
  }

  /**
   * A one-character option (one ASCII character, or {@code \t} for a TAB) as its byte, or null
   * when it is not given.
   *
   * @throws IllegalArgumentException naming the option for any other value
   */
  public Byte getAsciiChar(String key) {
    String value = values.get(key);
    if (value == null) {
      return null;
    }
    String text = value.equals("\\t") ? "\t" : value;
    if (text.length() != 1 || text.charAt(0) > 0x7F) {
      throw new IllegalArgumentException(
          "Option " + key + " expects one ASCII character (or \\t), got '" + value + "'");
    }
    return (byte) text.charAt(0);
  }

  public Map<String, String> asMap() {
    return values;
  }

  @Override
  public String toString() {
    return values.toString();
  }
}
