package dev.quiver.engine.plan.rel;

import dev.quiver.engine.plan.PhysicalPlanner;
import java.util.List;
import org.apache.calcite.DataContext;
import org.apache.calcite.adapter.enumerable.EnumerableRel;
import org.apache.calcite.adapter.enumerable.EnumerableRelImplementor;
import org.apache.calcite.adapter.enumerable.PhysType;
import org.apache.calcite.adapter.enumerable.PhysTypeImpl;
import org.apache.calcite.linq4j.tree.BlockBuilder;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.plan.ConventionTraitDef;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptCost;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.convert.ConverterImpl;
import org.apache.calcite.rel.metadata.RelMetadataQuery;

/**
 * Where a plan leaves the vectorized engine: hands the batches of a Quiver subtree to a Calcite
 * Enumerable (row-at-a-time) parent, for operators Quiver does not vectorize yet.
 */
public final class QuiverToEnumerableConverter extends ConverterImpl implements EnumerableRel {
  /** Per-row cost of turning batch rows into Java objects for the fallback engine. */
  private static final double ROW_CONVERSION_COST = 2.0;

  public QuiverToEnumerableConverter(RelOptCluster cluster, RelTraitSet traits, RelNode input) {
    super(cluster, ConventionTraitDef.INSTANCE, traits, input);
  }

  @Override
  public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
    return new QuiverToEnumerableConverter(getCluster(), traitSet, sole(inputs));
  }

  @Override
  public RelOptCost computeSelfCost(RelOptPlanner planner, RelMetadataQuery mq) {
    double rows = mq.getRowCount(getInput());
    return planner.getCostFactory().makeCost(rows, rows * ROW_CONVERSION_COST, 0);
  }

  @Override
  public Result implement(EnumerableRelImplementor implementor, Prefer pref) {
    // One column travels as a bare value, more as Object[]: what Calcite's code expects.
    PhysType physType =
        PhysTypeImpl.of(implementor.getTypeFactory(), getRowType(), pref.preferArray());
    BlockBuilder builder = new BlockBuilder();
    Expression subtree = implementor.stash(getInput(), RelNode.class);
    Expression rows =
        Expressions.call(
            PhysicalPlanner.class,
            "rowsOf",
            DataContext.ROOT,
            subtree);
    builder.add(Expressions.return_(null, rows));
    return implementor.result(physType, builder.toBlock());
  }
}
