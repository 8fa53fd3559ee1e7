package dev.quiver.engine.plan.rules;

import dev.quiver.engine.plan.rel.QuiverRel;
import dev.quiver.engine.plan.rel.QuiverValues;
import org.apache.calcite.plan.Convention;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.convert.ConverterRule;
import org.apache.calcite.rel.logical.LogicalValues;

/** Literal rows go straight into batches, keeping microseconds and DECIMAL scale exactly. */
public final class QuiverValuesRule extends ConverterRule {
  public static final Config CONFIG =
      Config.INSTANCE
          .withConversion(
              LogicalValues.class, Convention.NONE, QuiverRel.CONVENTION, "QuiverValuesRule")
          .withRuleFactory(QuiverValuesRule::new);

  private QuiverValuesRule(Config config) {
    super(config);
  }

  @Override
  public RelNode convert(RelNode rel) {
    LogicalValues values = (LogicalValues) rel;
    if (!QuiverRules.rowTypeSupported(values.getRowType())) {
      return null;
    }
    return new QuiverValues(
        values.getCluster(),
        values.getRowType(),
        values.getTuples(),
        values.getTraitSet().replace(QuiverRel.CONVENTION));
  }
}
