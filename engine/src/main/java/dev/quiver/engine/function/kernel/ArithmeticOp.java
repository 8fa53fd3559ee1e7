package dev.quiver.engine.function.kernel;

/** A binary arithmetic operator, with the spelling used by {@code toString} of expressions. */
public enum ArithmeticOp {
  ADD("+"),
  SUBTRACT("-"),
  MULTIPLY("*"),
  DIVIDE("/"),
  MODULO("MOD");

  private final String symbol;

  ArithmeticOp(String symbol) {
    this.symbol = symbol;
  }

  public String symbol() {
    return symbol;
  }
}
