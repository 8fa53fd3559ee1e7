package dev.quiver.engine.expr;

import dev.quiver.engine.exec.Batch;
import dev.quiver.engine.exec.ExecutionContext;
import dev.quiver.engine.function.kernel.BooleanKernels;
import dev.quiver.engine.function.kernel.Validity;
import java.util.List;
import org.apache.arrow.vector.FieldVector;
import org.apache.calcite.rel.type.RelDataType;

/** IS TRUE, IS FALSE, IS NOT TRUE, IS NOT FALSE: never NULL. */
public final class IsTruthExpr extends AbstractExpr {
  private final boolean expected;
  private final boolean negated;

  /**
   * @param expected TRUE for IS [NOT] TRUE, FALSE for IS [NOT] FALSE
   * @param negated the IS NOT forms
   */
  IsTruthExpr(PhysicalExpr operand, boolean expected, boolean negated, RelDataType type) {
    super(type, List.of(operand));
    this.expected = expected;
    this.negated = negated;
  }

  private PhysicalExpr operand() {
    return children().get(0);
  }

  @Override
  public int select(Batch batch, int[] out, ExecutionContext context) {
    if (expected && !negated) {
      return operand().select(batch, out, context);
    }
    return super.select(batch, out, context);
  }

  @Override
  public ColumnarValue evaluate(Batch batch, ExecutionContext context) {
    ColumnarValue value = operand().evaluate(batch, context);
    if (value instanceof ColumnarValue.Scalar scalar) {
      Object b = scalar.value();
      boolean matches = b != null && (Boolean) b == expected;
      return new ColumnarValue.Scalar(type(), matches != negated);
    }
    FieldVector input = ((ColumnarValue.Vector) value).vector();
    FieldVector output = prepareOutput(batch, context);
    int rowCount = batch.rowCount();
    Validity.setAll(output.getValidityBuffer(), rowCount);
    BooleanKernels.truthTest(
        output.getDataBuffer(),
        input.getDataBuffer(),
        Validity.hasNulls(input) ? input.getValidityBuffer() : null,
        !expected,
        negated,
        rowCount);
    output.setValueCount(rowCount);
    return new ColumnarValue.Vector(output);
  }

  @Override
  public String toString() {
    return "IS " + (negated ? "NOT " : "") + (expected ? "TRUE" : "FALSE") + "(" + operand() + ")";
  }
}
