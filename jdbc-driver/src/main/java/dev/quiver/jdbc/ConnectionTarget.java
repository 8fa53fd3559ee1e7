package dev.quiver.jdbc;

import dev.quiver.engine.api.SessionOptions;
import dev.quiver.engine.error.QuiverException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.apache.calcite.avatica.AvaticaConnection;
import org.apache.calcite.avatica.BuiltInConnectionProperty;

/**
 * What a {@code jdbc:quiver:<dir>[;key=value...]} URL and its Properties ask for: the directory and
 * the session options, validated by {@link SessionOptions#parse}.
 */
final class ConnectionTarget {
  static final String PREFIX = "jdbc:quiver:";

  /**
   * Keys that Avatica itself defines (tools such as DBeaver send some of them unasked); they
   * configure Avatica, not the session, so they are not passed to SessionOptions.
   */
  private static final Set<String> AVATICA_KEYS = avaticaKeys();

  private ConnectionTarget() {}

  /**
   * Parses the URL and properties into session options; options in the URL win over Properties.
   *
   * @throws SQLException naming a directory that does not exist, or an unknown or malformed option
   */
  static SessionOptions parse(String url, Properties info) throws SQLException {
    if (url == null || !url.startsWith(PREFIX)) {
      throw new SQLException("Not a Quiver URL: " + url + " (expected " + PREFIX + "<dir>)");
    }
    String rest = url.substring(PREFIX.length());
    String[] parts = rest.split(";", -1);
    Map<String, String> options = new LinkedHashMap<>();
    if (info != null) {
      for (String name : info.stringPropertyNames()) {
        putOption(options, name, info.getProperty(name));
      }
    }
    for (int i = 1; i < parts.length; i++) {
      String part = parts[i].trim();
      if (part.isEmpty()) {
        continue;
      }
      int eq = part.indexOf('=');
      if (eq <= 0) {
        throw new SQLException(
            "Malformed option '" + part + "' in URL " + url + "; write key=value, e.g. "
                + url.substring(0, url.indexOf(';')) + ";memory_limit=4GB",
            "08001");
      }
      putOption(options, part.substring(0, eq).trim(), part.substring(eq + 1).trim());
    }
    Path directory = directory(parts[0].trim());
    try {
      return SessionOptions.parse(directory, options);
    } catch (QuiverException e) {
      throw SqlErrors.of(e);
    }
  }

  private static void putOption(Map<String, String> options, String key, String value) {
    String lower = key.toLowerCase(Locale.ROOT);
    if (AVATICA_KEYS.contains(lower) || lower.startsWith("avatica.")) {
      return;
    }
    options.put(key, value);
  }

  private static Path directory(String text) throws SQLException {
    if (text.isEmpty()) {
      return null;
    }
    Path path;
    try {
      path = Path.of(text).toAbsolutePath().normalize();
    } catch (InvalidPathException e) {
      throw new SQLException("Invalid directory '" + text + "' in Quiver URL: " + e.getMessage(),
          "08001", e);
    }
    if (!Files.isDirectory(path)) {
      String what = Files.exists(path) ? "is not a directory" : "does not exist";
      throw new SQLException(
          "Directory " + path + " " + what + " (from URL " + PREFIX + text
              + "); give an existing directory, relative to " + Path.of("").toAbsolutePath()
              + " or absolute",
          "08001");
    }
    return path;
  }

  private static Set<String> avaticaKeys() {
    Set<String> keys = new TreeSet<>();
    for (BuiltInConnectionProperty p : BuiltInConnectionProperty.values()) {
      keys.add(p.camelName().toLowerCase(Locale.ROOT));
    }
    keys.add(AvaticaConnection.NUM_EXECUTE_RETRIES_KEY.toLowerCase(Locale.ROOT));
    return keys;
  }
}
