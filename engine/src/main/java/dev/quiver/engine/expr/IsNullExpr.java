package dev.quiver.engine.expr;

import dev.quiver.engine.exec.Batch;
import dev.quiver.engine.exec.ExecutionContext;
import dev.quiver.engine.function.kernel.BooleanKernels;
import dev.quiver.engine.function.kernel.Validity;
import java.util.List;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.NullVector;
import org.apache.calcite.rel.type.RelDataType;

/** IS NULL / IS NOT NULL: read straight from the operand's validity bitmap; never NULL. */
public final class IsNullExpr extends AbstractExpr {
  private final boolean negated;

  IsNullExpr(PhysicalExpr operand, boolean negated, RelDataType type) {
    super(type, List.of(operand));
    this.negated = negated;
  }

  private PhysicalExpr operand() {
    return children().get(0);
  }

  @Override
  public int select(Batch batch, int[] out, ExecutionContext context) {
    ColumnarValue value = operand().evaluate(batch, context);
    int[] selection = batch.selection();
    int count = batch.selectedCount();
    if (value instanceof ColumnarValue.Scalar scalar) {
      return (scalar.value() == null) != negated ? Validity.copyLive(selection, count, out) : 0;
    }
    FieldVector vector = ((ColumnarValue.Vector) value).vector();
    if (vector instanceof NullVector) {
      return negated ? 0 : Validity.copyLive(selection, count, out);
    }
    if (!Validity.hasNulls(vector)) {
      return negated ? Validity.copyLive(selection, count, out) : 0;
    }
    ArrowBuf validity = vector.getValidityBuffer();
    int wanted = negated ? 1 : 0;
    int n = 0;
    for (int k = 0; k < count; k++) {
      int row = selection == null ? k : selection[k];
      out[n] = row;
      n += Validity.bit(validity, row) == wanted ? 1 : 0;
    }
    return n;
  }

  @Override
  public ColumnarValue evaluate(Batch batch, ExecutionContext context) {
    ColumnarValue value = operand().evaluate(batch, context);
    if (value instanceof ColumnarValue.Scalar scalar) {
      return new ColumnarValue.Scalar(type(), (scalar.value() == null) != negated);
    }
    FieldVector vector = ((ColumnarValue.Vector) value).vector();
    if (vector instanceof NullVector) {
      return new ColumnarValue.Scalar(type(), !negated);
    }
    FieldVector output = prepareOutput(batch, context);
    int rowCount = batch.rowCount();
    Validity.setAll(output.getValidityBuffer(), rowCount);
    if (!Validity.hasNulls(vector)) {
      if (negated) {
        Validity.setAll(output.getDataBuffer(), rowCount);
      }
    } else if (negated) {
      Validity.copy(vector.getValidityBuffer(), output.getDataBuffer(), rowCount);
    } else {
      BooleanKernels.not(output.getDataBuffer(), vector.getValidityBuffer(), rowCount);
    }
    output.setValueCount(rowCount);
    return new ColumnarValue.Vector(output);
  }

  @Override
  public String toString() {
    return (negated ? "IS NOT NULL(" : "IS NULL(") + operand() + ")";
  }
}
