package dev.quiver.engine.function.kernel;

/** A binary comparison, with the SQL spelling used by {@code toString} of expressions. */
public enum CompareOp {
  EQ("="),
  NE("<>"),
  LT("<"),
  LE("<="),
  GT(">"),
  GE(">=");

  private final String symbol;

  CompareOp(String symbol) {
    this.symbol = symbol;
  }

  public String symbol() {
    return symbol;
  }

  /** The operator that gives the same answer with the operands swapped ({@code a < b} is {@code b > a}). */
  public CompareOp flip() {
    switch (this) {
      case LT:
        return GT;
      case LE:
        return GE;
      case GT:
        return LT;
      case GE:
        return LE;
      default:
        return this;
    }
  }

  /** Whether a three-way comparison result ({@code <0, 0, >0}) satisfies this operator. */
  public boolean test(int comparison) {
    switch (this) {
      case EQ:
        return comparison == 0;
      case NE:
        return comparison != 0;
      case LT:
        return comparison < 0;
      case LE:
        return comparison <= 0;
      case GT:
        return comparison > 0;
      default:
        return comparison >= 0;
    }
  }
}
