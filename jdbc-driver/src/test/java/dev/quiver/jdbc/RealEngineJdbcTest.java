package dev.quiver.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The public JDBC path over the real engine and real CSV files: {@code DriverManager}, prepared
 * statements, exact {@code java.time} values, metadata for tools, and SQLStates.
 */
class RealEngineJdbcTest {
  @TempDir Path directory;
  private String url;

  @BeforeEach
  void writeFiles() throws IOException {
    Files.writeString(
        directory.resolve("events.csv"),
        "id,kind,amount,seen_at,day\n"
            + "1,click,1.25,2024-03-01 10:00:00.123456,2024-03-01\n"
            + "2,view,,2024-03-01 11:30:00,2024-03-01\n"
            + "3,click,7.5,2024-03-02 09:15:00.5,2024-03-02\n");
    url = "jdbc:quiver:" + directory;
  }

  @Test
  void driverManagerFindsTheDriver() throws SQLException {
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT count(*) FROM events")) {
      assertTrue(rs.next());
      assertEquals(3L, rs.getLong(1));
      assertFalse(rs.next());
    }
  }

  @Test
  void preparedStatementBindsParametersPerExecution() throws SQLException {
    try (Connection connection = DriverManager.getConnection(url);
        PreparedStatement statement =
            connection.prepareStatement(
                "SELECT id, seen_at FROM events WHERE kind = ? AND seen_at >= ? ORDER BY id")) {
      statement.setString(1, "click");
      statement.setTimestamp(2, Timestamp.valueOf("2024-03-01 10:00:00.123456"));
      assertEquals(List.of(1L, 3L), ids(statement));
      statement.setTimestamp(2, Timestamp.valueOf("2024-03-01 10:00:00.123457"));
      assertEquals(List.of(3L), ids(statement));
      statement.setString(1, "view");
      statement.setObject(2, LocalDateTime.of(2024, 1, 1, 0, 0));
      assertEquals(List.of(2L), ids(statement));
    }
  }

  private static List<Long> ids(PreparedStatement statement) throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (ResultSet rs = statement.executeQuery()) {
      while (rs.next()) {
        ids.add(rs.getLong(1));
      }
    }
    return ids;
  }

  @Test
  void gettersKeepMicrosecondsDatesAndDecimalScale() throws SQLException {
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement();
        ResultSet rs =
            statement.executeQuery(
                "SELECT seen_at, \"day\", CAST(amount AS DECIMAL(10, 2)) AS price, amount FROM events"
                    + " ORDER BY id")) {
      assertTrue(rs.next());
      assertEquals(
          LocalDateTime.of(2024, 3, 1, 10, 0, 0, 123_456_000),
          rs.getObject(1, LocalDateTime.class));
      assertEquals(123_456_000, rs.getTimestamp(1).getNanos());
      assertEquals("2024-03-01 10:00:00.123456", rs.getString(1));
      assertEquals(LocalDate.of(2024, 3, 1), rs.getObject(2, LocalDate.class));
      assertEquals(java.sql.Date.valueOf("2024-03-01"), rs.getDate(2));
      assertEquals(new BigDecimal("1.25"), rs.getBigDecimal(3));
      assertEquals(1.25, rs.getDouble(4));

      assertTrue(rs.next());
      assertEquals(0.0, rs.getDouble(4));
      assertTrue(rs.wasNull());
      assertNull(rs.getBigDecimal(3));
      assertTrue(rs.wasNull());

      ResultSetMetaData meta = rs.getMetaData();
      assertEquals(Types.TIMESTAMP, meta.getColumnType(1));
      assertEquals(Types.DATE, meta.getColumnType(2));
      assertEquals(Types.DECIMAL, meta.getColumnType(3));
      assertEquals(2, meta.getScale(3));
      assertEquals(Types.DOUBLE, meta.getColumnType(4));
      assertEquals("price", meta.getColumnLabel(3));
    }
  }

  @Test
  void averageOfIntegersIsDouble() throws SQLException {
    try (Connection connection = DriverManager.getConnection(url);
        ResultSet rs = connection.createStatement().executeQuery("SELECT avg(id) FROM events")) {
      assertEquals(Types.DOUBLE, rs.getMetaData().getColumnType(1));
      assertTrue(rs.next());
      assertEquals(2.0, rs.getDouble(1));
    }
  }

  @Test
  void databaseMetaDataListsFileTablesWithInferredTypes() throws SQLException {
    try (Connection connection = DriverManager.getConnection(url)) {
      DatabaseMetaData meta = connection.getMetaData();
      try (ResultSet tables = meta.getTables(null, null, "%", null)) {
        assertTrue(tables.next());
        assertEquals("events", tables.getString("TABLE_NAME"));
        assertFalse(tables.next());
      }
      List<String> columns = new ArrayList<>();
      try (ResultSet rs = meta.getColumns(null, null, "events", "%")) {
        while (rs.next()) {
          columns.add(rs.getString("COLUMN_NAME") + ":" + rs.getInt("DATA_TYPE"));
        }
      }
      assertEquals(
          List.of(
              "id:" + Types.INTEGER,
              "kind:" + Types.VARCHAR,
              "amount:" + Types.DOUBLE,
              "seen_at:" + Types.TIMESTAMP,
              "day:" + Types.DATE),
          columns);
    }
  }

  @Test
  void identifierRulesAreReportedAsTheParserApplies() throws SQLException {
    try (Connection connection = DriverManager.getConnection(url)) {
      DatabaseMetaData meta = connection.getMetaData();
      assertEquals("\"", meta.getIdentifierQuoteString());
      assertTrue(meta.storesMixedCaseIdentifiers());
      assertFalse(meta.storesUpperCaseIdentifiers());
      assertFalse(meta.supportsMixedCaseIdentifiers());
    }
  }

  @Test
  void errorsCarrySqlStates() throws SQLException {
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      SQLException unknown =
          assertThrows(SQLException.class, () -> statement.executeQuery("SELECT * FROM nope"));
      assertEquals("42000", unknown.getSQLState());
      SQLException division =
          assertThrows(
              SQLException.class,
              () -> {
                try (ResultSet rs = statement.executeQuery("SELECT id / (id - id) FROM events")) {
                  while (rs.next()) {
                    rs.getLong(1);
                  }
                }
              });
      assertEquals("22000", division.getSQLState());
      assertTrue(division.getMessage().contains("Division by zero"), division.getMessage());
    }
  }

  @Test
  void skippedRowsAreReportedAsAWarning() throws Exception {
    Files.writeString(directory.resolve("ragged.csv"), "a,b\n1,2\n3,4,5\n6,7\n");
    try (Connection connection = DriverManager.getConnection(url);
        ResultSet rs =
            connection
                .createStatement()
                .executeQuery(
                    "SELECT a FROM read_csv('ragged.csv', ignore_errors => true) ORDER BY a")) {
      List<Long> values = new ArrayList<>();
      while (rs.next()) {
        values.add(rs.getLong(1));
      }
      assertEquals(List.of(1L, 6L), values);
      java.sql.SQLWarning warning = rs.getWarnings();
      assertTrue(warning != null && warning.getMessage().startsWith("1 malformed row was skipped"),
          String.valueOf(warning));
      assertEquals("01000", warning.getSQLState());
    }
  }

  @Test
  void aQueryOverItsTimeoutIsCancelled() throws Exception {
    StringBuilder csv = new StringBuilder("n\n");
    for (int i = 0; i < 20_000; i++) {
      csv.append(i).append('\n');
    }
    Files.writeString(directory.resolve("numbers.csv"), csv);
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.setQueryTimeout(1);
      long start = System.nanoTime();
      java.sql.SQLTimeoutException e =
          assertThrows(
              java.sql.SQLTimeoutException.class,
              () -> {
                // 400 million pairs through Calcite's nested-loop join: far longer than a second.
                try (ResultSet rs =
                    statement.executeQuery("SELECT count(*) FROM numbers a, numbers b")) {
                  rs.next();
                }
              });
      assertEquals("57014", e.getSQLState());
      assertTrue(e.getMessage().contains("query timeout"), e.getMessage());
      // Not a timing assertion on speed: only that cancellation did not wait for the end.
      assertTrue(System.nanoTime() - start < 60_000_000_000L);
    }
  }

  @Test
  void unknownOptionIsRefused() {
    SQLException e =
        assertThrows(
            SQLException.class, () -> DriverManager.getConnection(url + ";memroy_limit=1GB"));
    assertTrue(e.getMessage().contains("memory_limit"), e.getMessage());
  }
}
