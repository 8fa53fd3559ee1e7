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
  private final Scratch rest = new Scratch();

  /** {@code operands}: when1, then1, when2, then2, ..., else (as Calcite's CASE call). */
  CaseExpr(List<PhysicalExpr> operands, RelDataType type) {
    super(type, operands);
  }

  @Override
  public ColumnarValue evaluate(Batch batch, ExecutionContext context) {
    List<PhysicalExpr> operands = children();
    int rowCount = batch.rowCount();
    FieldVector output = prepareOutput(batch, context);
    ValueWriter writer = new ValueWriter(output, type());
    int[] left = remaining.positions(rowCount);
    int[] took = taken.positions(rowCount);
    int leftCount = Validity.copyLive(batch.selection(), batch.selectedCount(), left);
    int branches = (operands.size() - 1) / 2;
    for (int branch = 0; branch < branches && leftCount > 0; branch++) {
      Batch candidates = batch.withSelection(left, leftCount);
      int tookCount = operands.get(2 * branch).select(candidates, took, context);
      if (tookCount == 0) {
        continue;
      }
      PhysicalExpr value = operands.get(2 * branch + 1);
      copyRows(value, batch.withSelection(took, tookCount), writer, context);
      leftCount = BooleanKernels.difference(left, leftCount, took, tookCount, left);
    }
    if (leftCount > 0) {
      int[] otherwise = rest.positions(rowCount);
      System.arraycopy(left, 0, otherwise, 0, leftCount);
      copyRows(operands.get(operands.size() - 1), batch.withSelection(otherwise, leftCount),
          writer, context);
    }
    output.setValueCount(rowCount);
    return new ColumnarValue.Vector(output);
  }

  /** Evaluates {@code value} over the live rows of {@code rows} and writes them to the output. */
  private static void copyRows(
      PhysicalExpr value, Batch rows, ValueWriter writer, ExecutionContext context) {
    ValueReader reader = ValueReader.of(value.evaluate(rows, context), value.type());
    for (int k = 0; k < rows.selectedCount(); k++) {
      int row = rows.position(k);
      writer.setObject(row, reader.getObject(row));
    }
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
