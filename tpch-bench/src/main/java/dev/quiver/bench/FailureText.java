package dev.quiver.bench;

import java.sql.SQLException;

/** Renders an engine's failure as one readable block: the cause chain, then where it was thrown. */
final class FailureText {
  private static final int FRAMES_SHOWN = 6;

  private FailureText() {}

  /** "Type: message" for the exception and each cause, joined by " <- caused by ". */
  static String summary(Throwable failure) {
    StringBuilder text = new StringBuilder();
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (text.length() > 0) {
        text.append(" <- caused by ");
      }
      text.append(t.getClass().getName()).append(": ").append(t.getMessage());
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        text.append(" [SQLState ").append(sql.getSQLState()).append(']');
      }
    }
    return text.toString();
  }

  /** The summary plus the innermost cause's top stack frames, for a developer to start from. */
  static String detailed(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    StringBuilder text = new StringBuilder(summary(failure));
    StackTraceElement[] frames = root.getStackTrace();
    for (int i = 0; i < Math.min(FRAMES_SHOWN, frames.length); i++) {
      text.append("\n      at ").append(frames[i]);
    }
    if (frames.length > FRAMES_SHOWN) {
      text.append("\n      ... ").append(frames.length - FRAMES_SHOWN).append(" more");
    }
    return text.toString();
  }
}
