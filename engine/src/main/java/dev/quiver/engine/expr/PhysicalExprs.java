package dev.quiver.engine.expr;

import java.util.BitSet;

/** Facts about a compiled expression tree that operators plan by. */
public final class PhysicalExprs {
  private PhysicalExprs() {}

  /** The input columns {@code expression} reads, ascending. */
  public static int[] inputColumns(PhysicalExpr expression) {
    BitSet columns = new BitSet();
    collect(expression, columns);
    return columns.stream().toArray();
  }

  private static void collect(PhysicalExpr expression, BitSet columns) {
    if (expression instanceof ColumnRefExpr ref) {
      columns.set(ref.index());
    }
    for (PhysicalExpr child : expression.children()) {
      collect(child, columns);
    }
  }
}
