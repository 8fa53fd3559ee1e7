package dev.quiver.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.apache.calcite.avatica.AvaticaStatement;
import org.apache.calcite.avatica.Meta;

/**
 * A plain statement: runs SQL text, cancels its running query on {@link #cancel()} (also from the
 * query-timeout timer), and runs executeUpdate only for statements that write (COPY).
 */
final class QuiverStatement extends AvaticaStatement {
  private final QuiverConnection quiverConnection;

  QuiverStatement(
      QuiverConnection connection,
      Meta.StatementHandle h,
      int resultSetType,
      int resultSetConcurrency,
      int resultSetHoldability) {
    super(connection, h, resultSetType, resultSetConcurrency, resultSetHoldability);
    this.quiverConnection = connection;
  }

  @Override
  protected void executeInternal(String sql) throws SQLException {
    try {
      super.executeInternal(sql);
    } catch (SQLException | RuntimeException e) {
      throw SqlErrors.toSqlException(e);
    }
  }

  /** Runs a statement that writes data (COPY ... TO) and returns how many rows it wrote. */
  @Override
  public long executeLargeUpdate(String sql) throws SQLException {
    checkOpen();
    if (!quiverConnection.quiverMeta().changesData(sql)) {
      throw QuiverMeta.queryInUpdate();
    }
    try (ResultSet rows = executeQuery(sql)) {
      return rows.next() ? rows.getLong(1) : 0;
    }
  }

  @Override
  public long[] executeLargeBatch() throws SQLException {
    checkOpen();
    clearBatch();
    throw QuiverMeta.batchNotSupported();
  }

  /** Stops the running query; its result set's next() then fails with SQLState 57014. */
  @Override
  public void cancel() throws SQLException {
    checkOpen();
    quiverConnection.quiverMeta().cancel(handle);
  }
}
