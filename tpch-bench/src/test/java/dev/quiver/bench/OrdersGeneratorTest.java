package dev.quiver.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator's output, read back by DuckDB as an independent CSV oracle. */
class OrdersGeneratorTest {
  private static final long ROWS = 5_000;
  private static final long SEED = 7;

  @TempDir Path dir;

  @Test
  void duckDbReadsTheRequestedRowsWithTheExpectedColumnTypes() throws Exception {
    assertTrue(OrdersGenerator.ensure(dir, ROWS, SEED));
    try (Connection duckdb = openOrders(dir)) {
      Map<String, String> types = new LinkedHashMap<>();
      try (Statement statement = duckdb.createStatement();
          ResultSet rows = statement.executeQuery("DESCRIBE orders")) {
        while (rows.next()) {
          types.put(rows.getString("column_name"), rows.getString("column_type"));
        }
      }
      Map<String, String> expected = new LinkedHashMap<>();
      expected.put("id", "BIGINT");
      expected.put("status", "VARCHAR");
      expected.put("category", "VARCHAR");
      expected.put("amount", "DOUBLE");
      expected.put("ts", "TIMESTAMP");
      expected.put("customer_id", "BIGINT");
      expected.put("note", "VARCHAR");
      assertEquals(expected, types);
      assertEquals(OrdersGenerator.COLUMN_COUNT, types.size());

      List<Object> summary =
          row(
              duckdb,
              "SELECT count(*), min(id), max(id), count(DISTINCT id), count(DISTINCT status),"
                  + " count(DISTINCT category), min(amount), max(amount), min(ts) >= TIMESTAMP"
                  + " '2024-01-01 00:00:00', max(ts) < TIMESTAMP '2025-01-01 00:00:00' FROM"
                  + " orders");
      assertEquals(List.of(ROWS, 1L, ROWS, ROWS, 5L, 20L), summary.subList(0, 6));
      assertTrue((Double) summary.get(6) >= 0.01, "min amount " + summary.get(6));
      assertTrue((Double) summary.get(7) <= 999.99, "max amount " + summary.get(7));
      assertEquals(List.of(true, true), summary.subList(8, 10));
    }
  }

  @Test
  void someAmountsAreNullAndSomeNotesHoldQuotedCommas() throws Exception {
    OrdersGenerator.ensure(dir, ROWS, SEED);
    try (Connection duckdb = openOrders(dir)) {
      long nullAmounts =
          (Long) row(duckdb, "SELECT count(*) FROM orders WHERE amount IS NULL").get(0);
      assertTrue(nullAmounts > 0 && nullAmounts < ROWS / 20, "null amounts: " + nullAmounts);

      long withComma =
          (Long) row(duckdb, "SELECT count(*) FROM orders WHERE note LIKE '%,%'").get(0);
      assertTrue(withComma > 0, "no note with a comma");
      long exact =
          (Long)
              row(duckdb, "SELECT count(*) FROM orders WHERE note = 'gift wrap, no card'").get(0);
      assertTrue(exact > 0, "the quoted note did not come back whole");
      long quoteCharsLeft =
          (Long) row(duckdb, "SELECT count(*) FROM orders WHERE note LIKE '%\"%'").get(0);
      assertEquals(0, quoteCharsLeft, "quotes leaked into values");
    }
  }

  @Test
  void refundedIsTheRareStatus() throws Exception {
    OrdersGenerator.ensure(dir, ROWS, SEED);
    try (Connection duckdb = openOrders(dir)) {
      List<Object> counts =
          row(
              duckdb,
              "SELECT count(*) FILTER (WHERE status = 'refunded'),"
                  + " count(*) FILTER (WHERE status = 'paid') FROM orders");
      long refunded = (Long) counts.get(0);
      long paid = (Long) counts.get(1);
      assertTrue(refunded > 0 && refunded * 5 < paid, "refunded " + refunded + ", paid " + paid);
    }
  }

