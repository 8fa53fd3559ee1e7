package dev.quiver.engine.expr;

import dev.quiver.engine.exec.Batch;
import dev.quiver.engine.exec.ExecutionContext;
import java.util.List;
import org.apache.calcite.rel.type.RelDataType;

/** A reference to an input column ({@code $n}): returns the batch's vector, no copy. */
public final class ColumnRefExpr extends AbstractExpr {
  private final int index;

  public ColumnRefExpr(int index, RelDataType type) {
    super(type, List.of());
    this.index = index;
  }

  public int index() {
    return index;
  }

  @Override
  public ColumnarValue evaluate(Batch batch, ExecutionContext context) {
    return new ColumnarValue.Vector(batch.column(index));
  }

  @Override
  public String toString() {
    return "$" + index;
  }
}
