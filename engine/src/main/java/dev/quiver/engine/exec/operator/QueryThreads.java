package dev.quiver.engine.exec.operator;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The one pool of worker threads that parallel scans and pipelines run on. Threads are daemons
 * and end after a minute idle, so an embedding service never keeps threads it did not ask for;
 * every task is waited for by the operator that started it before that operator closes.
 */
final class QueryThreads {
  static final ExecutorService POOL =
      Executors.newCachedThreadPool(
          runnable -> {
            Thread thread = new Thread(runnable, "quiver-worker");
            thread.setDaemon(true);
            return thread;
          });

  private QueryThreads() {}
}
