package dev.quiver.engine.expr;

import dev.quiver.engine.exec.Batch;
import dev.quiver.engine.exec.ExecutionContext;
import java.util.List;
import org.apache.calcite.rel.type.RelDataType;

/** A constant in storage form (see {@link ColumnarValue.Scalar}); evaluates to a scalar. */
public final class LiteralExpr extends AbstractExpr {
  private final ColumnarValue.Scalar value;
  private final String text;

  public LiteralExpr(RelDataType type, Object storageValue, String text) {
    super(type, List.of());
    this.value = new ColumnarValue.Scalar(type, storageValue);
    this.text = text;
  }

  public Object value() {
    return value.value();
  }

  @Override
  public ColumnarValue evaluate(Batch batch, ExecutionContext context) {
    return value;
  }

  @Override
  public String toString() {
    return text;
  }
}