  @Test
  void sameSeedGivesSameBytesAndAnotherSeedDifferentBytes(@TempDir Path other, @TempDir Path third)
      throws IOException {
    OrdersGenerator.ensure(dir, ROWS, SEED);
    OrdersGenerator.ensure(other, ROWS, SEED);
    OrdersGenerator.ensure(third, ROWS, SEED + 1);
    byte[] first = Files.readAllBytes(dir.resolve(OrdersGenerator.FILE_NAME));
    assertArrayEquals(first, Files.readAllBytes(other.resolve(OrdersGenerator.FILE_NAME)));
    assertFalse(
        Arrays.equals(
            first, Files.readAllBytes(third.resolve(OrdersGenerator.FILE_NAME))));
  }

  @Test
  void writesHeaderAndOneLinePerRow() throws IOException {
    OrdersGenerator.ensure(dir, 3, SEED);
    List<String> lines = Files.readAllLines(dir.resolve(OrdersGenerator.FILE_NAME));
    assertEquals(4, lines.size());
    assertEquals(OrdersGenerator.HEADER, lines.get(0));
    assertTrue(lines.get(1).startsWith("1,"), lines.get(1));
    assertTrue(lines.get(3).startsWith("3,"), lines.get(3));
  }

  @Test
  void reusesAMatchingFileAndRegeneratesOtherwise() throws IOException {
    Path file = dir.resolve(OrdersGenerator.FILE_NAME);
    assertTrue(OrdersGenerator.ensure(dir, ROWS, SEED));
    assertFalse(OrdersGenerator.ensure(dir, ROWS, SEED), "same rows and seed: reuse");
    assertTrue(OrdersGenerator.ensure(dir, ROWS + 1, SEED), "other row count: regenerate");
    assertTrue(OrdersGenerator.ensure(dir, ROWS + 1, SEED + 1), "other seed: regenerate");

    Files.write(file, "truncated".getBytes(StandardCharsets.US_ASCII));
    assertTrue(OrdersGenerator.ensure(dir, ROWS + 1, SEED + 1), "size differs from marker");

    Files.delete(GeneratedFileMarker.markerPath(file));
    assertTrue(OrdersGenerator.ensure(dir, ROWS + 1, SEED + 1), "no marker: regenerate");
    assertFalse(OrdersGenerator.ensure(dir, ROWS + 1, SEED + 1));
  }

  @Test
  void leavesOnlyTheDataFileAndItsMarker() throws IOException {
    OrdersGenerator.ensure(dir, ROWS, SEED);
    List<String> names = new ArrayList<>();
    try (var files = Files.list(dir)) {
      files.forEach(path -> names.add(path.getFileName().toString()));
    }
    names.sort(null);
    assertEquals(List.of("orders.csv", "orders.csv.meta"), names);
    GeneratedFileMarker marker = GeneratedFileMarker.read(dir.resolve(OrdersGenerator.FILE_NAME));
    assertEquals(ROWS, marker.rows());
    assertEquals(Files.size(dir.resolve(OrdersGenerator.FILE_NAME)), marker.bytes());
  }

  @Test
  void zeroRowsIsJustTheHeader() throws IOException {
    OrdersGenerator.ensure(dir, 0, SEED);
    assertEquals(
        OrdersGenerator.HEADER + "\n",
        Files.readString(dir.resolve(OrdersGenerator.FILE_NAME), StandardCharsets.US_ASCII));
  }

  static Connection openOrders(Path dir) throws SQLException {
    Connection connection = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement statement = connection.createStatement()) {
      statement.execute(DuckDbEngine.createViewSql(dir));
    }
    return connection;
  }

  private static List<Object> row(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      assertTrue(rows.next(), "no row from " + sql);
      List<Object> values = new ArrayList<>();
      for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
        values.add(rows.getObject(i));
      }
      return values;
    }
  }
}
