package dev.quiver.engine.session;

import dev.quiver.engine.error.ErrorCode;
import dev.quiver.engine.error.QuiverException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code COPY (query) TO 'file' (FORMAT parquet, COMPRESSION zstd, ...)} or {@code COPY table TO
 * 'file' ...}, taken apart before Calcite sees anything, since Calcite's grammar has no COPY. The
 * query inside is ordinary SQL that the planner handles as any other.
 *
 * @param query the SELECT to run
 * @param target the file to write, as written
 * @param options lower-case option names to values as written (quotes removed)
 */
record CopyStatement(String query, String target, Map<String, String> options) {
  private static final Pattern START = Pattern.compile("(?is)^\\s*COPY\\b\\s*");
  private static final Pattern TABLE_NAME =
      Pattern.compile("(?is)^(\"(?:[^\"]|\"\")+\"|[A-Za-z_][A-Za-z0-9_]*)\\s*");
  private static final Pattern TO = Pattern.compile("(?is)^TO\\s*'((?:[^']|'')*)'\\s*");
  private static final Pattern OPTION =
      Pattern.compile(
          "(?is)^\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*(?:=\\s*)?"
              + "('(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|\\([^)]*\\)|[^,()\\s]+)?\\s*");

  /** Whether {@code sql} is a COPY statement. */
  static boolean matches(String sql) {
    return START.matcher(sql).find();
  }

  static CopyStatement parse(String sql) {
    String text = sql.trim();
    if (text.endsWith(";")) {
      text = text.substring(0, text.length() - 1).trim();
    }
    Matcher start = START.matcher(text);
    if (!start.find()) {
      throw syntax("expected COPY");
    }
    int position = start.end();
    String query;
    if (position < text.length() && text.charAt(position) == '(') {
      int close = closingParenthesis(text, position);
      query = text.substring(position + 1, close).trim();
      position = close + 1;
    } else {
      Matcher table = TABLE_NAME.matcher(text.substring(position));
      if (!table.find()) {
        throw syntax("expected (query) or a table name after COPY");
      }
      query = "SELECT * FROM " + table.group(1);
      position += table.end();
    }
    String rest = text.substring(position).trim();
    Matcher to = TO.matcher(rest);
    if (!to.find()) {
      throw syntax("expected TO 'file' after the query");
    }
    String target = to.group(1).replace("''", "'");
    String optionText = rest.substring(to.end()).trim();
    return new CopyStatement(query, target, options(optionText));
  }

  private static Map<String, String> options(String text) {
    Map<String, String> options = new LinkedHashMap<>();
    if (text.isEmpty()) {
      return options;
    }
    if (!text.startsWith("(") || !text.endsWith(")")) {
      throw syntax("expected options in parentheses after TO 'file', e.g. (FORMAT parquet)");
    }
    String inner = text.substring(1, text.length() - 1).trim();
    while (!inner.isEmpty()) {
      Matcher option = OPTION.matcher(inner);
      if (!option.find() || option.end() == 0) {
        throw syntax("cannot read the option at: " + inner);
      }
      String name = option.group(1).toLowerCase(Locale.ROOT);
      String value = option.group(2) == null ? "true" : unquote(option.group(2));
      options.put(name, value);
      inner = inner.substring(option.end()).trim();
      if (inner.startsWith(",")) {
        inner = inner.substring(1).trim();
      } else if (!inner.isEmpty()) {
        throw syntax("expected ',' between options, found: " + inner);
      }
    }
    return options;
  }

  private static String unquote(String value) {
    if (value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) {
      return value.substring(1, value.length() - 1).replace("''", "'");
    }
    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
      return value.substring(1, value.length() - 1).replace("\"\"", "\"");
    }
    return value;
  }

  /** The index of the parenthesis closing the one at {@code open}, skipping strings and names. */
  private static int closingParenthesis(String text, int open) {
    int depth = 0;
    for (int i = open; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\'' || c == '"') {
        int end = text.indexOf(c, i + 1);
        while (end >= 0 && end + 1 < text.length() && text.charAt(end + 1) == c) {
          end = text.indexOf(c, end + 2);
        }
        if (end < 0) {
          throw syntax("unclosed " + (c == '\'' ? "string" : "quoted name") + " in the query");
        }
        i = end;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
        if (depth == 0) {
          return i;
        }
      }
    }
    throw syntax("the query after COPY ( has no closing parenthesis");
  }

  private static QuiverException syntax(String problem) {
    return new QuiverException(
        ErrorCode.SYNTAX_OR_BINDING,
        "Syntax error in COPY: " + problem
            + ". The form is COPY (query) TO 'file' (FORMAT csv|json|parquet, option value, ...)");
  }
}
