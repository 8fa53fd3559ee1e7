package dev.quiver.engine.plan.rules;

import dev.quiver.engine.plan.rel.QuiverTableScan;
import java.util.List;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.rel.logical.LogicalProject;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexPermuteInputsShuttle;
import org.apache.calcite.rex.RexUtil;
import org.apache.calcite.util.ImmutableBitSet;

/**
 * Projection pushdown: a projection over a scan makes the scan decode only the columns the
 * projection uses. The projection stays when it computes anything more than those columns.
 */
public final class QuiverProjectScanRule extends RelOptRule {
  public static final QuiverProjectScanRule INSTANCE = new QuiverProjectScanRule();

  @SuppressWarnings("deprecation") // RelRule configs need an annotation processor; this does not
  private QuiverProjectScanRule() {
    super(
        operand(LogicalProject.class, operand(QuiverTableScan.class, none())),
        "QuiverProjectScanRule");
  }

  @Override
  public void onMatch(RelOptRuleCall call) {
    LogicalProject project = call.rel(0);
    QuiverTableScan scan = call.rel(1);
    ImmutableBitSet used = RelOptUtil.InputFinder.bits(project.getProjects(), null);
    int[] scanFields = scan.fields();
    if (used.cardinality() == scanFields.length) {
      return; // every column is needed: nothing to push
    }
    QuiverTableScan.Narrowed narrowed = scan.narrowTo(used);
    QuiverTableScan newScan = narrowed.scan();
    RexPermuteInputsShuttle shuttle = RexPermuteInputsShuttle.of(narrowed.mapping());
    List<RexNode> newProjects = shuttle.visitList(project.getProjects());
    if (RexUtil.isIdentity(newProjects, newScan.getRowType())
        && project.getRowType().getFieldNames().equals(newScan.getRowType().getFieldNames())) {
      call.transformTo(newScan);
    } else {
      call.transformTo(project.copy(project.getTraitSet(), newScan, newProjects,
          project.getRowType()));
    }
  }
}
