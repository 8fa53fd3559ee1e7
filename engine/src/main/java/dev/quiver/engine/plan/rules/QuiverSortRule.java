package dev.quiver.engine.plan.rules;

import dev.quiver.engine.plan.rel.QuiverRel;
import dev.quiver.engine.plan.rel.QuiverSort;
import org.apache.calcite.plan.Convention;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.convert.ConverterRule;
import org.apache.calcite.rel.logical.LogicalSort;

/** Runs ORDER BY / LIMIT / OFFSET vectorized when OFFSET and LIMIT are literals. */
public final class QuiverSortRule extends ConverterRule {
  public static final Config CONFIG =
      Config.INSTANCE
          .withConversion(
              LogicalSort.class, Convention.NONE, QuiverRel.CONVENTION, "QuiverSortRule")
          .withRuleFactory(QuiverSortRule::new);

  private QuiverSortRule(Config config) {
    super(config);
  }

  @Override
  public RelNode convert(RelNode rel) {
    LogicalSort sort = (LogicalSort) rel;
    RelNode input = sort.getInput();
    if (!QuiverSort.hasLiteralBounds(sort) || !QuiverRules.rowTypeFlat(input.getRowType())) {
      return null;
    }
    return new QuiverSort(
        sort.getCluster(),
        sort.getTraitSet().replace(QuiverRel.CONVENTION),
        convert(input, input.getTraitSet().replace(QuiverRel.CONVENTION)),
        sort.getCollation(),
        sort.offset,
        sort.fetch);
  }
}
