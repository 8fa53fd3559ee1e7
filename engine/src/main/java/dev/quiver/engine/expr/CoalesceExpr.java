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

  CoalesceExpr(List<PhysicalExpr> operands, RelDataType type) {
    super(type, operands);
  }

  @Override
  public ColumnarValue evaluate(Batch batch, ExecutionContext context) {
    int rowCount = batch.rowCount();
    FieldVector output = prepareOutput(batch, context);
    ValueWriter writer = new ValueWriter(output, type());
    int[] left = pending.positions(rowCount);
    int leftCount = Validity.copyLive(batch.selection(), batch.selectedCount(), left);
    for (PhysicalExpr operand : children()) {
      if (leftCount == 0) {
        break;
      }
      ValueReader reader =
          ValueReader.of(operand.evaluate(batch.withSelection(left, leftCount), context),
              operand.type());
      int n = 0;
      for (int k = 0; k < leftCount; k++) {
        int row = left[k];
        Object value = reader.getObject(row);
        if (value == null) {
          left[n++] = row;
        } else {
          writer.setObject(row, value);
        }
      }
      leftCount = n;
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
