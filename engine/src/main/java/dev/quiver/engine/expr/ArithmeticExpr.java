package dev.quiver.engine.expr;

import dev.quiver.engine.error.ErrorCode;
import dev.quiver.engine.error.QuiverException;
import dev.quiver.engine.exec.Batch;
import dev.quiver.engine.exec.ExecutionContext;
import dev.quiver.engine.function.kernel.ArithmeticKernels;
import dev.quiver.engine.function.kernel.ArithmeticOp;
import dev.quiver.engine.function.kernel.DecimalKernels;
import dev.quiver.engine.function.kernel.DecimalValues;
import dev.quiver.engine.function.kernel.StorageKind;
import dev.quiver.engine.function.kernel.Validity;
import dev.quiver.engine.function.kernel.ValueReader;
import dev.quiver.engine.function.kernel.ValueWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.vector.FieldVector;
import org.apache.calcite.rel.type.RelDataType;

/**
 * {@code + - * / MOD} (and unary minus, as {@code 0 - x}) over integers, doubles and decimals;
 * the result has the type Calcite derived for the call. Operands of the result's own storage run
 * through the tight loops of {@link ArithmeticKernels}; other combinations convert per row.
 *
 * <p>Integer overflow is a USER_ERROR ({@code "BIGINT overflow in ..."}), where Calcite's
 * generated code would silently wrap; integer and decimal division or MOD by zero is a USER_ERROR
 * ({@code "Division by zero ..."}). Decimal results are rounded half away from zero to the result
 * type's scale.
 */
public final class ArithmeticExpr extends AbstractExpr {
  private final ArithmeticOp op;
  private final boolean unaryMinus;
  private final StorageKind kind;

  ArithmeticExpr(
      ArithmeticOp op, PhysicalExpr left, PhysicalExpr right, RelDataType type, boolean unaryMinus) {
    super(type, List.of(left, right));
    this.op = op;
    this.unaryMinus = unaryMinus;
    this.kind = StorageKind.of(type);
  }

  /** Whether this operator is implemented for operands and result of these types. */
  static boolean supports(RelDataType left, RelDataType right, RelDataType result) {
    StorageKind a = StorageKind.of(left);
    StorageKind b = StorageKind.of(right);
    StorageKind r = StorageKind.of(result);
    return a != null && b != null && r != null && a.isNumeric() && b.isNumeric() && r.isNumeric();
  }

  private PhysicalExpr left() {
    return children().get(0);
  }

  private PhysicalExpr right() {
    return children().get(1);
  }

  @Override
  public ColumnarValue evaluate(Batch batch, ExecutionContext context) {
    ColumnarValue leftValue = left().evaluate(batch, context);
    ColumnarValue rightValue = right().evaluate(batch, context);
    ValueReader a = ValueReader.of(leftValue, left().type());
    ValueReader b = ValueReader.of(rightValue, right().type());
    if (a.isConstant() && b.isConstant()) {
      Object value = a.isNull(0) || b.isNull(0) ? null : computeRow(a, b, 0);
      return new ColumnarValue.Scalar(type(), value);
    }
    if ((a.isConstant() && a.isNull(0)) || (b.isConstant() && b.isNull(0))) {
      return new ColumnarValue.Scalar(type(), null);
    }
    FieldVector output = prepareOutput(batch, context);
    int rowCount = batch.rowCount();
    ArrowBuf validity = output.getValidityBuffer();
    Validity.setAll(validity, rowCount);
    for (ColumnarValue value : List.of(leftValue, rightValue)) {
      if (value instanceof ColumnarValue.Vector vector && Validity.hasNulls(vector.vector())) {
        Validity.and(validity, vector.vector().getValidityBuffer(), rowCount);
      }
    }
    boolean done;
    try {
      done = runFast(leftValue, rightValue, a, b, output, batch);
    } catch (ArithmeticException e) {
      // Possibly from a null slot's garbage: the row-by-row pass reports only real errors.
      done = false;
    }
    if (!done) {
      ValueWriter writer = new ValueWriter(output, type());
      for (int k = 0; k < batch.selectedCount(); k++) {
        int row = batch.position(k);
        if (a.isNull(row) || b.isNull(row)) {
          writer.setNull(row);
        } else {
          writer.setObject(row, computeRow(a, b, row));
        }
      }
    }
    output.setValueCount(rowCount);
    return new ColumnarValue.Vector(output);
  }

