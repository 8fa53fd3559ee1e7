package dev.quiver.engine.plan.rules;

import dev.quiver.engine.expr.ExprCompiler;
import dev.quiver.engine.plan.rel.QuiverProject;
import dev.quiver.engine.plan.rel.QuiverRel;
import org.apache.calcite.plan.Convention;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.convert.ConverterRule;
import org.apache.calcite.rel.logical.LogicalProject;
import org.apache.calcite.rex.RexNode;

/** Runs a projection vectorized when every expression has a kernel; otherwise declines. */
public final class QuiverProjectRule extends ConverterRule {
  public static final Config CONFIG =
      Config.INSTANCE
          .withConversion(
              LogicalProject.class, Convention.NONE, QuiverRel.CONVENTION, "QuiverProjectRule")
          .withRuleFactory(QuiverProjectRule::new);

  private QuiverProjectRule(Config config) {
    super(config);
  }

  @Override
  public RelNode convert(RelNode rel) {
    LogicalProject project = (LogicalProject) rel;
    RelNode input = project.getInput();
    if (!QuiverRules.rowTypeSupported(input.getRowType())
        || !QuiverRules.rowTypeSupported(project.getRowType())) {
      return null;
    }
    for (RexNode expression : project.getProjects()) {
      if (!ExprCompiler.canCompile(expression, input.getRowType())) {
        return null;
      }
    }
    return new QuiverProject(
        project.getCluster(),
        project.getTraitSet().replace(QuiverRel.CONVENTION),
        convert(input, input.getTraitSet().replace(QuiverRel.CONVENTION)),
        project.getProjects(),
        project.getRowType());
  }
}
