package dev.quiver.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One named benchmark query, loaded from {@code bench/orders.sql}: blocks that start with a {@code
 * -- name: Q1} line, may carry a {@code -- title: ...} line, and end with {@code ;}.
 *
 * @param name short upper-case name used by {@code --only} and in the reports
 * @param title what the query exercises, for humans
 * @param sql the query text, without the trailing semicolon
 */
record BenchQuery(String name, String title, String sql) {

  static final String RESOURCE = "/bench/orders.sql";
  private static final String NAME_PREFIX = "-- name:";
  private static final String TITLE_PREFIX = "-- title:";
  private static final String COMMENT_PREFIX = "--";

  /** The queries in the resource file, filtered to {@code only} unless it is empty. */
  static List<BenchQuery> load(Set<String> only) {
    List<BenchQuery> all;
    try (InputStream in = BenchQuery.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + RESOURCE + " is missing from the classpath");
      }
      all = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (only.isEmpty()) {
      return all;
    }
    List<BenchQuery> chosen = new ArrayList<>();
    for (BenchQuery query : all) {
      if (only.contains(query.name())) {
        chosen.add(query);
      }
    }
    if (chosen.size() != only.size()) {
      List<String> known = all.stream().map(BenchQuery::name).toList();
      throw new IllegalArgumentException(
          "--only " + only + " names an unknown query; known: " + known);
    }
    return chosen;
  }

  static List<BenchQuery> parse(String text) {
    List<BenchQuery> queries = new ArrayList<>();
    String name = null;
    String title = "";
    StringBuilder sql = new StringBuilder();
    String[] lines = text.split("\r?\n", -1);
    for (int lineNumber = 1; lineNumber <= lines.length; lineNumber++) {
      String line = lines[lineNumber - 1].strip();
      if (line.startsWith(NAME_PREFIX)) {
        if (name != null) {
          throw new IllegalArgumentException(
              "line "
                  + lineNumber
                  + ": query "
                  + name
                  + " has no closing ';' before the next name");
        }
        name = line.substring(NAME_PREFIX.length()).strip().toUpperCase(Locale.ROOT);
        title = "";
      } else if (line.startsWith(TITLE_PREFIX)) {
        title = line.substring(TITLE_PREFIX.length()).strip();
      } else if (line.isEmpty() || line.startsWith(COMMENT_PREFIX)) {
        continue;
      } else {
        if (name == null) {
          throw new IllegalArgumentException(
              "line " + lineNumber + ": SQL outside a block; start each query with '-- name: Qn'");
        }
        sql.append(sql.length() == 0 ? "" : "\n").append(line);
        if (line.endsWith(";")) {
          sql.setLength(sql.length() - 1);
          queries.add(new BenchQuery(name, title, sql.toString().strip()));
          name = null;
          sql.setLength(0);
        }
      }
    }
    if (name != null) {
      throw new IllegalArgumentException("query " + name + " has no closing ';'");
    }
    return queries;
  }
}
