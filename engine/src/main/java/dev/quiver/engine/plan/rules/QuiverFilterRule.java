package dev.quiver.engine.plan.rules;

import dev.quiver.engine.expr.ExprCompiler;
import dev.quiver.engine.plan.rel.QuiverFilter;
import dev.quiver.engine.plan.rel.QuiverRel;
import org.apache.calcite.plan.Convention;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.convert.ConverterRule;
import org.apache.calcite.rel.logical.LogicalFilter;

/** Runs a filter vectorized when every part of its condition has a kernel; otherwise declines. */
public final class QuiverFilterRule extends ConverterRule {
  public static final Config CONFIG =
      Config.INSTANCE
          .withConversion(
              LogicalFilter.class, Convention.NONE, QuiverRel.CONVENTION, "QuiverFilterRule")
          .withRuleFactory(QuiverFilterRule::new);

  private QuiverFilterRule(Config config) {
    super(config);
  }

  @Override
  public RelNode convert(RelNode rel) {
    LogicalFilter filter = (LogicalFilter) rel;
    RelNode input = filter.getInput();
    if (!QuiverRules.rowTypeSupported(input.getRowType())
        || !ExprCompiler.canCompile(filter.getCondition(), input.getRowType())) {
      return null;
    }
    return new QuiverFilter(
        filter.getCluster(),
        filter.getTraitSet().replace(QuiverRel.CONVENTION),
        convert(input, input.getTraitSet().replace(QuiverRel.CONVENTION)),
        filter.getCondition());
  }
}
