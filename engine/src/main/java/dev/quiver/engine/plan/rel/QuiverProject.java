package dev.quiver.engine.plan.rel;

import dev.quiver.engine.exec.Operator;
import dev.quiver.engine.exec.operator.ProjectOperator;
import dev.quiver.engine.expr.PhysicalExpr;
import dev.quiver.engine.plan.PhysicalPlanner;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptCost;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Project;
import org.apache.calcite.rel.metadata.RelMetadataQuery;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexNode;

/** Vectorized projection: computes each output column a batch at a time. */
public final class QuiverProject extends Project implements QuiverRel {
  public QuiverProject(
      RelOptCluster cluster,
      RelTraitSet traits,
      RelNode input,
      List<? extends RexNode> projects,
      RelDataType rowType) {
    super(cluster, traits, List.of(), input, projects, rowType, java.util.Set.of());
  }

  @Override
  public Project copy(
      RelTraitSet traitSet, RelNode input, List<RexNode> projects, RelDataType rowType) {
    return new QuiverProject(getCluster(), traitSet, input, projects, rowType);
  }

  @Override
  public RelOptCost computeSelfCost(RelOptPlanner planner, RelMetadataQuery mq) {
    return super.computeSelfCost(planner, mq).multiplyBy(COST_FACTOR);
  }

  @Override
  public Operator implement(PhysicalPlanner planner) {
    Operator child = planner.implement(getInput());
    List<PhysicalExpr> expressions = new ArrayList<>();
    for (RexNode project : getProjects()) {
      expressions.add(planner.compile(project, getInput().getRowType()));
    }
    return new ProjectOperator(child, expressions, getRowType().getFieldNames());
  }
}