  /** Runs a tight loop when the operands' storage allows; false when none applies. */
  private boolean runFast(
      ColumnarValue leftValue,
      ColumnarValue rightValue,
      ValueReader a,
      ValueReader b,
      FieldVector output,
      Batch batch) {
    if (kind == StorageKind.DECIMAL) {
      return runDecimalFast(leftValue, rightValue, a, b, output, batch);
    }
    if (kind != StorageKind.INT32 && kind != StorageKind.INT64 && kind != StorageKind.FLOAT64) {
      return false;
    }
    if (!hasStorage(leftValue, a) || !hasStorage(rightValue, b)) {
      return false;
    }
    ArrowBuf result = output.getDataBuffer();
    int[] selection = batch.selection();
    int count = batch.selectedCount();
    ArrowBuf leftBuf = leftValue instanceof ColumnarValue.Vector v ? v.vector().getDataBuffer() : null;
    ArrowBuf rightBuf =
        rightValue instanceof ColumnarValue.Vector v ? v.vector().getDataBuffer() : null;
    switch (kind) {
      case INT32:
        {
          if ((leftBuf == null && !fitsInt(a.getLong(0)))
              || (rightBuf == null && !fitsInt(b.getLong(0)))) {
            return false;
          }
          ArithmeticKernels.applyInt32(op, leftBuf, leftBuf == null ? (int) a.getLong(0) : 0, rightBuf,
              rightBuf == null ? (int) b.getLong(0) : 0, result, selection, count);
          return true;
        }
      case INT64:
        ArithmeticKernels.applyInt64(op, leftBuf, leftBuf == null ? a.getLong(0) : 0, rightBuf,
            rightBuf == null ? b.getLong(0) : 0, result, selection, count);
        return true;
      default:
        ArithmeticKernels.applyFloat64(op, leftBuf, leftBuf == null ? a.getDouble(0) : 0, rightBuf,
            rightBuf == null ? b.getDouble(0) : 0, result, selection, count);
        return true;
    }
  }

  private static boolean fitsInt(long value) {
    return value == (int) value;
  }

  /** A vector already in the result's storage, or any constant. */
  private boolean hasStorage(ColumnarValue value, ValueReader reader) {
    return value instanceof ColumnarValue.Scalar || reader.kind() == kind;
  }

  private boolean runDecimalFast(
      ColumnarValue leftValue,
      ColumnarValue rightValue,
      ValueReader a,
      ValueReader b,
      FieldVector output,
      Batch batch) {
    if (op == ArithmeticOp.DIVIDE || op == ArithmeticOp.MODULO) {
      return false;
    }
    int resultScale = Math.max(0, type().getScale());
    DecimalOperand x = DecimalOperand.of(leftValue, a, left().type());
    DecimalOperand y = DecimalOperand.of(rightValue, b, right().type());
    if (x == null || y == null) {
      return false;
    }
    long leftFactor = 1;
    long rightFactor = 1;
    if (op == ArithmeticOp.MULTIPLY) {
      if (x.scale + y.scale != resultScale) {
        return false;
      }
    } else {
      int leftShift = resultScale - x.scale;
      int rightShift = resultScale - y.scale;
      if (leftShift < 0 || rightShift < 0
          || leftShift > DecimalValues.MAX_LONG_PRECISION
          || rightShift > DecimalValues.MAX_LONG_PRECISION) {
        return false;
      }
      leftFactor = DecimalValues.powerOfTen(leftShift);
      rightFactor = DecimalValues.powerOfTen(rightShift);
    }
    DecimalKernels.apply(op, x.values, x.constant, leftFactor, y.values, y.constant, rightFactor,
        output.getDataBuffer(), batch.selection(), batch.selectedCount());
    return true;
  }

