package dev.quiver.engine.plan.rel;

import dev.quiver.engine.exec.Operator;
import dev.quiver.engine.plan.PhysicalPlanner;
import org.apache.calcite.plan.Convention;
import org.apache.calcite.rel.RelNode;

/**
 * A relational expression that runs in Quiver's vectorized engine over Arrow batches.
 *
 * <p>Plan nodes of this convention are named {@code QuiverXxx} so that EXPLAIN shows at a glance
 * what runs vectorized, next to Calcite's {@code EnumerableXxx} nodes for what falls back.
 */
public interface QuiverRel extends RelNode {
  Convention CONVENTION = new Convention.Impl("QUIVER", QuiverRel.class);

  /**
   * How much cheaper than Calcite's row-at-a-time equivalent the planner should consider a
   * vectorized node; any factor well below 1 makes the planner prefer Quiver wherever it can.
   */
  double COST_FACTOR = 0.1;

  /** Builds the runtime operator for this node, implementing its inputs through {@code planner}. */
  Operator implement(PhysicalPlanner planner);
}
