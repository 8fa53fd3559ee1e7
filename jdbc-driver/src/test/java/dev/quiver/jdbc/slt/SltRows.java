package dev.quiver.jdbc.slt;

import dev.quiver.jdbc.render.ValueRenderer;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Renders result rows the golden-file way and checks column types against type letters. */
final class SltRows {
  private SltRows() {}

  /** One value: NULL, (empty), or the shared rendering with tab, newline and backslash escaped. */
  static String cell(String value) {
    if (value == null) {
      return "NULL";
    }
    if (value.isEmpty()) {
      return "(empty)";
    }
    StringBuilder text = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\t':
          text.append("\\t");
          break;
        case '\n':
          text.append("\\n");
          break;
        case '\r':
          text.append("\\r");
          break;
        case '\\':
          text.append("\\\\");
          break;
        default:
          text.append(c);
      }
    }
    return text.toString();
  }

  /** Each row's cells, rendered. */
  static List<List<String>> read(ResultSet rs) throws SQLException {
    ResultSetMetaData md = rs.getMetaData();
    int n = md.getColumnCount();
    int[] types = new int[n];
    for (int i = 0; i < n; i++) {
      types[i] = md.getColumnType(i + 1);
    }
    List<List<String>> rows = new ArrayList<>();
    while (rs.next()) {
      List<String> row = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        row.add(cell(ValueRenderer.render(rs, i + 1, types[i])));
      }
      rows.add(row);
    }
    return rows;
  }

  /** The lines to compare, sorted as the record asks. */
  static List<String> lines(List<List<String>> rows, String sort) {
    List<String> lines = new ArrayList<>();
    if (sort.equals("valuesort")) {
      for (List<String> row : rows) {
        lines.addAll(row);
      }
      Collections.sort(lines);
      return lines;
    }
    for (List<String> row : rows) {
      lines.add(String.join("\t", row));
    }
    if (sort.equals("rowsort")) {
      Collections.sort(lines);
    }
    return lines;
  }

  /** The type letters of a result, as the record would spell them. */
  static String letters(ResultSetMetaData md) throws SQLException {
    StringBuilder letters = new StringBuilder();
    for (int i = 1; i <= md.getColumnCount(); i++) {
      letters.append(letter(md.getColumnType(i)));
    }
    return letters.toString();
  }

  static char letter(int jdbcType) {
    switch (jdbcType) {
      case Types.TINYINT:
      case Types.SMALLINT:
      case Types.INTEGER:
      case Types.BIGINT:
        return 'I';
      case Types.REAL:
      case Types.FLOAT:
      case Types.DOUBLE:
      case Types.DECIMAL:
      case Types.NUMERIC:
        return 'R';
      case Types.CHAR:
      case Types.VARCHAR:
        return 'T';
      case Types.BOOLEAN:
      case Types.BIT:
        return 'B';
      case Types.DATE:
        return 'D';
      case Types.TIMESTAMP:
        return 'P';
      default:
        return '?';
    }
  }

  /** Whether actual letters satisfy expected ones ({@code ?} accepts any type). */
  static boolean lettersMatch(String expected, String actual) {
    if (expected.length() != actual.length()) {
      return false;
    }
    for (int i = 0; i < expected.length(); i++) {
      char e = expected.charAt(i);
      if (e != '?' && e != actual.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
