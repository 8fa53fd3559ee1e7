package dev.quiver.engine.session;

import dev.quiver.engine.error.ErrorCode;
import dev.quiver.engine.error.QuiverException;

/**
 * Turns the exceptions Calcite's Enumerable engine throws for bad data into user errors with
 * Quiver's wording; anything else is reported as a bug in Quiver.
 */
final class FallbackErrors {
  private FallbackErrors() {}

  static QuiverException translate(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof QuiverException quiver) {
        return quiver;
      }
      if (t instanceof ArithmeticException) {
        String message = String.valueOf(t.getMessage());
        return new QuiverException(
            ErrorCode.USER_ERROR,
            message.contains("by zero") ? "Division by zero" : "Arithmetic error: " + message,
            error);
      }
      if (t instanceof NumberFormatException) {
        return new QuiverException(
            ErrorCode.USER_ERROR, "Cannot convert value: " + t.getMessage(), error);
      }
    }
    return QuiverException.internal("Query failed: " + error, error);
  }
}
