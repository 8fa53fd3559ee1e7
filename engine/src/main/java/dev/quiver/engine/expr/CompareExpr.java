package dev.quiver.engine.expr;

import dev.quiver.engine.exec.Batch;
import dev.quiver.engine.exec.ExecutionContext;
import dev.quiver.engine.function.kernel.CastKernels;
import dev.quiver.engine.function.kernel.CompareKernels;
import dev.quiver.engine.function.kernel.CompareOp;
import dev.quiver.engine.function.kernel.DateTimeText;
import dev.quiver.engine.function.kernel.DecimalValues;
import dev.quiver.engine.function.kernel.StorageKind;
import dev.quiver.engine.function.kernel.Validity;
import dev.quiver.engine.function.kernel.ValueReader;
import dev.quiver.engine.function.kernel.ValueWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.vector.BaseFixedWidthVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.calcite.rel.type.RelDataType;

/**
 * A comparison ({@code = <> < <= > >=}) in one {@link CompareDomain}. {@link #select} runs the
 * type-specialised loops of {@link CompareKernels} directly into the selection; {@link #evaluate}
 * runs the same loops and turns the positions into a BOOLEAN vector.
 */
public final class CompareExpr extends AbstractExpr {
  private final CompareOp op;
  private final CompareDomain domain;
  private final RelDataType widenedType;
  private final int decimalScale;
  private FieldVector leftScratch;
  private FieldVector rightScratch;
  private int[] positions = new int[0];
  private String cachedText;
  private byte[] cachedBytes;

  /**
   * @param widenedType the type a vector operand is converted to when its storage does not match
   *     the domain's kernels (see {@link CompareDomain#widenedType}); null when none is needed
   */
  CompareExpr(
      CompareOp op,
      PhysicalExpr left,
      PhysicalExpr right,
      CompareDomain domain,
      RelDataType widenedType,
      RelDataType booleanType) {
    super(booleanType, List.of(left, right));
    this.op = op;
    this.domain = domain;
    this.widenedType = widenedType;
    this.decimalScale = widenedType == null ? 0 : Math.max(0, widenedType.getScale());
  }

  public CompareOp op() {
    return op;
  }

  private PhysicalExpr left() {
    return children().get(0);
  }

  private PhysicalExpr right() {
    return children().get(1);
  }

  @Override
  public int select(Batch batch, int[] out, ExecutionContext context) {
    ColumnarValue leftValue = left().evaluate(batch, context);
    ColumnarValue rightValue = right().evaluate(batch, context);
    return selectValues(leftValue, rightValue, batch, out, context, true);
  }

  @Override
  public ColumnarValue evaluate(Batch batch, ExecutionContext context) {
    return compareValues(
        left().evaluate(batch, context), right().evaluate(batch, context), batch, context);
  }

