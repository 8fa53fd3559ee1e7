package dev.quiver.engine.expr;

import dev.quiver.engine.exec.Batch;
import dev.quiver.engine.exec.ExecutionContext;
import dev.quiver.engine.function.kernel.BooleanKernels;
import dev.quiver.engine.function.kernel.Validity;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.vector.FieldVector;
import org.apache.calcite.rel.type.RelDataType;

/**
 * AND with SQL three-valued logic. As a filter it selects the first operand's survivors, then
 * each next operand over those survivors only (no boolean vector is built).
 */
public final class AndExpr extends AbstractExpr {

  AndExpr(List<PhysicalExpr> operands, RelDataType type) {
    super(type, operands);
  }

  @Override
  public int select(Batch batch, int[] out, ExecutionContext context) {
    List<PhysicalExpr> operands = children();
    int n = operands.get(0).select(batch, out, context);
    for (int i = 1; i < operands.size() && n > 0; i++) {
      n = operands.get(i).select(batch.withSelection(out, n), out, context);
    }
    return n;
  }

  @Override
  public ColumnarValue evaluate(Batch batch, ExecutionContext context) {
    int rowCount = batch.rowCount();
    FieldVector output = prepareOutput(batch, context);
    // The output's data buffer collects "all TRUE", its validity buffer "some FALSE".
    ArrowBuf allTrue = output.getDataBuffer();
    ArrowBuf anyFalse = output.getValidityBuffer();
    Validity.setAll(allTrue, rowCount);
    boolean sawNullConstant = false;
    for (PhysicalExpr operand : children()) {
      ColumnarValue value = operand.evaluate(batch, context);
      if (value instanceof ColumnarValue.Scalar scalar) {
        if (Boolean.FALSE.equals(scalar.value())) {
          return new ColumnarValue.Scalar(type(), Boolean.FALSE);
        }
        sawNullConstant |= scalar.value() == null;
        continue;
      }
      FieldVector bits = ((ColumnarValue.Vector) value).vector();
      BooleanKernels.andStep(
          allTrue,
          anyFalse,
          bits.getDataBuffer(),
          Validity.hasNulls(bits) ? bits.getValidityBuffer() : null,
          rowCount);
    }
    if (sawNullConstant) {
      allTrue.setZero(0, Validity.byteCount(rowCount));
    }
    // Known when some operand is FALSE or all are TRUE; the value is TRUE only in the latter case.
    BooleanKernels.or(anyFalse, allTrue, rowCount);
    output.setValueCount(rowCount);
    return new ColumnarValue.Vector(output);
  }

  @Override
  public String toString() {
    return "AND("
        + children().stream().map(Object::toString).collect(Collectors.joining(", "))
        + ")";
  }
}
