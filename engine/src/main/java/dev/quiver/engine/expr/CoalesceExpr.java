package dev.quiver.engine.expr;

import dev.quiver.engine.exec.Batch;
import dev.quiver.engine.exec.ExecutionContext;
import dev.quiver.engine.function.kernel.Validity;
import dev.quiver.engine.function.kernel.ValueReader;
import dev.quiver.engine.function.kernel.ValueWriter;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.arrow.vector.FieldVector;
import org.apache.calcite.rel.type.RelDataType;

/**
 * COALESCE(a, b, ...): the first non-null operand; each operand is evaluated only over the rows
 * still null after the previous ones.
 */
public final class CoalesceExpr extends AbstractExpr {
  private final Scratch pending = new Scratch();
  private final Scratch source = new Scratch();

  CoalesceExpr(List<PhysicalExpr> operands, RelDataType type) {
    super(type, operands);
  }

  @Override
  public ColumnarValue evaluate(Batch batch, ExecutionContext context) {
    int rowCount = batch.rowCount();
    List<PhysicalExpr> operands = children();
    int[] left = pending.positions(rowCount);
    // Which operand gives each row's value (-1: none); written in row order at the end, because
    // variable-width vectors must be filled in ascending positions.
    int[] operandOf = source.positions(rowCount);
    ValueReader[] readers = new ValueReader[operands.size()];
    int leftCount = Validity.copyLive(batch.selection(), batch.selectedCount(), left);
    for (int k = 0; k < leftCount; k++) {
      operandOf[left[k]] = -1;
    }
    for (int i = 0; i < operands.size() && leftCount > 0; i++) {
      PhysicalExpr operand = operands.get(i);
      ValueReader reader =
          ValueReader.of(operand.evaluate(batch.withSelection(left, leftCount), context),
              operand.type());
      readers[i] = reader;
      int n = 0;
      for (int k = 0; k < leftCount; k++) {
        int row = left[k];
        if (reader.isNull(row)) {
          left[n++] = row;
        } else {
          operandOf[row] = i;
        }
      }
      leftCount = n;
    }
    FieldVector output = prepareOutput(batch, context);
    ValueWriter writer = new ValueWriter(output, type());
    for (int k = 0; k < batch.selectedCount(); k++) {
      int row = batch.position(k);
      int operand = operandOf[row];
      if (operand >= 0) {
        writer.setObject(row, readers[operand].getObject(row));
      }
    }
    output.setValueCount(rowCount);
    return new ColumnarValue.Vector(output);
  }

  @Override
  public String toString() {
    return "COALESCE("
        + children().stream().map(Object::toString).collect(Collectors.joining(", "))
        + ")";
  }
}
