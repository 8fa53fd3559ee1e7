package dev.quiver.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two DuckDB connections stand in for the two engines, one of them fed different data. */
class QueryRunnerTest {
  private static final BenchQuery COUNT_PAID =
      new BenchQuery("T1", "test", "SELECT count(*) FROM orders WHERE status = 'paid'");

  @TempDir Path dir;
  @TempDir Path otherDir;
  private final ByteArrayOutputStream log = new ByteArrayOutputStream();

  @Test
  void sameDataMatchesAndEveryMeasuredRunIsKept() throws Exception {
    OrdersGenerator.ensure(dir, 1_000, 1);
    try (Connection a = OrdersGeneratorTest.openOrders(dir);
        Connection b = OrdersGeneratorTest.openOrders(dir)) {
      QueryOutcome outcome =
          runner(a, b, 1, 3).run(COUNT_PAID, List.of("quiver", "duckdb"), Map.of());
      assertEquals(QueryOutcome.Check.MATCH, outcome.check(), outcome.checkDetail());
      assertEquals(3, outcome.result("quiver").measuredMillis().length);
      assertEquals(3, outcome.result("duckdb").measuredMillis().length);
      assertEquals(1, outcome.result("duckdb").firstAnswer().rowCount());
      assertTrue(!Double.isNaN(outcome.ratio()));
    }
  }

  @Test
  void differentAnswersAreAMismatch() throws Exception {
    OrdersGenerator.ensure(dir, 1_000, 1);
    OrdersGenerator.ensure(otherDir, 1_000, 2);
    try (Connection a = OrdersGeneratorTest.openOrders(otherDir);
        Connection b = OrdersGeneratorTest.openOrders(dir)) {
      QueryOutcome outcome =
          runner(a, b, 0, 1).run(COUNT_PAID, List.of("quiver", "duckdb"), Map.of());
      assertEquals(QueryOutcome.Check.MISMATCH, outcome.check());
      assertTrue(log.toString(StandardCharsets.UTF_8).contains("RESULT MISMATCH"));
    }
  }

  @Test
  void aFailingEngineIsRecordedAndTheOtherStillRuns() throws Exception {
    OrdersGenerator.ensure(dir, 1_000, 1);
    try (Connection broken = DriverManager.getConnection("jdbc:duckdb:");
        Connection good = OrdersGeneratorTest.openOrders(dir)) {
      try (Statement statement = broken.createStatement()) {
        statement.execute("CREATE TABLE orders (id BIGINT)"); // no status column: the query fails
      }
      QueryOutcome outcome =
          runner(broken, good, 1, 2).run(COUNT_PAID, List.of("quiver", "duckdb"), Map.of());
      assertTrue(outcome.result("quiver").failed());
      assertTrue(
          outcome.result("quiver").error().contains("status"), outcome.result("quiver").error());
      assertEquals(2, outcome.result("duckdb").measuredMillis().length);
      assertEquals(QueryOutcome.Check.NOT_CHECKED, outcome.check());
    }
  }

  @Test
  void anEngineThatNeverConnectedCarriesTheReason() throws Exception {
    OrdersGenerator.ensure(dir, 100, 1);
    try (Connection good = OrdersGeneratorTest.openOrders(dir)) {
      Map<String, Connection> connections = new LinkedHashMap<>();
      connections.put("duckdb", good);
      QueryOutcome outcome =
          new QueryRunner(connections, 0, 1, new PrintStream(log, true, StandardCharsets.UTF_8))
              .run(
                  COUNT_PAID,
                  List.of("quiver", "duckdb"),
                  Map.of("quiver", "could not connect: x"));
      assertEquals("could not connect: x", outcome.result("quiver").error());
      assertEquals(1, outcome.result("duckdb").measuredMillis().length);
    }
  }

  private QueryRunner runner(Connection quiver, Connection duckdb, int warmup, int runs) {
    Map<String, Connection> connections = new LinkedHashMap<>();
    connections.put("quiver", quiver);
    connections.put("duckdb", duckdb);
    return new QueryRunner(
        connections, warmup, runs, new PrintStream(log, true, StandardCharsets.UTF_8));
  }
}
