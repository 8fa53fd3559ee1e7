package dev.quiver.engine.function.kernel;

/** Null checks over a kernel's arguments, for functions that return NULL on any NULL argument. */
public final class RowArguments {
  private RowArguments() {}

  /** Whether some argument is null at {@code row}. */
  public static boolean anyNull(ValueReader[] arguments, int row) {
    for (ValueReader argument : arguments) {
      if (argument.hasNulls() && argument.isNull(row)) {
        return true;
      }
    }
    return false;
  }
}
