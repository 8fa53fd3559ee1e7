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
 * OR with SQL three-valued logic. As a filter each operand is selected only over the rows that no
 * earlier operand accepted, and the accepted lists are merged in position order.
 */
public final class OrExpr extends AbstractExpr {
  private final Scratch remaining = new Scratch();
  private final Scratch accepted = new Scratch();
  private final Scratch merged = new Scratch();
  private final Scratch step = new Scratch();

  OrExpr(List<PhysicalExpr> operands, RelDataType type) {
    super(type, operands);
  }

  @Override
  public int select(Batch batch, int[] out, ExecutionContext context) {
    int rowCount = batch.rowCount();
    int[] left = remaining.positions(rowCount);
    int[] result = accepted.positions(rowCount);
    int[] union = merged.positions(rowCount);
    int[] found = step.positions(rowCount);
    int leftCount = Validity.copyLive(batch.selection(), batch.selectedCount(), left);
    int resultCount = 0;
    for (PhysicalExpr operand : children()) {
      if (leftCount == 0) {
        break;
      }
      int foundCount = operand.select(batch.withSelection(left, leftCount), found, context);
      if (foundCount == 0) {
        continue;
      }
      int unionCount = BooleanKernels.union(result, resultCount, found, foundCount, union);
      int[] swap = result;
      result = union;
      union = swap;
      resultCount = unionCount;
      leftCount = BooleanKernels.difference(left, leftCount, found, foundCount, left);
    }
    System.arraycopy(result, 0, out, 0, resultCount);
    return resultCount;
  }

  @Override
  public ColumnarValue evaluate(Batch batch, ExecutionContext context) {
    int rowCount = batch.rowCount();
    FieldVector output = prepareOutput(batch, context);
    // The output's data buffer collects "some TRUE", its validity buffer "all FALSE".
    ArrowBuf anyTrue = output.getDataBuffer();
    ArrowBuf allFalse = output.getValidityBuffer();
    Validity.setAll(allFalse, rowCount);
    boolean sawNullConstant = false;
    for (PhysicalExpr operand : children()) {
      ColumnarValue value = operand.evaluate(batch, context);
      if (value instanceof ColumnarValue.Scalar scalar) {
        if (Boolean.TRUE.equals(scalar.value())) {
          return new ColumnarValue.Scalar(type(), Boolean.TRUE);
        }
        sawNullConstant |= scalar.value() == null;
        continue;
      }
      FieldVector bits = ((ColumnarValue.Vector) value).vector();
      BooleanKernels.orStep(
          anyTrue,
          allFalse,
          bits.getDataBuffer(),
          Validity.hasNulls(bits) ? bits.getValidityBuffer() : null,
          rowCount);
    }
    if (sawNullConstant) {
      allFalse.setZero(0, Validity.byteCount(rowCount));
    }
    BooleanKernels.or(allFalse, anyTrue, rowCount);
    output.setValueCount(rowCount);
    return new ColumnarValue.Vector(output);
  }

  @Override
  public String toString() {
    return "OR("
        + children().stream().map(Object::toString).collect(Collectors.joining(", "))
        + ")";
  }
}
