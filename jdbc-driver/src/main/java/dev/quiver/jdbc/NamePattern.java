package dev.quiver.jdbc;

/**
 * The LIKE-style name patterns of {@code DatabaseMetaData} ({@code %} any run, {@code _} one
 * character, {@code \} escapes), where null means "any".
 */
final class NamePattern {
  private static final char ESCAPE = '\\';

  private NamePattern() {}

  static boolean matches(String pattern, String name) {
    if (pattern == null) {
      return true;
    }
    if (name == null) {
      return false;
    }
    return matches(pattern, 0, name, 0);
  }

  /** Quiver has no catalogs: null (do not filter) and "" (no catalog) match, any name does not. */
  static boolean matchesCatalog(String catalog) {
    return catalog == null || catalog.isEmpty();
  }

  private static boolean matches(String pattern, int p, String name, int n) {
    while (p < pattern.length()) {
      char c = pattern.charAt(p);
      if (c == '%') {
        // try every split point; patterns are short, so backtracking is cheap
        for (int k = n; k <= name.length(); k++) {
          if (matches(pattern, p + 1, name, k)) {
            return true;
          }
        }
        return false;
      }
      if (n >= name.length()) {
        return false;
      }
      if (c == '_') {
        p++;
        n++;
        continue;
      }
      if (c == ESCAPE && p + 1 < pattern.length()) {
        c = pattern.charAt(++p);
      }
      if (c != name.charAt(n)) {
        return false;
      }
      p++;
      n++;
    }
    return n == name.length();
  }
}