  /** A decimal operand as long unscaled values: a vector of precision <= 18, or a constant. */
  private record DecimalOperand(ArrowBuf values, long constant, int scale) {
    static DecimalOperand of(ColumnarValue value, ValueReader reader, RelDataType type) {
      if (value instanceof ColumnarValue.Scalar) {
        BigDecimal decimal = reader.getDecimal(0);
        if (decimal.scale() < 0 || decimal.unscaledValue().bitLength() >= Long.SIZE) {
          return null;
        }
        return new DecimalOperand(null, decimal.unscaledValue().longValue(), decimal.scale());
      }
      if (reader.kind() != StorageKind.DECIMAL
          || type.getPrecision() > DecimalValues.MAX_LONG_PRECISION) {
        return null;
      }
      FieldVector vector = ((ColumnarValue.Vector) value).vector();
      return new DecimalOperand(vector.getDataBuffer(), 0, reader.scale());
    }
  }

  /** One row, in the result's storage form; the operands are not null. */
  private Object computeRow(ValueReader a, ValueReader b, int row) {
    switch (kind) {
      case FLOAT32:
      case FLOAT64:
        return computeDouble(a.getDouble(row), b.getDouble(row));
      case DECIMAL:
        return computeDecimal(a.getDecimal(row), b.getDecimal(row));
      default:
        return computeLong(a.getLong(row), b.getLong(row));
    }
  }

  private double computeDouble(double x, double y) {
    switch (op) {
      case ADD:
        return x + y;
      case SUBTRACT:
        return x - y;
      case MULTIPLY:
        return x * y;
      case DIVIDE:
        return x / y;
      default:
        return x % y;
    }
  }

  private BigDecimal computeDecimal(BigDecimal x, BigDecimal y) {
    int scale = Math.max(0, type().getScale());
    switch (op) {
      case ADD:
        return x.add(y);
      case SUBTRACT:
        return x.subtract(y);
      case MULTIPLY:
        return x.multiply(y).setScale(scale, RoundingMode.HALF_UP);
      case DIVIDE:
        checkDivisor(y.signum() == 0);
        return x.divide(y, scale, RoundingMode.HALF_UP);
      default:
        checkDivisor(y.signum() == 0);
        return x.remainder(y);
    }
  }

  private Long computeLong(long x, long y) {
    long value;
    try {
      switch (op) {
        case ADD:
          value = Math.addExact(x, y);
          break;
        case SUBTRACT:
          value = Math.subtractExact(x, y);
          break;
        case MULTIPLY:
          value = Math.multiplyExact(x, y);
          break;
        case DIVIDE:
          checkDivisor(y == 0);
          value = ArithmeticKernels.divideExact(x, y);
          break;
        default:
          checkDivisor(y == 0);
          value = x % y;
      }
    } catch (ArithmeticException e) {
      throw overflow();
    }
    long min;
    long max;
    switch (kind) {
      case INT8:
        min = Byte.MIN_VALUE;
        max = Byte.MAX_VALUE;
        break;
      case INT16:
        min = Short.MIN_VALUE;
        max = Short.MAX_VALUE;
        break;
      case INT32:
        min = Integer.MIN_VALUE;
        max = Integer.MAX_VALUE;
        break;
      default:
        min = Long.MIN_VALUE;
        max = Long.MAX_VALUE;
    }
    if (value < min || value > max) {
      throw overflow();
    }
    return value;
  }

  private void checkDivisor(boolean isZero) {
    if (isZero) {
      throw new QuiverException(ErrorCode.USER_ERROR, "Division by zero in " + this);
    }
  }

  private QuiverException overflow() {
    return new QuiverException(
        ErrorCode.USER_ERROR,
        type().getSqlTypeName().getName().toUpperCase(Locale.ROOT) + " overflow in " + this);
  }

  @Override
  public String toString() {
    if (unaryMinus) {
      return "-(" + right() + ")";
    }
    return op.symbol() + "(" + left() + ", " + right() + ")";
  }
}
