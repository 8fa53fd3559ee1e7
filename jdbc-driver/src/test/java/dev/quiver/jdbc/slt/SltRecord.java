package dev.quiver.jdbc.slt;

import java.util.List;

/**
 * One record of a {@code .slt} file.
 *
 * @param kind {@code statement ok}, {@code statement error}, {@code query}, {@code query error},
 *     {@code plan}, {@code plan analyze}, {@code use}, {@code mode skip}, {@code mode unskip}
 * @param line the 1-based line of the record's first line
 * @param argument the types of a query, the dataset of a use
 * @param sort nosort, rowsort or valuesort
 * @param label the label of a query, or null
 * @param sql the statement, lines joined with \n
 * @param expected the lines after {@code ----}, or null without a block
 * @param sqlEnd 0-based index of the first line after the SQL (where {@code ----} is or would go)
 * @param blockEnd 0-based index of the first line after the expected block
 */
record SltRecord(
    String kind,
    int line,
    String argument,
    String sort,
    String label,
    String sql,
    List<String> expected,
    int sqlEnd,
    int blockEnd) {

  String testName(String path) {
    return path + ":" + line + " " + kind;
  }

  boolean isError() {
    return kind.endsWith("error");
  }
}
