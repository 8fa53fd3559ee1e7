package dev.quiver.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/**
 * One engine under test: how to open a JDBC connection that sees {@code orders} over a directory.
 */
interface BenchEngine {

  /** Lower-case name used on the command line and in reports. */
  String name();

  /**
   * Opens a connection on which {@code SELECT ... FROM orders} reads {@code dataFile}
   * ({@code orders.csv}, {@code orders.parquet} or {@code orders.ndjson}).
   */
  Connection open(Path dataFile) throws SQLException;

  /** Settings worth recording next to the numbers (version, threads); never fails. */
  Map<String, String> describe(Connection connection);
}
