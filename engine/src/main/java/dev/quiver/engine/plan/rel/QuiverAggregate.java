package dev.quiver.engine.plan.rel;

import dev.quiver.engine.exec.Operator;
import dev.quiver.engine.exec.aggregate.AggregateMode;
import dev.quiver.engine.exec.aggregate.AggregateSpec;
import dev.quiver.engine.exec.operator.HashAggregateOperator;
import dev.quiver.engine.plan.PhysicalPlanner;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptCost;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Aggregate;
import org.apache.calcite.rel.core.AggregateCall;
import org.apache.calcite.rel.metadata.RelMetadataQuery;
import org.apache.calcite.util.ImmutableBitSet;

/** Vectorized hash aggregation (GROUP BY with COUNT, SUM, AVG, MIN, MAX, DISTINCT, FILTER). */
public final class QuiverAggregate extends Aggregate implements QuiverRel {
  public QuiverAggregate(
      RelOptCluster cluster,
      RelTraitSet traits,
      RelNode input,
      ImmutableBitSet groupSet,
      List<AggregateCall> aggCalls) {
    super(cluster, traits, List.of(), input, groupSet, null, aggCalls);
  }

  @Override
  public Aggregate copy(
      RelTraitSet traitSet,
      RelNode input,
      ImmutableBitSet groupSet,
      List<ImmutableBitSet> groupSets,
      List<AggregateCall> aggCalls) {
    return new QuiverAggregate(getCluster(), traitSet, input, groupSet, aggCalls);
  }

  @Override
  public RelOptCost computeSelfCost(RelOptPlanner planner, RelMetadataQuery mq) {
    return super.computeSelfCost(planner, mq).multiplyBy(COST_FACTOR);
  }

  @Override
  public Operator implement(PhysicalPlanner planner) {
    Operator parallel = planner.parallelAggregate(this);
    if (parallel != null) {
      return parallel;
    }
    List<AggregateSpec> specs = new ArrayList<>();
    for (AggregateCall call : getAggCallList()) {
      specs.add(AggregateSpec.of(call));
    }
    return new HashAggregateOperator(
        planner.implement(getInput()),
        getGroupSet().toArray(),
        specs,
        getRowType(),
        AggregateMode.SINGLE);
  }
}
