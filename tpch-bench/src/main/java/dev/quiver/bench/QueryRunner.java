package dev.quiver.bench;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Runs one query round by round on every connected engine, swapping which engine goes first each
 * round so slow drifts of a shared machine (other tenants, thermal, page cache) hit both alike;
 * then checks that the engines' first answers agree.
 */
final class QueryRunner {
  private final Map<String, Connection> connections;
  private final int warmup;
  private final int runs;
  private final PrintStream log;

  QueryRunner(Map<String, Connection> connections, int warmup, int runs, PrintStream log) {
    this.connections = connections;
    this.warmup = warmup;
    this.runs = runs;
    this.log = log;
  }

  /**
   * Runs the query; engines missing from {@code connections} are failed with {@code whyMissing}.
   */
  QueryOutcome run(BenchQuery query, List<String> engines, Map<String, String> whyMissing) {
    QueryOutcome outcome = new QueryOutcome(query, engines);
    for (String engine : engines) {
      if (!connections.containsKey(engine)) {
        outcome.result(engine).fail(whyMissing.getOrDefault(engine, "not connected"));
      }
    }
    log.printf("%n%s  %s%n", query.name(), query.title());
    for (int round = 0; round < warmup + runs; round++) {
      boolean measured = round >= warmup;
      List<String> order = new ArrayList<>(engines);
      if (round % 2 == 1) {
        Collections.reverse(order);
      }
      StringBuilder line =
          new StringBuilder(measured ? "  run " + (round - warmup + 1) : "  warmup");
      for (String engine : order) {
        EngineResult result = outcome.result(engine);
        if (result.failed()) {
          continue;
        }
        try {
          long nanos = timeOnce(connections.get(engine), query.sql(), result);
          if (measured) {
            result.addMeasured(nanos);
          }
          line.append(String.format("  %s %.1f ms", engine, nanos / 1e6));
        } catch (SQLException | RuntimeException | LinkageError | StackOverflowError failure) {
          result.fail(FailureText.summary(failure));
          line.append("  ").append(engine).append(" FAILED");
          log.printf(
              "  %s FAILED on %s: %s%n",
              engine.toUpperCase(), query.name(), FailureText.detailed(failure));
        }
      }
      log.println(line);
    }
    checkAnswers(outcome, engines);
    return outcome;
  }

  private static long timeOnce(Connection connection, String sql, EngineResult result)
      throws SQLException {
    boolean keep = result.wantsAnswer();
    long start = System.nanoTime();
    ConsumedResult consumed;
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      consumed = ConsumedResult.consume(rows, keep);
    }
    long nanos = System.nanoTime() - start;
    if (keep) {
      result.answer(consumed);
    }
    return nanos;
  }

  /**
   * Compares every engine's first answer with the first engine that has one (DuckDB if present).
   */
  private void checkAnswers(QueryOutcome outcome, List<String> engines) {
    List<String> answered = new ArrayList<>();
    for (String engine : engines) {
      if (outcome.result(engine).firstAnswer() != null) {
        answered.add(engine);
      }
    }
    if (answered.size() < 2) {
      outcome.check(QueryOutcome.Check.NOT_CHECKED, "fewer than two engines answered");
      return;
    }
    String reference = answered.contains(DuckDbEngine.NAME) ? DuckDbEngine.NAME : answered.get(0);
    List<List<Object>> expected = outcome.result(reference).firstAnswer().rows();
    for (String engine : answered) {
      if (engine.equals(reference)) {
        continue;
      }
      String difference =
          ResultComparison.difference(expected, outcome.result(engine).firstAnswer().rows());
      if (difference != null) {
        String detail = engine + " vs " + reference + ": " + difference;
        outcome.check(QueryOutcome.Check.MISMATCH, detail);
        log.println("  !!!!!!!! RESULT MISMATCH on " + outcome.query().name() + " !!!!!!!!");
        log.println("  " + detail);
        return;
      }
    }
    outcome.check(QueryOutcome.Check.MATCH, String.join(" = ", answered));
    log.println(
        "  answers match: "
            + String.join(" = ", answered)
            + " ("
            + outcome.result(reference).firstAnswer().rowCount()
            + " rows)");
  }
}
