package dev.quiver.engine.error;

/** Categories of failure, each mapped to one SQLState class by the driver. */
public enum ErrorCode {
  /** Syntax, unknown table or column, type mismatch: SQLState 42000. */
  SYNTAX_OR_BINDING("42000"),
  /** A value that cannot be converted or an invalid argument: SQLState 22000. */
  USER_ERROR("22000"),
  /** Unreadable or malformed input file: SQLState 22000 (data exception). */
  BAD_INPUT("22000"),
  /** A missing file or directory: SQLState 58030 (I/O error). */
  IO_ERROR("58030"),
  /** The query needs more memory than its limit: SQLState 53200 (out of memory). */
  MEMORY_LIMIT("53200"),
  /** A feature that Quiver does not have yet: SQLState 0A000. */
  NOT_SUPPORTED("0A000"),
  /** Cancelled by the user or by a timeout: SQLState 57014. */
  CANCELLED("57014"),
  /** A bug in Quiver: SQLState XX000. */
  INTERNAL("XX000");

  private final String sqlState;

  ErrorCode(String sqlState) {
    this.sqlState = sqlState;
  }

  public String sqlState() {
    return sqlState;
  }
}