  /** The BOOLEAN result of comparing two already evaluated operands. */
  ColumnarValue compareValues(
      ColumnarValue leftValue, ColumnarValue rightValue, Batch batch, ExecutionContext context) {
    if (isNullScalar(leftValue) || isNullScalar(rightValue)) {
      return new ColumnarValue.Scalar(type(), null);
    }
    if (leftValue instanceof ColumnarValue.Scalar l && rightValue instanceof ColumnarValue.Scalar r) {
      return new ColumnarValue.Scalar(type(), testConstants(op, domain, l, r));
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
    if (positions.length < rowCount) {
      positions = new int[rowCount];
    }
    int n = selectValues(leftValue, rightValue, batch, positions, context, false);
    Validity.setPositions(output.getDataBuffer(), positions, n);
    output.setValueCount(rowCount);
    return new ColumnarValue.Vector(output);
  }

  private static boolean isNullScalar(ColumnarValue value) {
    return value instanceof ColumnarValue.Scalar s && s.value() == null;
  }

  private int selectValues(
      ColumnarValue leftValue,
      ColumnarValue rightValue,
      Batch batch,
      int[] out,
      ExecutionContext context,
      boolean excludeNulls) {
    int[] selection = batch.selection();
    int count = batch.selectedCount();
    if (isNullScalar(leftValue) || isNullScalar(rightValue)) {
      return 0;
    }
    if (leftValue instanceof ColumnarValue.Scalar l && rightValue instanceof ColumnarValue.Scalar r) {
      return testConstants(op, domain, l, r) ? Validity.copyLive(selection, count, out) : 0;
    }
    CompareOp effective = op;
    ColumnarValue first = leftValue;
    ColumnarValue second = rightValue;
    RelDataType firstType = left().type();
    RelDataType secondType = right().type();
    boolean swapped = false;
    if (first instanceof ColumnarValue.Scalar) {
      effective = op.flip();
      first = rightValue;
      second = leftValue;
      firstType = right().type();
      secondType = left().type();
      swapped = true;
    }
    FieldVector firstVector = ((ColumnarValue.Vector) first).vector();
    int n;
    if (second instanceof ColumnarValue.Scalar constant) {
      FieldVector vector = adapt(firstVector, firstType, null, batch, context, swapped);
      n = selectConstant(effective, vector, constant, selection, count, out);
    } else {
      FieldVector secondVector = ((ColumnarValue.Vector) second).vector();
      FieldVector a = adapt(firstVector, firstType, secondVector, batch, context, false);
      FieldVector b = adapt(secondVector, secondType, a, batch, context, true);
      n = selectColumns(effective, a, b, selection, count, out);
    }
    if (excludeNulls) {
      n = excludeNullPositions(leftValue, n, out);
      n = excludeNullPositions(rightValue, n, out);
    }
    return n;
  }

  private static int excludeNullPositions(ColumnarValue value, int count, int[] positions) {
    if (value instanceof ColumnarValue.Vector vector && Validity.hasNulls(vector.vector())) {
      return Validity.retainValid(vector.vector().getValidityBuffer(), positions, count);
    }
    return count;
  }

  /**
   * The vector in a storage the kernels of this domain accept, widening into a scratch vector
   * when needed. {@code other} is the opposite column (null against a constant): two integer
   * columns of different widths are both compared as 64-bit.
   */
  private FieldVector adapt(
      FieldVector vector,
      RelDataType type,
      FieldVector other,
      Batch batch,
      ExecutionContext context,
      boolean useRightScratch) {
    StorageKind kind = StorageKind.of(type);
    boolean accepted;
    switch (domain) {
      case LONG:
        accepted =
            kind == StorageKind.INT64
                || (kind == StorageKind.INT32 && (other == null || widthOf(other) == Integer.BYTES));
        break;
      case DOUBLE:
        accepted = kind == StorageKind.FLOAT64;
        break;
      case DECIMAL:
        accepted = kind == StorageKind.DECIMAL && Math.max(0, type.getScale()) == decimalScale;
        break;
      case TIMESTAMP:
        accepted = kind == StorageKind.TIMESTAMP;
        break;
      default:
        accepted = true;
    }
    if (accepted) {
      return vector;
    }
    FieldVector scratch = useRightScratch ? rightScratch : leftScratch;
    scratch = prepare(scratch, widenedType, batch.rowCount(), context);
    if (useRightScratch) {
      rightScratch = scratch;
    } else {
      leftScratch = scratch;
    }
    CastKernels.cast(
        ValueReader.of(new ColumnarValue.Vector(vector), type),
        new ValueWriter(scratch, widenedType),
        widenedType,
        batch.selection(),
        batch.selectedCount());
    scratch.setValueCount(batch.rowCount());
    return scratch;
  }

  private int selectConstant(
      CompareOp effective,
      FieldVector vector,
      ColumnarValue.Scalar constant,
      int[] selection,
      int count,
      int[] out) {
    ArrowBuf values = vector.getDataBuffer();
    Object value = constant.value();
    switch (domain) {
      case LONG:
      case DATE:
      case TIME:
        return widthOf(vector) == Integer.BYTES
            ? CompareKernels.selectInt32(
                effective, values, ((Number) value).longValue(), selection, count, out)
            : CompareKernels.selectInt64(
                effective, values, ((Number) value).longValue(), selection, count, out);
      case TIMESTAMP:
        {
          long micros = ((Number) value).longValue();
          if (StorageKind.of(constant.type()) == StorageKind.DATE) {
            micros = ((Number) value).intValue() * DateTimeText.MICROS_PER_DAY;
          }
          return CompareKernels.selectInt64(effective, values, micros, selection, count, out);
        }
      case DOUBLE:
        return CompareKernels.selectFloat64(
            effective, values, ((Number) value).doubleValue(), selection, count, out);
      case DECIMAL:
        return selectDecimalConstant(effective, values, toDecimal(value), selection, count, out);
      case STRING:
        {
          String text = (String) value;
          if (!text.equals(cachedText)) {
            cachedText = text;
            cachedBytes = text.getBytes(StandardCharsets.UTF_8);
          }
          return CompareKernels.selectUtf8(
              effective,
              vector.getOffsetBuffer(),
              values,
              cachedBytes,
              selection,
              count,
              out);
        }
      case BOOLEAN:
        return CompareKernels.selectBoolean(
            effective, values, (Boolean) value, selection, count, out);
      default:
        throw new IllegalStateException(domain.name());
    }
  }

  /**
   * A decimal constant with more fraction digits than the column is compared exactly by
   * rounding it down to the column's scale: {@code v < c} is {@code v <= floor(c)}, {@code v > c}
   * is {@code v > floor(c)}, and {@code v = c} never holds.
   */
  private int selectDecimalConstant(
      CompareOp effective, ArrowBuf values, BigDecimal constant, int[] selection, int count, int[] out) {
    BigDecimal floor = constant.setScale(decimalScale, RoundingMode.FLOOR);
    CompareOp adjusted = effective;
    if (floor.compareTo(constant) != 0) {
      switch (effective) {
        case EQ:
          return 0;
        case NE:
          return Validity.copyLive(selection, count, out);
        case LT:
          adjusted = CompareOp.LE;
          break;
        case GE:
          adjusted = CompareOp.GT;
          break;
        default:
          break;
      }
    }
    BigInteger unscaled = floor.unscaledValue();
    return CompareKernels.selectDecimal(
        adjusted,
        values,
        DecimalValues.high(unscaled),
        DecimalValues.low(unscaled),
        selection,
        count,
        out);
  }

  private int selectColumns(
      CompareOp effective, FieldVector a, FieldVector b, int[] selection, int count, int[] out) {
    ArrowBuf left = a.getDataBuffer();
    ArrowBuf right = b.getDataBuffer();
    switch (domain) {
      case LONG:
      case DATE:
      case TIME:
      case TIMESTAMP:
        return widthOf(a) == Integer.BYTES
            ? CompareKernels.selectInt32(effective, left, right, selection, count, out)
            : CompareKernels.selectInt64(effective, left, right, selection, count, out);
      case DOUBLE:
        return CompareKernels.selectFloat64(effective, left, right, selection, count, out);
      case DECIMAL:
        return CompareKernels.selectDecimal(effective, left, right, selection, count, out);
      case STRING:
        return CompareKernels.selectUtf8(
            effective,
            a.getOffsetBuffer(),
            left,
            b.getOffsetBuffer(),
            right,
            selection,
            count,
            out);
      case BOOLEAN:
        return CompareKernels.selectBoolean(effective, left, right, selection, count, out);
      default:
        throw new IllegalStateException(domain.name());
    }
  }

  private static int widthOf(FieldVector vector) {
    return vector instanceof BaseFixedWidthVector fixed ? fixed.getTypeWidth() : -1;
  }

  private static BigDecimal toDecimal(Object value) {
    return value instanceof BigDecimal d ? d : BigDecimal.valueOf(((Number) value).longValue());
  }

  /** Whether {@code left op right} holds for two non-null constants in {@code domain}. */
  static boolean testConstants(
      CompareOp op, CompareDomain domain, ColumnarValue.Scalar left, ColumnarValue.Scalar right) {
    if (domain == CompareDomain.DOUBLE) {
      double x = ((Number) left.value()).doubleValue();
      double y = ((Number) right.value()).doubleValue();
      // Java primitive semantics, as in Calcite's generated code: NaN is unordered.
      switch (op) {
        case EQ:
          return x == y;
        case NE:
          return x != y;
        case LT:
          return x < y;
        case LE:
          return x <= y;
        case GT:
          return x > y;
        default:
          return x >= y;
      }
    }
    return op.test(compareConstants(domain, left, right));
  }

  static int compareConstants(
      CompareDomain domain, ColumnarValue.Scalar left, ColumnarValue.Scalar right) {
    Object a = left.value();
    Object b = right.value();
    switch (domain) {
      case DOUBLE:
        return Double.compare(((Number) a).doubleValue(), ((Number) b).doubleValue());
      case DECIMAL:
        return toDecimal(a).compareTo(toDecimal(b));
      case STRING:
        return CompareKernels.compareUtf8((String) a, (String) b);
      case BOOLEAN:
        return Boolean.compare((Boolean) a, (Boolean) b);
      case TIMESTAMP:
        return Long.compare(timestampMicros(left), timestampMicros(right));
      default:
        return Long.compare(((Number) a).longValue(), ((Number) b).longValue());
    }
  }

  private static long timestampMicros(ColumnarValue.Scalar value) {
    long raw = ((Number) value.value()).longValue();
    return StorageKind.of(value.type()) == StorageKind.DATE ? raw * DateTimeText.MICROS_PER_DAY : raw;
  }

  @Override
  public void close() {
    if (leftScratch != null) {
      leftScratch.close();
      leftScratch = null;
    }
    if (rightScratch != null) {
      rightScratch.close();
      rightScratch = null;
    }
    super.close();
  }

  @Override
  public String toString() {
    return op.symbol() + "(" + left() + ", " + right() + ")";
  }
}
