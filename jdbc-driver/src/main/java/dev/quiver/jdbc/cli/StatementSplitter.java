package dev.quiver.jdbc.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects input lines into statements that end with {@code ;}, ignoring semicolons inside quotes
 * and {@code --} comments.
 */
final class StatementSplitter {
  private final StringBuilder pending = new StringBuilder();
  private boolean inSingle;
  private boolean inDouble;

  /** Adds one line; returns the statements it completed (without their {@code ;}). */
  List<String> add(String line) {
    List<String> done = new ArrayList<>();
    boolean inComment = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (inComment) {
        pending.append(c);
        continue;
      }
      if (!inSingle && !inDouble && c == '-' && i + 1 < line.length() && line.charAt(i + 1) == '-') {
        inComment = true;
        pending.append(c);
        continue;
      }
      if (c == '\'' && !inDouble) {
        inSingle = !inSingle;
      } else if (c == '"' && !inSingle) {
        inDouble = !inDouble;
      } else if (c == ';' && !inSingle && !inDouble) {
        String statement = pending.toString().trim();
        if (!statement.isEmpty()) {
          done.add(statement);
        }
        pending.setLength(0);
        continue;
      }
      pending.append(c);
    }
    pending.append('\n');
    return done;
  }

  /** Whether a statement has begun but not ended. */
  boolean hasPending() {
    return !pending.toString().trim().isEmpty();
  }

  /** The unterminated rest, e.g. at end of input; clears it. */
  String drain() {
    String rest = pending.toString().trim();
    pending.setLength(0);
    inSingle = false;
    inDouble = false;
    return rest;
  }
}
