package dev.quiver.engine.expr;

import dev.quiver.engine.exec.Batch;
import dev.quiver.engine.exec.ExecutionContext;
import java.util.List;
import org.apache.calcite.rel.type.RelDataType;

/**
 * A {@code ?} parameter: the bound Java value converted to the parameter type's storage form at
 * evaluation (bindings may change between executions of one plan); evaluates to a scalar.
 */
public final class ParameterExpr extends AbstractExpr {
  private final int index;

  public ParameterExpr(int index, RelDataType type) {
    super(type, List.of());
    this.index = index;
  }

  @Override
  public ColumnarValue evaluate(Batch batch, ExecutionContext context) {
    Object bound = context.parameter(index);
    return new ColumnarValue.Scalar(type(), StorageValues.fromJava(bound, type(), toString()));
  }

  @Override
  public String toString() {
    return "?" + index;
  }
}
