package dev.quiver.jdbc.slt;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Runs the records of one {@code .slt} file in order on its own connections, and in completion
 * mode collects the actual results to write back into the file.
 */
final class SltFileRun {
  static final String RERUN_HINT = "re-run with -Dquiver.slt.complete=true to accept";
  private static final String REGEX_PREFIX = "<regex>:";
  private static final String FILE_PREFIX = "<file>:";
  private static final String IGNORE = "<ignore>";

  private final Path file;
  private final String path;
  private final Path data;
  private final Path scratch;
  private final boolean complete;
  private final List<String> lines;
  private final Map<String, List<String>> labelled = new HashMap<>();
  /** Replacement lines for [sqlEnd, blockEnd) of records, keyed by sqlEnd, applied at the end. */
  private final TreeMap<Integer, SltRecord> edits = new TreeMap<>();
  private final Map<Integer, List<String>> editLines = new HashMap<>();
  private Connection connection;
  private boolean skipping;
  int recordsRun;

  SltFileRun(Path file, String path, Path data, Path scratch, boolean complete, List<String> lines) {
    this.file = file;
    this.path = path;
    this.data = data;
    this.scratch = scratch;
    this.complete = complete;
    this.lines = lines;
  }

  void run(SltRecord record) throws Exception {
    switch (record.kind()) {
      case "mode skip":
        skipping = true;
        return;
      case "mode unskip":
        skipping = false;
        return;
      case "use":
        closeConnection();
        connection = connect("jdbc:quiver:" + data.resolve(record.argument().split(";", 2)[0])
            + (record.argument().contains(";") ? ";" + record.argument().split(";", 2)[1] : ""));
        return;
      default:
        break;
    }
    if (skipping) {
      org.junit.jupiter.api.Assumptions.abort("mode skip");
    }
    recordsRun++;
    String sql = substitute(record.sql());
    switch (record.kind()) {
      case "statement ok":
        try (Statement statement = connection().createStatement()) {
          if (statement.execute(sql)) {
            try (ResultSet rs = statement.getResultSet()) {
              while (rs.next()) {
                // drain: a failure may surface while reading
              }
            }
          }
        } catch (SQLException e) {
          fail(report(record, List.of("(success)"), List.of("Error: " + unsubstitute(
              e.getMessage()))));
        }
        return;
      case "statement error":
      case "query error":
        runError(record, sql);
        return;
      case "plan":
      case "plan analyze":
        runPlan(record, sql);
        return;
      default:
        runQuery(record, sql);
    }
  }

  private void runError(SltRecord record, String sql) throws SQLException {
    String message = null;
    try (Statement statement = connection().createStatement()) {
      if (statement.execute(sql)) {
        try (ResultSet rs = statement.getResultSet()) {
          while (rs.next()) {
            // the error may come with the rows
          }
        }
      }
    } catch (SQLException e) {
      message = unsubstitute(e.getMessage() == null ? e.toString() : e.getMessage());
    }
    List<String> expected = record.expected();
    if (message == null) {
      fail(report(record, expected == null ? List.of("(an error)") : expected,
          List.of("(success)")));
    }
    if (expected == null || expected.isEmpty()) {
      return;
    }
    String want = String.join("\n", expected);
    boolean matches =
        want.startsWith(REGEX_PREFIX)
            ? Pattern.compile(want.substring(REGEX_PREFIX.length()), Pattern.DOTALL)
                .matcher(message)
                .matches()
            : message.contains(want);
    if (!matches) {
      mismatch(record, expected, List.of(message.split("\n", -1)));
    }
  }

  private void runPlan(SltRecord record, String sql) throws SQLException {
    String prefix = record.kind().equals("plan") ? "EXPLAIN PLAN FOR " : "EXPLAIN ANALYZE ";
    List<String> actual = new ArrayList<>();
    try (Statement statement = connection().createStatement();
        ResultSet rs = statement.executeQuery(prefix + sql)) {
      while (rs.next()) {
        for (String line : String.valueOf(rs.getString(1)).split("\n", -1)) {
          actual.add(unsubstitute(line.stripTrailing()));
        }
      }
    } catch (SQLException e) {
      fail(report(record, expectedOrEmpty(record),
          List.of("Error: " + unsubstitute(e.getMessage()))));
    }
    while (!actual.isEmpty() && actual.get(actual.size() - 1).isEmpty()) {
      actual.remove(actual.size() - 1);
    }
    List<String> expected = expectedOrEmpty(record);
    boolean same = expected.size() == actual.size();
    for (int i = 0; same && i < expected.size(); i++) {
      same = lineMatches(expected.get(i), actual.get(i));
    }
    if (!same) {
      mismatch(record, expected, actual);
    }
  }

