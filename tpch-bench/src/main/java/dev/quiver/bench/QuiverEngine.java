package dev.quiver.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Quiver through its public JDBC driver, {@code jdbc:quiver:<dir>}, found by DriverManager. */
final class QuiverEngine implements BenchEngine {
  static final String NAME = "quiver";
  static final String URL_PREFIX = "jdbc:quiver:";

  /** SQLState DriverManager uses when no registered driver accepts a URL. */
  private static final String NO_DRIVER_STATE = "08001";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Connection open(Path dataFile) throws SQLException {
    // The file's directory holds only the orders file, which Quiver names by its stem.
    String url = URL_PREFIX + dataFile.toAbsolutePath().getParent();
    try {
      return DriverManager.getConnection(url);
    } catch (SQLException e) {
      if (NO_DRIVER_STATE.equals(e.getSQLState())
          && String.valueOf(e.getMessage()).contains("suitable")) {
        throw new SQLException(
            "no java.sql.Driver on the classpath accepts "
                + url
                + " (quiver-jdbc registers none yet: META-INF/services/java.sql.Driver is missing"
                + " or its driver refused the URL)",
            NO_DRIVER_STATE,
            e);
      }
      throw e;
    }
  }

  @Override
  public Map<String, String> describe(Connection connection) {
    Map<String, String> settings = new LinkedHashMap<>();
    try {
      DatabaseMetaData meta = connection.getMetaData();
      settings.put(
          "version", meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion());
      settings.put("driver", meta.getDriverName() + " " + meta.getDriverVersion());
    } catch (SQLException | RuntimeException e) {
      settings.put("version", "unknown (" + e.getMessage() + ")");
    }
    settings.put("threads", "engine default (not configured by the harness)");
    return settings;
  }
}
