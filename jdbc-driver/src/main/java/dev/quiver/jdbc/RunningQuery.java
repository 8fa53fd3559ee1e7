package dev.quiver.jdbc;

import dev.quiver.engine.api.QueryResult;
import dev.quiver.engine.error.ErrorCode;
import dev.quiver.engine.error.QuiverException;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.util.concurrent.ScheduledFuture;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * One execution of a statement: its {@link QueryResult}, the timer that cancels it after the query
 * timeout, and whether the timer fired (so the error says "timeout", not just "cancelled").
 *
 * <p>{@link #cancel()} may be called from any thread; the rest from the thread reading results.
 */
final class RunningQuery implements dev.quiver.jdbc.arrow.BatchSource {
  private final QueryResult result;
  private final int timeoutSeconds;
  private volatile ScheduledFuture<?> timer;
  private volatile boolean timedOut;
  private volatile boolean closed;

  RunningQuery(QueryResult result, int timeoutSeconds) {
    this.result = result;
    this.timeoutSeconds = timeoutSeconds;
  }

  /** Starts the timeout, when one is set. */
  void startTimer(QueryTimeouts timeouts) {
    if (timeoutSeconds > 0) {
      timer = timeouts.schedule(this::cancelByTimeout, timeoutSeconds);
    }
  }

  /**
   * The next batch, or null at the end.
   *
   * @throws SQLException with the engine's message and SQLState; a {@link SQLTimeoutException} when
   *     the query timeout cancelled the query
   */
  @Override
  public VectorSchemaRoot next() throws SQLException {
    try {
      return result.next();
    } catch (QuiverException e) {
      if (e.code() == ErrorCode.CANCELLED && timedOut) {
        throw new SQLTimeoutException(
            "Query cancelled: it ran longer than the query timeout of " + timeoutSeconds
                + " seconds (Statement.setQueryTimeout)",
            ErrorCode.CANCELLED.sqlState(),
            e);
      }
      throw SqlErrors.of(e);
    } catch (RuntimeException e) {
      throw SqlErrors.toSqlException(e);
    }
  }

  /** The engine's warnings about this result (complete once every batch was read). */
  java.util.List<String> warnings() {
    return result.warnings();
  }

  void cancel() {
    if (!closed) {
      result.cancel();
    }
  }

  private void cancelByTimeout() {
    timedOut = true;
    cancel();
  }

  boolean isClosed() {
    return closed;
  }

  /** Frees the result's buffers and stops the timer; idempotent. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    ScheduledFuture<?> t = timer;
    if (t != null) {
      t.cancel(false);
    }
    result.close();
  }
}
