package dev.quiver.engine.expr;

import dev.quiver.engine.exec.Batch;
import dev.quiver.engine.exec.ExecutionContext;
import dev.quiver.engine.function.kernel.BooleanKernels;
import dev.quiver.engine.function.kernel.Validity;
import dev.quiver.engine.function.kernel.ValueReader;
import dev.quiver.engine.function.kernel.ValueWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.arrow.vector.FieldVector;
import org.apache.calcite.rel.type.RelDataType;

/**
 * Searched CASE: {@code CASE WHEN c1 THEN v1 ... ELSE e END}. Each condition is selected over the
 * rows no earlier condition took (a NULL condition does not take a row), and each value is
 * evaluated only over the rows its condition took, so a branch never sees rows it would fail on
 * (e.g. a division guarded by WHEN b <> 0).
 */
public final class CaseExpr extends AbstractExpr {
  private final Scratch remaining = new Scratch();
  private final Scratch taken = new Scratch();
  private final Scratch source = new Scratch();

  /** {@code operands}: when1, then1, when2, then2, ..., else (as Calcite's CASE call). */
  CaseExpr(List<PhysicalExpr> operands, RelDataType type) {
    super(type, operands);
  }

  @Override
  public ColumnarValue evaluate(Batch batch, ExecutionContext context) {
    List<PhysicalExpr> operands = children();
    int rowCount = batch.rowCount();
    int[] left = remaining.positions(rowCount);
    int[] took = taken.positions(rowCount);
    // Which branch gives each row's value: written in row order at the end, because
    // variable-width vectors must be filled in ascending positions.
    int[] branchOf = source.positions(rowCount);
    int leftCount = Validity.copyLive(batch.selection(), batch.selectedCount(), left);
    int branches = (operands.size() - 1) / 2;
    ValueReader[] readers = new ValueReader[branches + 1];
    for (int branch = 0; branch < branches && leftCount > 0; branch++) {
      Batch candidates = batch.withSelection(left, leftCount);
      int tookCount = operands.get(2 * branch).select(candidates, took, context);
      if (tookCount == 0) {
        continue;
      }
      PhysicalExpr value = operands.get(2 * branch + 1);
      readers[branch] =
          ValueReader.of(value.evaluate(batch.withSelection(took, tookCount), context), value.type());
      for (int k = 0; k < tookCount; k++) {
        branchOf[took[k]] = branch;
      }
      leftCount = BooleanKernels.difference(left, leftCount, took, tookCount, left);
    }
    if (leftCount > 0) {
      PhysicalExpr otherwise = operands.get(operands.size() - 1);
      readers[branches] =
          ValueReader.of(
              otherwise.evaluate(batch.withSelection(left, leftCount), context), otherwise.type());
      for (int k = 0; k < leftCount; k++) {
        branchOf[left[k]] = branches;
      }
    }
    FieldVector output = prepareOutput(batch, context);
    ValueWriter writer = new ValueWriter(output, type());
    for (int k = 0; k < batch.selectedCount(); k++) {
      int row = batch.position(k);
      writer.setObject(row, readers[branchOf[row]].getObject(row));
    }
    output.setValueCount(rowCount);
    return new ColumnarValue.Vector(output);
  }

  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    for (PhysicalExpr operand : children()) {
      parts.add(operand.toString());
    }
    return "CASE(" + parts.stream().collect(Collectors.joining(", ")) + ")";
  }
}
