package dev.quiver.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The driver end to end over a {@link FakeSession}: URLs, getters, metadata, errors, leaks. */
class QuiverDriverTest {
  private final List<FakeSession> sessions = new ArrayList<>();
  private QuiverDriver driver;

  @BeforeEach
  void setUp() {
    driver = new QuiverDriver(options -> {
      FakeSession session = new FakeSession(options);
      sessions.add(session);
      return session;
    });
  }

  @AfterEach
  void noLeaks() {
    for (FakeSession session : sessions) {
      assertTrue(session.closed, "session not closed");
    }
  }

  private Connection connect() throws SQLException {
    return driver.connect("jdbc:quiver:", new Properties());
  }

  @Test
  void gettersMatchSqlTypes() throws SQLException {
    try (Connection c = connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select * from orders")) {
      assertTrue(rs.next());
      assertEquals(1L, rs.getLong(1));
      assertEquals(1L, rs.getObject(1));
      assertEquals(new BigDecimal("12.50"), rs.getBigDecimal(2));
      assertEquals("12.50", rs.getString(2));
      assertEquals(Timestamp.valueOf("2024-01-31 12:00:00.123456"), rs.getTimestamp(3));
      assertEquals(123456000, rs.getTimestamp(3).getNanos());
      assertEquals("2024-01-31 12:00:00.123456", rs.getString(3));
      assertEquals(LocalDateTime.of(2024, 1, 31, 12, 0, 0, 123456000),
          rs.getObject(3, LocalDateTime.class));
      assertTrue(rs.getObject(3) instanceof Timestamp);
      assertThrows(SQLException.class, () -> rs.getObject(3, OffsetDateTime.class));
      assertEquals("a\tb", rs.getString(4));
      assertEquals(Double.toString(61.0 / 3), rs.getString(5));
      assertEquals(java.sql.Date.valueOf("2024-01-31"), rs.getDate(6));
      assertEquals(LocalDate.of(2024, 1, 31), rs.getObject(6, LocalDate.class));
      assertFalse(rs.wasNull());

      assertTrue(rs.next());
      assertNull(rs.getBigDecimal(2));
      assertTrue(rs.wasNull());
      assertEquals(0.0, rs.getDouble(5));
      assertTrue(rs.wasNull());
      assertEquals(2, rs.getInt(1));
      assertFalse(rs.wasNull());

      assertTrue(rs.next());
      assertEquals("2024-01-31 12:00:00", rs.getString(3));
      assertEquals("", rs.getString(4));
      assertFalse(rs.next());
    }
  }

  @Test
  void resultSetMetaData() throws SQLException {
    try (Connection c = connect();
        PreparedStatement ps = c.prepareStatement("select * from orders")) {
      ResultSetMetaData md = ps.getMetaData();
      assertEquals(6, md.getColumnCount());
      assertEquals(Types.DECIMAL, md.getColumnType(2));
      assertEquals(10, md.getPrecision(2));
      assertEquals(2, md.getScale(2));
      assertEquals("java.sql.Timestamp", md.getColumnClassName(3));
      assertEquals(ResultSetMetaData.columnNoNulls, md.isNullable(1));
      assertEquals("TIMESTAMP", md.getColumnTypeName(3));
    }
  }

