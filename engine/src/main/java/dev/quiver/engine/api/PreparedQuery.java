package dev.quiver.engine.api;

import java.util.List;

/**
 * A statement parsed and validated once, executable many times with different parameter values.
 * Thread-safe: each {@link #execute} plans and runs independently.
 */
public interface PreparedQuery {
  /** The SQL text as given. */
  String sql();

  /** The result columns. */
  List<ColumnInfo> columns();

  /** One entry per {@code ?} in order, with the type the validator derived for it. */
  List<ColumnInfo> parameters();

  /**
   * Whether the statement writes data (COPY ... TO) rather than only reading it. Its result is
   * then one row holding the number of rows written, which JDBC's executeUpdate returns.
   */
  default boolean changesData() {
    return false;
  }

  /**
   * Runs the statement.
   *
   * @param parameterValues one value per {@code ?}: Boolean, Integer, Long, Double, BigDecimal,
   *     String, LocalDate, LocalDateTime, LocalTime, byte[], or null (java.sql date/time types are
   *     accepted too and converted)
   */
  QueryResult execute(List<Object> parameterValues);

  /**
   * Runs the statement right after it was prepared (a plain JDBC {@code Statement} does both in
   * one call), reusing the validation that {@link QuiverSession#prepare} did. {@link #execute}
   * validates again, since files may change between preparing and executing; only the first call
   * of this method may skip that, later ones behave as {@code execute}.
   */
  default QueryResult executeJustPrepared(List<Object> parameterValues) {
    return execute(parameterValues);
  }
}
