package dev.quiver.engine.plan;

import java.util.Locale;
import java.util.Set;

/**
 * Quotes, before parsing, table-function option names that Calcite's grammar reserves, so that
 * {@code read_csv('x.csv', escape => '\')} parses as DuckDB users write it: {@code ESCAPE} is a
 * keyword (of {@code LIKE ... ESCAPE}), and a keyword cannot name an argument.
 *
 * <p>Only a bare word directly followed by {@code =>} is rewritten (to the quoted lower-case name,
 * {@code "escape" =>}), which no valid statement holds otherwise; string literals, quoted
 * identifiers and comments are skipped, so text inside them never changes.
 */
final class ReservedOptionNames {
  /** Option names of the read_ functions that are reserved words in Calcite's parser. */
  private static final Set<String> RESERVED = Set.of("escape");

  private ReservedOptionNames() {}

  /** {@code sql} with each reserved option name before {@code =>} quoted. */
  static String quote(String sql) {
    if (!sql.toLowerCase(Locale.ROOT).contains("=>")) {
      return sql;
    }
    StringBuilder out = null;
    int copied = 0;
    int i = 0;
    int length = sql.length();
    while (i < length) {
      char c = sql.charAt(i);
      if (c == '\'' || c == '"') {
        i = skipQuoted(sql, i, c);
        continue;
      }
      if (c == '-' && i + 1 < length && sql.charAt(i + 1) == '-') {
        int end = sql.indexOf('\n', i);
        i = end < 0 ? length : end + 1;
        continue;
      }
      if (c == '/' && i + 1 < length && sql.charAt(i + 1) == '*') {
        int end = sql.indexOf("*/", i + 2);
        i = end < 0 ? length : end + 2;
        continue;
      }
      if (!Character.isJavaIdentifierStart(c)) {
        i++;
        continue;
      }
      int start = i;
      while (i < length && Character.isJavaIdentifierPart(sql.charAt(i))) {
        i++;
      }
      String word = sql.substring(start, i).toLowerCase(Locale.ROOT);
      if (!RESERVED.contains(word)) {
        continue;
      }
      int next = i;
      while (next < length && Character.isWhitespace(sql.charAt(next))) {
        next++;
      }
      if (sql.startsWith("=>", next)) {
        if (out == null) {
          out = new StringBuilder(length + 8);
        }
        out.append(sql, copied, start).append('"').append(word).append('"');
        copied = i;
      }
    }
    if (out == null) {
      return sql;
    }
    return out.append(sql, copied, length).toString();
  }

  /** The index after the quoted text opened at {@code open} (a doubled quote stays inside). */
  private static int skipQuoted(String sql, int open, char quote) {
    int i = open + 1;
    while (i < sql.length()) {
      if (sql.charAt(i) == quote) {
        if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    return i;
  }
}