  @Test
  void timestampParameterKeepsMicroseconds() throws SQLException {
    try (Connection c = connect();
        PreparedStatement ps = c.prepareStatement("select * from orders where ts = ?")) {
      ps.setTimestamp(1, Timestamp.valueOf("2024-01-31 12:00:00.123456"));
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next());
      }
      assertEquals(List.of(LocalDateTime.of(2024, 1, 31, 12, 0, 0, 123456000)),
          sessions.get(0).lastParameters);
      ps.clearParameters();
      SQLException e = assertThrows(SQLException.class, ps::executeQuery);
      assertEquals("07001", e.getSQLState());
    }
  }

  @Test
  void errorsCarryMessageAndSqlState() throws SQLException {
    try (Connection c = connect(); Statement s = c.createStatement()) {
      SQLException syntax = assertThrows(SQLException.class,
          () -> s.executeQuery("syntax error"));
      assertEquals("Non-query expression encountered", syntax.getMessage());
      assertEquals("42000", syntax.getSQLState());
      try (ResultSet rs = s.executeQuery("select fail later")) {
        assertTrue(rs.next());
        assertTrue(rs.next());
        SQLException late = assertThrows(SQLException.class, rs::next);
        assertEquals("22000", late.getSQLState());
        assertTrue(late.getMessage().startsWith("orders.csv:4"));
      }
      SQLException update = assertThrows(SQLException.class,
          () -> s.executeUpdate("select 1"));
      assertEquals("executeUpdate needs a statement that changes data; use executeQuery",
          update.getMessage());
    }
  }

  @Test
  void cancelStopsTheQuery() throws SQLException {
    try (Connection c = connect(); Statement s = c.createStatement()) {
      ResultSet rs = s.executeQuery("select 1");
      assertTrue(rs.next());
      assertTrue(rs.next());
      s.cancel();
      SQLException e = assertThrows(SQLException.class, rs::next);
      assertEquals("57014", e.getSQLState());
    }
  }

  @Test
  void urlOptionsAndDirectories() throws SQLException {
    SQLException missing = assertThrows(SQLException.class,
        () -> driver.connect("jdbc:quiver:no/such/dir", new Properties()));
    assertTrue(missing.getMessage().contains("no/such/dir"), missing.getMessage());
    SQLException unknown = assertThrows(SQLException.class,
        () -> driver.connect("jdbc:quiver:;colour=blue", new Properties()));
    assertTrue(unknown.getMessage().contains("memory_limit"), unknown.getMessage());
    Properties props = new Properties();
    props.setProperty("timeZone", "UTC");
    props.setProperty("batch_size", "10");
    try (Connection c = driver.connect("jdbc:quiver:.;memory_limit=1GB", props)) {
      assertEquals(10, sessions.get(0).options.batchRows());
      assertEquals(1L << 30, sessions.get(0).options.memoryLimitBytes());
    }
    assertNull(driver.connect("jdbc:other:", new Properties()));
  }

  @Test
  void metadataFromTables() throws SQLException {
    try (Connection c = connect()) {
      DatabaseMetaData md = c.getMetaData();
      assertEquals("Quiver", md.getDatabaseProductName());
      assertEquals("Quiver JDBC", md.getDriverName());
      List<String> names = new ArrayList<>();
      try (ResultSet rs = md.getTables(null, "main", "order\\_%", null)) {
        while (rs.next()) {
          names.add(rs.getString("TABLE_NAME"));
          assertEquals("TABLE", rs.getString("TABLE_TYPE"));
        }
      }
      assertEquals(List.of("order_items"), names);
      try (ResultSet rs = md.getColumns(null, null, "orders", "a%")) {
        assertTrue(rs.next());
        assertEquals("amount", rs.getString("COLUMN_NAME"));
        assertEquals(Types.DECIMAL, rs.getInt("DATA_TYPE"));
        assertEquals(2, rs.getInt("DECIMAL_DIGITS"));
        assertFalse(rs.next());
      }
      try (ResultSet rs = md.getImportedKeys(null, null, "orders")) {
        assertEquals("DEFERRABILITY", rs.getMetaData().getColumnName(14));
        assertFalse(rs.next());
      }
    }
  }

  @Test
  void everyDatabaseMetaDataMethodAnswers() throws Exception {
    try (Connection c = connect()) {
      DatabaseMetaData md = c.getMetaData();
      for (Method method : DatabaseMetaData.class.getMethods()) {
        if (method.getName().equals("unwrap") || method.getName().equals("isWrapperFor")) {
          continue;
        }
        for (String text : new String[] {null, "%"}) {
          Object[] args = new Object[method.getParameterCount()];
          Class<?>[] types = method.getParameterTypes();
          for (int i = 0; i < args.length; i++) {
            args[i] = types[i] == String.class ? text
                : types[i] == int.class ? 1
                : types[i] == boolean.class ? false
                : null;
          }
          try {
            Object result = method.invoke(md, args);
            if (result instanceof ResultSet) {
              ((ResultSet) result).close();
            }
          } catch (InvocationTargetException e) {
            if (!(e.getCause() instanceof SQLFeatureNotSupportedException)) {
              throw new AssertionError(method + " threw " + e.getCause(), e.getCause());
            }
          }
        }
      }
    }
  }
}
