package dev.quiver.engine.api;

import java.util.List;

/**
 * One user's view of Quiver: a default directory, options, and a memory budget. The JDBC driver
 * opens one per connection.
 *
 * <p>Thread-safe: statements of one session may be prepared and executed from several threads.
 */
public interface QuiverSession extends AutoCloseable {
  /** The schema that holds the tables of the URL's directory. */
  String DEFAULT_SCHEMA = "main";

  /** Opens a session; the directory, when given, must exist. */
  static QuiverSession open(SessionOptions options) {
    return new dev.quiver.engine.session.DefaultQuiverSession(options);
  }

  SessionOptions options();

  /**
   * Parses and validates {@code sql}: a query, or {@code EXPLAIN PLAN FOR <query>}.
   *
   * @throws dev.quiver.engine.error.QuiverException with a message for the user
   */
  PreparedQuery prepare(String sql);

  /** The tables of the default directory, with their inferred columns; empty without one. */
  List<TableInfo> tables();

  /** Closes the session; fails if a query still holds memory (a leak), after freeing it. */
  @Override
  void close();
}
