package dev.quiver.jdbc;

import dev.quiver.engine.api.QuiverSession;
import dev.quiver.engine.api.SessionOptions;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Executor;
import org.apache.calcite.avatica.AvaticaConnection;
import org.apache.calcite.avatica.AvaticaFactory;
import org.apache.calcite.avatica.AvaticaStatement;
import org.apache.calcite.avatica.Meta;
import org.apache.calcite.avatica.QueryState;

/**
 * A connection to Quiver: one {@link QuiverSession} over the URL's directory. Errors leave it as
 * SQLExceptions with the engine's message and SQLState, not wrapped in Avatica's messages.
 */
public final class QuiverConnection extends AvaticaConnection {
  private final QuiverSession session;
  private final QueryTimeouts timeouts = new QueryTimeouts();

  private QuiverConnection(
      QuiverDriver driver, AvaticaFactory factory, String url, Properties info,
      QuiverSession session) {
    super(driver, factory, url, info);
    this.session = session;
  }

  /** Parses the URL, opens the session and wraps it in a connection. */
  static QuiverConnection open(
      QuiverDriver driver, AvaticaFactory factory, String url, Properties info)
      throws SQLException {
    SessionOptions options = ConnectionTarget.parse(url, info);
    QuiverSession session;
    try {
      session = driver.openSession(options);
    } catch (RuntimeException e) {
      throw SqlErrors.toSqlException(e);
    }
    try {
      return new QuiverConnection(driver, factory, url, info, session);
    } catch (RuntimeException e) {
      session.close();
      throw SqlErrors.toSqlException(e);
    }
  }

  /** The engine session behind this connection. */
  public QuiverSession session() {
    return session;
  }

  QuiverMeta quiverMeta() {
    return (QuiverMeta) meta;
  }

  QueryTimeouts timeouts() {
    return timeouts;
  }

  @Override
  public PreparedStatement prepareStatement(
      String sql, int resultSetType, int resultSetConcurrency, int resultSetHoldability)
      throws SQLException {
    try {
      return super.prepareStatement(
          sql, resultSetType, resultSetConcurrency, resultSetHoldability);
    } catch (SQLException | RuntimeException e) {
      throw SqlErrors.toSqlException(e);
    }
  }

  @Override
  protected ResultSet executeQueryInternal(
      AvaticaStatement statement,
      Meta.Signature signature,
      Meta.Frame firstFrame,
      QueryState state,
      boolean isUpdate)
      throws SQLException {
    try {
      return super.executeQueryInternal(statement, signature, firstFrame, state, isUpdate);
    } catch (SQLException | RuntimeException e) {
      throw SqlErrors.toSqlException(e);
    }
  }

  @Override
  public String nativeSQL(String sql) throws SQLException {
    checkOpen();
    return sql;
  }

  @Override
  public void abort(Executor executor) throws SQLException {
    close();
  }

  /** Closes every statement (and so every running query), the timeout timer and the session. */
  @Override
  public void close() throws SQLException {
    if (isClosed()) {
      return;
    }
    List<SQLException> failures = new ArrayList<>();
    for (AvaticaStatement statement : new ArrayList<>(statementMap.values())) {
      try {
        statement.close();
      } catch (SQLException e) {
        failures.add(e);
      }
    }
    timeouts.close();
    try {
      super.close();
    } catch (SQLException | RuntimeException e) {
      failures.add(SqlErrors.toSqlException(e));
    }
    if (!failures.isEmpty()) {
      SQLException first = failures.get(0);
      for (int i = 1; i < failures.size(); i++) {
        first.addSuppressed(failures.get(i));
      }
      throw first;
    }
  }
}
