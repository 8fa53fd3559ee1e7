package dev.quiver.engine.expr;

import dev.quiver.engine.exec.Batch;
import dev.quiver.engine.exec.ExecutionContext;
import dev.quiver.engine.function.kernel.BooleanKernels;
import dev.quiver.engine.function.kernel.Validity;
import java.util.List;
import org.apache.arrow.vector.FieldVector;
import org.apache.calcite.rel.type.RelDataType;

/**
 * NOT: NULL stays NULL. As a filter over a non-nullable operand it selects the complement of the
 * operand's selection; over a nullable one it must tell FALSE from NULL, so it evaluates.
 */
public final class NotExpr extends AbstractExpr {
  private final Scratch live = new Scratch();
  private final Scratch accepted = new Scratch();

  NotExpr(PhysicalExpr operand, RelDataType type) {
    super(type, List.of(operand));
  }

  private PhysicalExpr operand() {
    return children().get(0);
  }

  @Override
  public int select(Batch batch, int[] out, ExecutionContext context) {
    if (operand().type().isNullable()) {
      return super.select(batch, out, context);
    }
    int rowCount = batch.rowCount();
    int[] all = live.positions(rowCount);
    int[] yes = accepted.positions(rowCount);
    int liveCount = Validity.copyLive(batch.selection(), batch.selectedCount(), all);
    int yesCount = operand().select(batch.withSelection(all, liveCount), yes, context);
    return BooleanKernels.difference(all, liveCount, yes, yesCount, out);
  }

  @Override
  public ColumnarValue evaluate(Batch batch, ExecutionContext context) {
    ColumnarValue value = operand().evaluate(batch, context);
    if (value instanceof ColumnarValue.Scalar scalar) {
      Object b = scalar.value();
      return new ColumnarValue.Scalar(type(), b == null ? null : !(Boolean) b);
    }
    FieldVector input = ((ColumnarValue.Vector) value).vector();
    FieldVector output = prepareOutput(batch, context);
    int rowCount = batch.rowCount();
    if (Validity.hasNulls(input)) {
      Validity.copy(input.getValidityBuffer(), output.getValidityBuffer(), rowCount);
    } else {
      Validity.setAll(output.getValidityBuffer(), rowCount);
    }
    BooleanKernels.not(output.getDataBuffer(), input.getDataBuffer(), rowCount);
    output.setValueCount(rowCount);
    return new ColumnarValue.Vector(output);
  }

  @Override
  public String toString() {
    return "NOT(" + operand() + ")";
  }
}
