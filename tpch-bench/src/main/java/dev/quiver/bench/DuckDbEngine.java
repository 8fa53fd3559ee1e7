package dev.quiver.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * DuckDB in-process and in-memory, with a view {@code orders} over {@code read_csv} so it reads the
 * same file as Quiver on every query (no import, no caching of a loaded table) and the same SQL
 * text runs on both. DuckDB sniffs the dialect and types itself; threads stay at its default.
 */
final class DuckDbEngine implements BenchEngine {
  static final String NAME = "duckdb";
  private static final String URL = "jdbc:duckdb:";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Connection open(Path dataFile) throws SQLException {
    Connection connection = DriverManager.getConnection(URL);
    try (Statement statement = connection.createStatement()) {
      String name = dataFile.getFileName().toString();
      BenchFormat format =
          name.endsWith(".parquet")
              ? BenchFormat.PARQUET
              : name.endsWith(".ndjson") ? BenchFormat.NDJSON : BenchFormat.CSV;
      statement.execute(format.duckDbView(dataFile));
    } catch (SQLException e) {
      connection.close();
      throw e;
    }
    return connection;
  }

  /** The view over {@code dataDir/orders.csv}. */
  static String createViewSql(Path dataDir) {
    return BenchFormat.CSV.duckDbView(dataDir.resolve(OrdersGenerator.FILE_NAME));
  }

  @Override
  public Map<String, String> describe(Connection connection) {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("version", scalar(connection, "SELECT version()"));
    settings.put(
        "threads",
        scalar(connection, "SELECT current_setting('threads')") + " (DuckDB default, not changed)");
    settings.put("memory_limit", scalar(connection, "SELECT current_setting('memory_limit')"));
    return settings;
  }

  private static String scalar(Connection connection, String sql) {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      return rows.next() ? String.valueOf(rows.getObject(1)) : "(no row)";
    } catch (SQLException e) {
      return "unknown (" + e.getMessage() + ")";
    }
  }
}
