package dev.quiver.engine.expr;

import dev.quiver.engine.exec.Batch;
import dev.quiver.engine.exec.ExecutionContext;
import dev.quiver.engine.function.kernel.CastKernels;
import dev.quiver.engine.function.kernel.StorageKind;
import dev.quiver.engine.function.kernel.ValueReader;
import dev.quiver.engine.function.kernel.ValueWriter;
import java.util.List;
import org.apache.arrow.vector.FieldVector;
import org.apache.calcite.rel.type.RelDataType;

/**
 * CAST to another type, with the semantics of {@link CastKernels}. A cast that changes only
 * nullability or the declared length of a string passes the operand's vector through unchanged.
 */
public final class CastExpr extends AbstractExpr {
  private final boolean passThrough;

  CastExpr(PhysicalExpr operand, RelDataType type) {
    super(type, List.of(operand));
    this.passThrough = isPassThrough(operand.type(), type);
  }

  private static boolean isPassThrough(RelDataType from, RelDataType to) {
    StorageKind source = StorageKind.of(from);
    if (source != StorageKind.of(to)) {
      return false;
    }
    switch (source) {
      case DECIMAL:
        return from.getScale() == to.getScale() && from.getPrecision() <= to.getPrecision();
      case UTF8:
        return to.getSqlTypeName() == org.apache.calcite.sql.type.SqlTypeName.VARCHAR
            && (to.getPrecision() == RelDataType.PRECISION_NOT_SPECIFIED
                || from.getSqlTypeName() == to.getSqlTypeName()
                    && from.getPrecision() != RelDataType.PRECISION_NOT_SPECIFIED
                    && from.getPrecision() <= to.getPrecision());
      default:
        return true;
    }
  }

  private PhysicalExpr operand() {
    return children().get(0);
  }

  @Override
  public ColumnarValue evaluate(Batch batch, ExecutionContext context) {
    ColumnarValue value = operand().evaluate(batch, context);
    if (value instanceof ColumnarValue.Scalar scalar) {
      StorageKind source = StorageKind.of(operand().type());
      return new ColumnarValue.Scalar(
          type(),
          CastKernels.convert(
              scalar.value(), source, Math.max(0, operand().type().getScale()), type()));
    }
    if (passThrough) {
      return value;
    }
    FieldVector output = prepareOutput(batch, context);
    CastKernels.cast(
        ValueReader.of(value, operand().type()),
        new ValueWriter(output, type()),
        type(),
        batch.selection(),
        batch.selectedCount());
    output.setValueCount(batch.rowCount());
    return new ColumnarValue.Vector(output);
  }

  @Override
  public String toString() {
    return "CAST(" + operand() + "):" + type().getFullTypeString();
  }
}
