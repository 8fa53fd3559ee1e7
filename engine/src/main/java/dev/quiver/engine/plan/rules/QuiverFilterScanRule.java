package dev.quiver.engine.plan.rules;

import dev.quiver.adapters.spi.ColumnPredicate;
import dev.quiver.adapters.spi.Pushdown;
import dev.quiver.engine.plan.RexToPredicate;
import dev.quiver.engine.plan.rel.QuiverTableScan;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.rel.logical.LogicalFilter;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexUtil;

/**
 * Filter pushdown: offers the conjuncts of a filter over a scan to the file format. What the
 * format applies EXACTLY leaves the filter; what it applies INEXACTLY (to skip row groups or
 * files) stays in the filter too, so no row is ever lost or kept on a reader's word alone.
 */
public final class QuiverFilterScanRule extends RelOptRule {
  public static final QuiverFilterScanRule INSTANCE = new QuiverFilterScanRule();

  @SuppressWarnings("deprecation") // RelRule configs need an annotation processor; this does not
  private QuiverFilterScanRule() {
    super(
        operand(LogicalFilter.class, operand(QuiverTableScan.class, none())),
        "QuiverFilterScanRule");
  }

  @Override
  public void onMatch(RelOptRuleCall call) {
    LogicalFilter filter = call.rel(0);
    QuiverTableScan scan = call.rel(1);
    if (!scan.predicates().isEmpty()) {
      return; // already pushed once
    }
    List<RexToPredicate.Translated> translated =
        RexToPredicate.translate(
            filter.getCondition(), scan.fields(), filter.getCluster().getRexBuilder());
    if (translated.isEmpty()) {
      return;
    }
    List<ColumnPredicate> offered = new ArrayList<>();
    for (RexToPredicate.Translated each : translated) {
      offered.add(each.predicate());
    }
    List<Pushdown> answers = scan.fileTable().classify(offered);
    List<ColumnPredicate> pushed = new ArrayList<>();
    List<Pushdown> pushdowns = new ArrayList<>();
    List<RexNode> exact = new ArrayList<>();
    for (int i = 0; i < offered.size(); i++) {
      if (answers.get(i) != Pushdown.UNSUPPORTED) {
        pushed.add(offered.get(i));
        pushdowns.add(answers.get(i));
        if (answers.get(i) == Pushdown.EXACT) {
          exact.add(translated.get(i).conjunct());
        }
      }
    }
    if (pushed.isEmpty()) {
      return;
    }
    QuiverTableScan newScan = scan.withPredicates(pushed, pushdowns);
    if (exact.isEmpty()) {
      call.transformTo(filter.copy(filter.getTraitSet(), newScan, filter.getCondition()));
      return;
    }
    RexNode expanded =
        RexUtil.expandSearch(filter.getCluster().getRexBuilder(), null, filter.getCondition());
    List<RexNode> remaining = new ArrayList<>(org.apache.calcite.plan.RelOptUtil.conjunctions(expanded));
    remaining.removeAll(exact);
    call.transformTo(
        remaining.isEmpty()
            ? newScan
            : filter.copy(
                filter.getTraitSet(),
                newScan,
                RexUtil.composeConjunction(filter.getCluster().getRexBuilder(), remaining)));
  }
}
