package dev.quiver.engine.plan.rel;

import dev.quiver.engine.exec.Operator;
import dev.quiver.engine.plan.PhysicalPlanner;
import java.util.List;
import org.apache.calcite.plan.ConventionTraitDef;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptCost;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.convert.ConverterImpl;
import org.apache.calcite.rel.metadata.RelMetadataQuery;

/**
 * Where a plan enters the vectorized engine from Calcite's Enumerable engine: the rows of an
 * Enumerable subtree are gathered into Arrow batches.
 */
public final class EnumerableToQuiverConverter extends ConverterImpl implements QuiverRel {
  /** Per-row cost of writing Java objects into Arrow vectors. */
  private static final double ROW_CONVERSION_COST = 2.0;

  public EnumerableToQuiverConverter(RelOptCluster cluster, RelTraitSet traits, RelNode input) {
    super(cluster, ConventionTraitDef.INSTANCE, traits, input);
  }

  @Override
  public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
    return new EnumerableToQuiverConverter(getCluster(), traitSet, sole(inputs));
  }

  @Override
  public RelOptCost computeSelfCost(RelOptPlanner planner, RelMetadataQuery mq) {
    double rows = mq.getRowCount(getInput());
    return planner.getCostFactory().makeCost(rows, rows * ROW_CONVERSION_COST, 0);
  }

  @Override
  public Operator implement(PhysicalPlanner planner) {
    return planner.implementEnumerable(getInput());
  }
}
