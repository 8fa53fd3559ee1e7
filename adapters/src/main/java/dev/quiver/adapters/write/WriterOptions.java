package dev.quiver.adapters.write;

import dev.quiver.adapters.spi.FormatOptions;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** Checks and parses a writer's COPY options, with errors that name the option and its choices. */
final class WriterOptions {
  private final String format;
  private final FormatOptions options;

  /**
   * @throws IllegalArgumentException when an option is not one of {@code known}
   */
  WriterOptions(String format, FormatOptions options, Set<String> known) {
    this.format = format;
    this.options = options;
    for (String key : options.asMap().keySet()) {
      if (!known.contains(key)) {
        throw new IllegalArgumentException(
            "Unknown option '" + key + "' for FORMAT " + format + "; accepted: "
                + String.join(", ", new TreeSet<>(known)));
      }
    }
  }

  String text(String key, String defaultValue) {
    return options.get(key, defaultValue);
  }

  boolean bool(String key, boolean defaultValue) {
    String value = options.get(key, null);
    if (value == null) {
      return defaultValue;
    }
    switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "true", "1", "yes", "on":
        return true;
      case "false", "0", "no", "off":
        return false;
      default:
        throw new IllegalArgumentException(
            "Option " + key + " of FORMAT " + format + " expects true or false, got '" + value + "'");
    }
  }

  int positiveInt(String key, int defaultValue) {
    int value = options.getInt(key, defaultValue);
    if (value <= 0) {
      throw new IllegalArgumentException(
          "Option " + key + " of FORMAT " + format + " expects a positive integer, got " + value);
    }
    return value;
  }

  /** The value of {@code key}, lower-cased, which must be one of {@code accepted}. */
  String choice(String key, String defaultValue, Set<String> accepted) {
    String value = options.get(key, defaultValue).trim().toLowerCase(Locale.ROOT);
    if (!accepted.contains(value)) {
      throw new IllegalArgumentException(
          "Option " + key + " of FORMAT " + format + " does not accept '" + options.get(key, "")
              + "'; accepted: " + String.join(", ", new TreeSet<>(accepted)));
    }
    return value;
  }
}
