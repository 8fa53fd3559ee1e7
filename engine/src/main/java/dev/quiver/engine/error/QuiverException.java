package dev.quiver.engine.error;

/**
 * An error meant for the user: the message says what failed, where, and how to fix it. The driver
 * turns it into an {@link java.sql.SQLException} with {@link ErrorCode#sqlState()}.
 */
public class QuiverException extends RuntimeException {
  private final ErrorCode code;

  public QuiverException(ErrorCode code, String message) {
    super(message);
    this.code = code;
  }

  public QuiverException(ErrorCode code, String message, Throwable cause) {
    super(message, cause);
    this.code = code;
  }

  public ErrorCode code() {
    return code;
  }

  /** An internal error: a bug in Quiver, with the facts needed to report it. */
  public static QuiverException internal(String message, Throwable cause) {
    return new QuiverException(
        ErrorCode.INTERNAL, message + " (this is a bug in Quiver; please report it)", cause);
  }
}
