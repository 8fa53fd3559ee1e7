package dev.quiver.jdbc.render;

import java.io.PrintStream;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How the CLI prints a result: an aligned table, CSV (RFC 4180) or one JSON array. */
public enum OutputFormat {
  TABLE,
  CSV,
  JSON;

  /** Parses {@code table}, {@code csv} or {@code json}. */
  public static OutputFormat parse(String text) {
    try {
      return valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Unknown format '" + text + "'; use table, csv or json", e);
    }
  }

  /** Prints every row of {@code rs}; returns the number of rows. */
  public long print(ResultSet rs, PrintStream out) throws SQLException {
    ResultSetMetaData md = rs.getMetaData();
    int n = md.getColumnCount();
    String[] names = new String[n];
    int[] types = new int[n];
    for (int i = 0; i < n; i++) {
      names[i] = md.getColumnLabel(i + 1);
      types[i] = md.getColumnType(i + 1);
    }
    switch (this) {
      case CSV:
        return printCsv(rs, out, names, types);
      case JSON:
        return printJson(rs, out, names, types);
      default:
        return printTable(rs, out, names, types);
    }
  }

  private static long printTable(ResultSet rs, PrintStream out, String[] names, int[] types)
      throws SQLException {
    List<String[]> rows = new ArrayList<>();
    int[] widths = new int[names.length];
    for (int i = 0; i < names.length; i++) {
      widths[i] = names[i].length();
    }
    while (rs.next()) {
      String[] row = new String[names.length];
      for (int i = 0; i < names.length; i++) {
        String value = ValueRenderer.render(rs, i + 1, types[i]);
        row[i] = value == null ? "NULL" : value;
        widths[i] = Math.max(widths[i], row[i].length());
      }
      rows.add(row);
    }
    StringBuilder rule = new StringBuilder("+");
    for (int width : widths) {
      rule.append("-".repeat(width + 2)).append('+');
    }
    out.println(rule);
    out.println(line(names, widths, new int[names.length]));
    out.println(rule);
    for (String[] row : rows) {
      out.println(line(row, widths, types));
    }
    out.println(rule);
    out.println(rows.size() + (rows.size() == 1 ? " row" : " rows"));
    return rows.size();
  }

  private static String line(String[] cells, int[] widths, int[] types) {
    StringBuilder text = new StringBuilder("|");
    for (int i = 0; i < cells.length; i++) {
      String cell = cells[i];
      String pad = " ".repeat(widths[i] - cell.length());
      text.append(' ');
      if (isNumeric(types[i])) {
        text.append(pad).append(cell);
      } else {
        text.append(cell).append(pad);
      }
      text.append(" |");
    }
    return text.toString();
  }

  private static long printCsv(ResultSet rs, PrintStream out, String[] names, int[] types)
      throws SQLException {
    List<String> header = new ArrayList<>();
    for (String name : names) {
      header.add(csvField(name));
    }
    out.print(String.join(",", header) + "\r\n");
    long count = 0;
    while (rs.next()) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < names.length; i++) {
        if (i > 0) {
          line.append(',');
        }
        String value = ValueRenderer.render(rs, i + 1, types[i]);
        // NULL is an empty field; the empty string is quoted, so the two stay apart
        line.append(value == null ? "" : value.isEmpty() ? "\"\"" : csvField(value));
      }
      out.print(line + "\r\n");
      count++;
    }
    return count;
  }

  static String csvField(String value) {
    boolean quote =
        value.indexOf(',') >= 0
            || value.indexOf('"') >= 0
            || value.indexOf('\n') >= 0
            || value.indexOf('\r') >= 0;
    return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }

  private static long printJson(ResultSet rs, PrintStream out, String[] names, int[] types)
      throws SQLException {
    StringBuilder json = new StringBuilder("[");
    long count = 0;
    while (rs.next()) {
      json.append(count == 0 ? "\n  {" : ",\n  {");
      for (int i = 0; i < names.length; i++) {
        if (i > 0) {
          json.append(", ");
        }
        jsonString(json, names[i]).append(": ");
        String value = ValueRenderer.render(rs, i + 1, types[i]);
        if (value == null) {
          json.append("null");
        } else if (isJsonLiteral(types[i], value)) {
          json.append(value);
        } else {
          jsonString(json, value);
        }
      }
      json.append('}');
      count++;
    }
    json.append(count == 0 ? "]" : "\n]");
    out.println(json);
    return count;
  }

  private static boolean isJsonLiteral(int type, String value) {
    if (type == Types.BOOLEAN || type == Types.BIT) {
      return true;
    }
    // NaN and Infinity are no JSON numbers: write them as strings
    return isNumeric(type) && !value.contains("N") && !value.contains("I");
  }

  static StringBuilder jsonString(StringBuilder json, String value) {
    json.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"':
          json.append("\\\"");
          break;
        case '\\':
          json.append("\\\\");
          break;
        case '\n':
          json.append("\\n");
          break;
        case '\r':
          json.append("\\r");
          break;
        case '\t':
          json.append("\\t");
          break;
        default:
          if (c < 0x20) {
            json.append(String.format("\\u%04x", (int) c));
          } else {
            json.append(c);
          }
      }
    }
    return json.append('"');
  }

  static boolean isNumeric(int type) {
    switch (type) {
      case Types.TINYINT:
      case Types.SMALLINT:
      case Types.INTEGER:
      case Types.BIGINT:
      case Types.REAL:
      case Types.FLOAT:
      case Types.DOUBLE:
      case Types.DECIMAL:
      case Types.NUMERIC:
        return true;
      default:
        return false;
    }
  }
}
