package dev.quiver.jdbc;

import dev.quiver.engine.error.ErrorCode;
import dev.quiver.engine.error.QuiverException;
import java.sql.SQLException;

/**
 * Turns whatever the engine or Avatica threw into the {@link SQLException} a user should see: the
 * engine's message, unwrapped from Avatica's "Error while executing SQL" layers, with the SQLState of
 * its {@link ErrorCode}.
 */
public final class SqlErrors {
  /** SQLState of an exception that is a bug in Quiver. */
  static final String INTERNAL_STATE = ErrorCode.INTERNAL.sqlState();

  private SqlErrors() {}

  /** The user-facing exception for {@code thrown}; never returns a raw RuntimeException. */
  public static SQLException toSqlException(Throwable thrown) {
    SQLException firstWithoutState = null;
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof QuiverException) {
        QuiverException e = (QuiverException) t;
        return new SQLException(e.getMessage(), e.code().sqlState(), e);
      }
      if (t instanceof SQLException) {
        SQLException e = (SQLException) t;
        if (e.getSQLState() != null) {
          return e;
        }
        if (firstWithoutState == null) {
          firstWithoutState = e;
        }
      }
      if (t.getCause() == t) {
        break;
      }
    }
    if (firstWithoutState != null && firstWithoutState.getCause() == null) {
      // Avatica's own checks ("Statement closed", "invalid column ordinal"): already meant for users.
      return firstWithoutState;
    }
    return new SQLException(
        "Internal error: " + thrown + " (this is a bug in Quiver; please report it)",
        INTERNAL_STATE,
        thrown);
  }

  /** A QuiverException as the SQLException that carries its SQLState. */
  static SQLException of(QuiverException e) {
    return new SQLException(e.getMessage(), e.code().sqlState(), e);
  }

  /**
   * Carries a SQLException through Avatica's {@code Meta} methods, which may not throw checked
   * exceptions; Avatica's DatabaseMetaData unwraps it again, and {@link #toSqlException} finds it.
   */
  static RuntimeException unchecked(SQLException e) {
    return new UncheckedSqlException(e);
  }

  /** A checked SQLException wrapped to cross an interface that throws none. */
  static final class UncheckedSqlException extends RuntimeException {
    UncheckedSqlException(SQLException cause) {
      super(cause.getMessage(), cause);
    }
  }
}