  static boolean lineMatches(String expected, String actual) {
    if (!expected.contains(IGNORE)) {
      return expected.stripTrailing().equals(actual);
    }
    StringBuilder regex = new StringBuilder();
    String[] parts = expected.stripTrailing().split(Pattern.quote(IGNORE), -1);
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        regex.append(".*");
      }
      regex.append(Pattern.quote(parts[i]));
    }
    return Pattern.compile(regex.toString()).matcher(actual).matches();
  }

  private void runQuery(SltRecord record, String sql) throws Exception {
    List<String> actual;
    String letters;
    try (Statement statement = connection().createStatement();
        ResultSet rs = statement.executeQuery(sql)) {
      letters = SltRows.letters(rs.getMetaData());
      actual = SltRows.lines(SltRows.read(rs), record.sort());
    } catch (SQLException e) {
      fail(report(record, expectedOrEmpty(record),
          List.of("Error: " + unsubstitute(e.getMessage()))));
      return;
    }
    actual.replaceAll(this::unsubstitute);
    if (!SltRows.lettersMatch(record.argument(), letters)) {
      fail(path + ":" + record.line() + ": the result's column types are " + letters
          + ", the record says " + record.argument() + "\nSQL: " + sql);
    }
    if (record.label() != null) {
      List<String> first = labelled.putIfAbsent(record.label(), actual);
      if (first != null && !first.equals(actual)) {
        fail(report(record, first, actual) + "\n(label " + record.label()
            + ": rows differ from the first query with this label)");
      }
      if (first != null && record.expected() == null) {
        return;
      }
    }
    List<String> expected = expectedOrEmpty(record);
    if (expected.size() == 1 && expected.get(0).startsWith(FILE_PREFIX)) {
      Path expectedFile = file.resolveSibling(expected.get(0).substring(FILE_PREFIX.length()));
      List<String> fromFile = Files.exists(expectedFile)
          ? Files.readAllLines(expectedFile, StandardCharsets.UTF_8) : List.of();
      if (!fromFile.equals(actual)) {
        if (complete) {
          Files.write(expectedFile, actual, StandardCharsets.UTF_8);
          return;
        }
        fail(report(record, fromFile, actual));
      }
      return;
    }
    if (!expected.equals(actual)) {
      mismatch(record, expected, actual);
    }
  }

  private static List<String> expectedOrEmpty(SltRecord record) {
    return record.expected() == null ? List.of() : record.expected();
  }

  private void mismatch(SltRecord record, List<String> expected, List<String> actual) {
    if (complete) {
      edits.put(record.sqlEnd(), record);
      editLines.put(record.sqlEnd(), actual);
      return;
    }
    fail(report(record, expected, actual));
  }

  private String report(SltRecord record, List<String> expected, List<String> actual) {
    StringBuilder text = new StringBuilder();
    text.append(path).append(':').append(record.line()).append(' ').append(record.kind())
        .append(" failed\nSQL:\n").append(record.sql()).append("\nExpected:\n");
    expected.forEach(line -> text.append(line).append('\n'));
    text.append("Actual:\n");
    actual.forEach(line -> text.append(line).append('\n'));
    text.append("Diff:\n").append(SltDiff.unified(expected, actual));
    text.append(RERUN_HINT);
    return text.toString();
  }

  /** Writes collected results back into the file (completion mode); true if it changed. */
  boolean writeCompletions() throws IOException {
    if (edits.isEmpty()) {
      return false;
    }
    List<String> updated = new ArrayList<>(lines);
    for (Integer sqlEnd : edits.descendingKeySet()) {
      SltRecord record = edits.get(sqlEnd);
      List<String> block = new ArrayList<>();
      block.add(SltParser.SEPARATOR);
      block.addAll(editLines.get(sqlEnd));
      List<String> range = updated.subList(record.sqlEnd(), record.blockEnd());
      range.clear();
      range.addAll(block);
    }
    Files.write(file, updated, StandardCharsets.UTF_8);
    return true;
  }

  String substitute(String sql) {
    return sql.replace("{DATA}", data.toString()).replace("{SCRATCH}", scratch.toString());
  }

  String unsubstitute(String text) {
    if (text == null) {
      return null;
    }
    return text.replace(scratch.toString(), "{SCRATCH}").replace(data.toString(), "{DATA}");
  }

  private Connection connection() throws SQLException {
    if (connection == null) {
      connection = connect("jdbc:quiver:" + data);
    }
    return connection;
  }

  private static Connection connect(String url) throws SQLException {
    return DriverManager.getConnection(url);
  }

  void closeConnection() throws SQLException {
    if (connection != null) {
      Connection c = connection;
      connection = null;
      c.close();
    }
  }
}
