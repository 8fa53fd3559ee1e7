package dev.quiver.engine.session;

import dev.quiver.engine.exec.ExecutionContext;
import dev.quiver.engine.exec.Operator;
import dev.quiver.engine.exec.OperatorMetrics;
import dev.quiver.engine.exec.operator.GatherOperator;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code EXPLAIN ANALYZE <query>}: runs the query to the end, discarding its rows, and describes
 * the operators that ran, one per line and indented by depth, each with what it counted: rows,
 * batches, time, and for scans the bytes read and the units (row groups, partitions) read of
 * those there were, so pruning shows as e.g. {@code units_read=1/5}. The copies of a parallel
 * pipeline appear once, with their counts summed.
 */
final class ExplainAnalyze {
  private static final String INDENT = "  ";

  private ExplainAnalyze() {}

  /** Runs {@code root} to the end and returns the annotated operator tree; closes {@code root}. */
  static List<String> run(Operator root, ExecutionContext context) {
    try {
      root.open(context);
      while (root.next() != null) {
        context.checkCancelled();
      }
      List<String> lines = new ArrayList<>();
      describe(root, 0, lines);
      return lines;
    } finally {
      root.close();
    }
  }

  private static void describe(Operator operator, int depth, List<String> lines) {
    describe(List.of(operator), depth, lines);
  }

  /**
   * Describes operators of the same shape as one: the copies of a parallel pipeline below a
   * Gather are printed once, with their counts added up, so the text does not depend on how the
   * threads happened to share the work.
   */
  private static void describe(List<Operator> copies, int depth, List<String> lines) {
    Operator first = copies.get(0);
    List<OperatorMetrics> metrics = new ArrayList<>();
    for (Operator copy : copies) {
      metrics.add(copy.metrics());
    }
    lines.add(
        INDENT.repeat(depth) + first.describe() + "  " + OperatorMetrics.sum(metrics).summary());
    if (first instanceof GatherOperator) {
      describe(first.children(), depth + 1, lines);
      return;
    }
    for (int child = 0; child < first.children().size(); child++) {
      List<Operator> childCopies = new ArrayList<>();
      for (Operator copy : copies) {
        childCopies.add(copy.children().get(child));
      }
      describe(childCopies, depth + 1, lines);
    }
  }
}
