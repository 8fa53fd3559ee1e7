package dev.quiver.jdbc;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The timer behind {@code Statement.setQueryTimeout} for one connection: one daemon thread, started
 * on the first timed query and stopped when the connection closes, so no thread outlives it.
 */
final class QueryTimeouts {
  private ScheduledThreadPoolExecutor executor;
  private boolean closed;

  /** Runs {@code cancel} after {@code seconds}, unless the returned future is cancelled first. */
  synchronized ScheduledFuture<?> schedule(Runnable cancel, int seconds) {
    if (closed) {
      throw new IllegalStateException("connection closed");
    }
    if (executor == null) {
      executor =
          new ScheduledThreadPoolExecutor(
              1,
              runnable -> {
                Thread thread = new Thread(runnable, "quiver-query-timeout");
                thread.setDaemon(true);
                return thread;
              });
      executor.setRemoveOnCancelPolicy(true);
    }
    return executor.schedule(cancel, seconds, TimeUnit.SECONDS);
  }

  /** Whether the timer thread has been started and not yet stopped. */
  synchronized boolean isRunning() {
    return executor != null && !executor.isTerminated();
  }

  /** Stops the timer thread; pending timeouts are dropped. */
  synchronized void close() {
    closed = true;
    if (executor != null) {
      executor.shutdownNow();
      try {
        executor.awaitTermination(1, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
