package dev.quiver.engine.plan;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexExecutor;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexUtil;
import org.apache.calcite.rex.RexVisitorImpl;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Folds constant expressions at planning time, as Calcite does, except where Calcite's
 * evaluator would lose data: anything that produces or consumes TIME or TIMESTAMP (Calcite
 * evaluates those in milliseconds, and {@code CAST('... 05.123456' AS TIMESTAMP)} would lose its
 * microseconds). Those stay as expressions and run in Quiver's kernels, which keep microseconds.
 * A fold that fails (say, {@code 1 / 0}) is left for execution, where it fails with a clear error.
 */
final class ConstantFolder implements RexExecutor {
  static final ConstantFolder INSTANCE = new ConstantFolder();

  private ConstantFolder() {}

  @Override
  public void reduce(RexBuilder rexBuilder, List<RexNode> constExps, List<RexNode> reducedValues) {
    List<RexNode> foldable = new ArrayList<>();
    for (RexNode expression : constExps) {
      if (!touchesTime(expression)) {
        foldable.add(expression);
      }
    }
    List<RexNode> folded = new ArrayList<>();
    try {
      RexUtil.EXECUTOR.reduce(rexBuilder, foldable, folded);
    } catch (RuntimeException | LinkageError e) {
      reducedValues.addAll(constExps);
      return;
    }
    int next = 0;
    for (RexNode expression : constExps) {
      reducedValues.add(touchesTime(expression) ? expression : folded.get(next++));
    }
  }

  private static boolean touchesTime(RexNode expression) {
    boolean[] found = {false};
    expression.accept(
        new RexVisitorImpl<Void>(true) {
          @Override
          public Void visitCall(RexCall call) {
            check(call);
            for (RexNode operand : call.getOperands()) {
              check(operand);
            }
            return super.visitCall(call);
          }

          private void check(RexNode node) {
            SqlTypeName type = node.getType().getSqlTypeName();
            if (type == SqlTypeName.TIMESTAMP || type == SqlTypeName.TIME) {
              found[0] = true;
            }
          }
        });
    return found[0] || expression.getType().getSqlTypeName() == SqlTypeName.TIMESTAMP
        || expression.getType().getSqlTypeName() == SqlTypeName.TIME;
  }
}
