package dev.quiver.engine.expr;

import dev.quiver.engine.exec.Batch;
import dev.quiver.engine.exec.ExecutionContext;
import dev.quiver.engine.function.kernel.ValueReader;
import dev.quiver.engine.function.kernel.ValueWriter;
import java.util.List;
import org.apache.arrow.vector.FieldVector;
import org.apache.calcite.rel.type.RelDataType;

/**
 * IS [NOT] DISTINCT FROM: equality where two NULLs are equal and NULL differs from any value;
 * never NULL. Reuses the equality of {@link CompareExpr} for rows where both sides have values.
 */
public final class DistinctFromExpr extends AbstractExpr {
  private final CompareExpr equality;
  private final boolean distinct;

  DistinctFromExpr(CompareExpr equality, boolean distinct, RelDataType type) {
    super(type, equality.children());
    this.equality = equality;
    this.distinct = distinct;
  }

  @Override
  public ColumnarValue evaluate(Batch batch, ExecutionContext context) {
    PhysicalExpr left = children().get(0);
    PhysicalExpr right = children().get(1);
    ColumnarValue leftValue = left.evaluate(batch, context);
    ColumnarValue rightValue = right.evaluate(batch, context);
    ValueReader a = ValueReader.of(leftValue, left.type());
    ValueReader b = ValueReader.of(rightValue, right.type());
    ValueReader equal =
        ValueReader.of(equality.compareValues(leftValue, rightValue, batch, context), type());
    if (a.isConstant() && b.isConstant()) {
      return new ColumnarValue.Scalar(type(), sameness(a, b, equal, 0) != distinct);
    }
    FieldVector output = prepareOutput(batch, context);
    ValueWriter writer = new ValueWriter(output, type());
    for (int k = 0; k < batch.selectedCount(); k++) {
      int row = batch.position(k);
      writer.setBoolean(row, sameness(a, b, equal, row) != distinct);
    }
    output.setValueCount(batch.rowCount());
    return new ColumnarValue.Vector(output);
  }

  private static boolean sameness(ValueReader a, ValueReader b, ValueReader equal, int row) {
    boolean aNull = a.isNull(row);
    boolean bNull = b.isNull(row);
    if (aNull || bNull) {
      return aNull && bNull;
    }
    return equal.getBoolean(row);
  }

  @Override
  public void close() {
    equality.close();
    super.close();
  }

  @Override
  public String toString() {
    return (distinct ? "IS DISTINCT FROM(" : "IS NOT DISTINCT FROM(")
        + children().get(0)
        + ", "
        + children().get(1)
        + ")";
  }
}
