package dev.quiver.engine.plan.rules;

import dev.quiver.engine.exec.aggregate.AggregateSpec;
import dev.quiver.engine.plan.rel.QuiverAggregate;
import dev.quiver.engine.plan.rel.QuiverRel;
import dev.quiver.engine.types.ArrowTypes;
import org.apache.calcite.plan.Convention;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.convert.ConverterRule;
import org.apache.calcite.rel.core.Aggregate;
import org.apache.calcite.rel.core.AggregateCall;
import org.apache.calcite.rel.logical.LogicalAggregate;

/**
 * Runs a plain GROUP BY (no grouping sets) vectorized when every aggregate call is one the hash
 * aggregate implements; otherwise declines.
 */
public final class QuiverAggregateRule extends ConverterRule {
  public static final Config CONFIG =
      Config.INSTANCE
          .withConversion(
              LogicalAggregate.class,
              Convention.NONE,
              QuiverRel.CONVENTION,
              "QuiverAggregateRule")
          .withRuleFactory(QuiverAggregateRule::new);

  private QuiverAggregateRule(Config config) {
    super(config);
  }

  @Override
  public RelNode convert(RelNode rel) {
    LogicalAggregate aggregate = (LogicalAggregate) rel;
    RelNode input = aggregate.getInput();
    if (aggregate.getGroupType() != Aggregate.Group.SIMPLE
        || !QuiverRules.rowTypeSupported(input.getRowType())
        || !QuiverRules.rowTypeFlat(aggregate.getRowType())) {
      return null;
    }
    // Keys are hashed and compared value by value: only flat types (arguments are checked by
    // AggregateSpec.supports).
    for (int key : aggregate.getGroupSet()) {
      if (!ArrowTypes.isFlat(input.getRowType().getFieldList().get(key).getType())) {
        return null;
      }
    }
    for (AggregateCall call : aggregate.getAggCallList()) {
      if (!AggregateSpec.supports(call, input.getRowType())) {
        return null;
      }
    }
    return new QuiverAggregate(
        aggregate.getCluster(),
        aggregate.getTraitSet().replace(QuiverRel.CONVENTION),
        convert(input, input.getTraitSet().replace(QuiverRel.CONVENTION)),
        aggregate.getGroupSet(),
        aggregate.getAggCallList());
  }
}
