package dev.quiver.engine.expr;

import dev.quiver.engine.exec.Batch;
import dev.quiver.engine.exec.ExecutionContext;
import dev.quiver.engine.function.kernel.Validity;
import dev.quiver.engine.types.ArrowTypes;
import java.util.List;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.calcite.rel.type.RelDataType;

/**
 * What most expressions share: the result type, the children, one reusable output vector, and a
 * {@link #select} that evaluates and scans the boolean result (comparisons and logic override it).
 */
abstract class AbstractExpr implements PhysicalExpr {
  private final RelDataType type;
  private final List<PhysicalExpr> children;
  private FieldVector output;

  AbstractExpr(RelDataType type, List<PhysicalExpr> children) {
    this.type = type;
    this.children = List.copyOf(children);
  }

  @Override
  public RelDataType type() {
    return type;
  }

  @Override
  public List<PhysicalExpr> children() {
    return children;
  }

  /**
   * This expression's output vector, emptied and sized for the batch: every row null until
   * written. Reused from batch to batch; allocated on first use.
   */
  final FieldVector prepareOutput(Batch batch, ExecutionContext context) {
    output = prepare(output, type, batch.rowCount(), context);
    return output;
  }

  /** Empties {@code vector} (allocating it on first use) for {@code rowCount} rows of {@code type}. */
  static FieldVector prepare(
      FieldVector vector, RelDataType type, int rowCount, ExecutionContext context) {
    FieldVector result = vector;
    if (result == null) {
      result = ArrowTypes.newVector("expr", type, context.allocator());
    }
    if (result.getValueCapacity() < rowCount || result.getValueCapacity() == 0) {
      result.clear();
      result.setInitialCapacity(Math.max(rowCount, 1));
      result.allocateNew();
    } else {
      result.reset();
    }
    result.setValueCount(0);
    return result;
  }

  @Override
  public int select(Batch batch, int[] out, ExecutionContext context) {
    ColumnarValue value = evaluate(batch, context);
    return selectTrue(value, batch, out);
  }

  /** The live positions where a boolean value is TRUE. */
  static int selectTrue(ColumnarValue value, Batch batch, int[] out) {
    int[] selection = batch.selection();
    int count = batch.selectedCount();
    if (value instanceof ColumnarValue.Scalar scalar) {
      return Boolean.TRUE.equals(scalar.value()) ? Validity.copyLive(selection, count, out) : 0;
    }
    BitVector bits = (BitVector) ((ColumnarValue.Vector) value).vector();
    var validity = bits.getValidityBuffer();
    var values = bits.getDataBuffer();
    int n = 0;
    for (int k = 0; k < count; k++) {
      int row = selection == null ? k : selection[k];
      out[n] = row;
      n += Validity.bit(validity, row) & Validity.bit(values, row);
    }
    return n;
  }

  @Override
  public void close() {
    if (output != null) {
      output.close();
      output = null;
    }
    for (PhysicalExpr child : children) {
      child.close();
    }
  }
}
