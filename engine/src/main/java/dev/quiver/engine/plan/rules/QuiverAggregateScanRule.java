package dev.quiver.engine.plan.rules;

import dev.quiver.engine.plan.rel.QuiverTableScan;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.rel.core.AggregateCall;
import org.apache.calcite.rel.logical.LogicalAggregate;
import org.apache.calcite.util.ImmutableBitSet;
import org.apache.calcite.util.mapping.Mapping;
import org.apache.calcite.util.mapping.Mappings;

/**
 * Projection pushdown for an aggregate straight over a scan: the scan decodes only the columns
 * the group keys and aggregate calls use (none at all for {@code SELECT count(*) FROM t}).
 */
public final class QuiverAggregateScanRule extends RelOptRule {
  public static final QuiverAggregateScanRule INSTANCE = new QuiverAggregateScanRule();

  @SuppressWarnings("deprecation") // RelRule configs need an annotation processor; this does not
  private QuiverAggregateScanRule() {
    super(
        operand(LogicalAggregate.class, operand(QuiverTableScan.class, none())),
        "QuiverAggregateScanRule");
  }

  @Override
  public void onMatch(RelOptRuleCall call) {
    LogicalAggregate aggregate = call.rel(0);
    QuiverTableScan scan = call.rel(1);
    if (aggregate.getGroupType() != LogicalAggregate.Group.SIMPLE) {
      return;
    }
    ImmutableBitSet.Builder usedBuilder = aggregate.getGroupSet().rebuild();
    for (AggregateCall aggregateCall : aggregate.getAggCallList()) {
      usedBuilder.addAll(aggregateCall.getArgList());
      if (aggregateCall.filterArg >= 0) {
        usedBuilder.set(aggregateCall.filterArg);
      }
    }
    ImmutableBitSet used = usedBuilder.build();
    int[] scanFields = scan.fields();
    if (used.cardinality() == scanFields.length) {
      return; // every column is needed: nothing to push
    }
    QuiverTableScan.Narrowed narrowed = scan.narrowTo(used);
    Mapping mapping = narrowed.mapping();
    List<AggregateCall> newCalls = new ArrayList<>();
    for (AggregateCall aggregateCall : aggregate.getAggCallList()) {
      newCalls.add(aggregateCall.transform(mapping));
    }
    call.transformTo(
        aggregate.copy(
            aggregate.getTraitSet(),
            narrowed.scan(),
            Mappings.apply(mapping, aggregate.getGroupSet()),
            null,
            newCalls));
  }
}
