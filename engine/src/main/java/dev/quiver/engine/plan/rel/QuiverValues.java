package dev.quiver.engine.plan.rel;

import dev.quiver.engine.exec.Operator;
import dev.quiver.engine.exec.operator.LiteralRowsOperator;
import dev.quiver.engine.expr.StorageValues;
import dev.quiver.engine.plan.PhysicalPlanner;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Values;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexLiteral;
import com.google.common.collect.ImmutableList;

/** Literal rows ({@code VALUES}, or {@code SELECT} without {@code FROM}) as Arrow batches. */
public final class QuiverValues extends Values implements QuiverRel {
  public QuiverValues(
      RelOptCluster cluster,
      RelDataType rowType,
      ImmutableList<ImmutableList<RexLiteral>> tuples,
      RelTraitSet traits) {
    super(cluster, List.of(), rowType, tuples, traits);
  }

  @Override
  public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
    return new QuiverValues(getCluster(), getRowType(), getTuples(), traitSet);
  }

  @Override
  public Operator implement(PhysicalPlanner planner) {
    List<Object[]> rows = new ArrayList<>();
    for (List<RexLiteral> tuple : getTuples()) {
      Object[] row = new Object[tuple.size()];
      for (int column = 0; column < row.length; column++) {
        row[column] = StorageValues.fromLiteral(tuple.get(column));
      }
      rows.add(row);
    }
    return new LiteralRowsOperator(getRowType(), rows);
  }
}
