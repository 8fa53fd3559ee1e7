package dev.quiver.engine.plan.rules;

import dev.quiver.engine.plan.rel.EnumerableToQuiverConverter;
import dev.quiver.engine.plan.rel.QuiverRel;
import dev.quiver.engine.plan.rel.QuiverToEnumerableConverter;
import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.convert.ConverterRule;

/**
 * The two converter rules between Quiver's vectorized convention and Calcite's Enumerable one,
 * which let the planner mix both in one plan: vectorized wherever possible, fallback elsewhere.
 */
public final class ConventionBridgeRules {
  private ConventionBridgeRules() {}

  /** QUIVER to ENUMERABLE: batches become rows for a fallback parent. */
  public static final ConverterRule TO_ENUMERABLE =
      ConverterRule.Config.INSTANCE
          .withConversion(
              RelNode.class,
              QuiverRel.CONVENTION,
              EnumerableConvention.INSTANCE,
              "QuiverToEnumerableConverterRule")
          .withRuleFactory(ToEnumerable::new)
          .toRule(ConverterRule.class);

  /** ENUMERABLE to QUIVER: rows of a fallback subtree become batches. */
  public static final ConverterRule FROM_ENUMERABLE =
      ConverterRule.Config.INSTANCE
          .withConversion(
              RelNode.class,
              EnumerableConvention.INSTANCE,
              QuiverRel.CONVENTION,
              "EnumerableToQuiverConverterRule")
          .withRuleFactory(FromEnumerable::new)
          .toRule(ConverterRule.class);

  private static final class ToEnumerable extends ConverterRule {
    ToEnumerable(Config config) {
      super(config);
    }

    @Override
    public RelNode convert(RelNode rel) {
      return new QuiverToEnumerableConverter(
          rel.getCluster(), rel.getTraitSet().replace(EnumerableConvention.INSTANCE), rel);
    }
  }

  private static final class FromEnumerable extends ConverterRule {
    FromEnumerable(Config config) {
      super(config);
    }

    @Override
    public RelNode convert(RelNode rel) {
      if (!QuiverRules.rowTypeSupported(rel.getRowType())) {
        return null;
      }
      return new EnumerableToQuiverConverter(
          rel.getCluster(), rel.getTraitSet().replace(QuiverRel.CONVENTION), rel);
    }
  }
}
