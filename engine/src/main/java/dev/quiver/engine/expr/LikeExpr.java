package dev.quiver.engine.expr;

import dev.quiver.engine.error.ErrorCode;
import dev.quiver.engine.error.QuiverException;
import dev.quiver.engine.exec.Batch;
import dev.quiver.engine.exec.ExecutionContext;
import dev.quiver.engine.function.kernel.BooleanKernels;
import dev.quiver.engine.function.kernel.LikePattern;
import dev.quiver.engine.function.kernel.Validity;
import java.util.List;
import java.util.Objects;
import org.apache.arrow.vector.FieldVector;
import org.apache.calcite.rel.type.RelDataType;

/**
 * {@code s [NOT] LIKE pattern [ESCAPE e]} where the pattern and escape are constants (literals or
 * parameters); the pattern is compiled once per distinct value.
 */
public final class LikeExpr extends AbstractExpr {
  private final boolean negated;
  private final Scratch positions = new Scratch();
  private final Scratch matched = new Scratch();
  private LikePattern compiled;
  private String compiledEscape;

  /** {@code operands}: the string, the pattern, and optionally the escape. */
  LikeExpr(List<PhysicalExpr> operands, boolean negated, RelDataType type) {
    super(type, operands);
    this.negated = negated;
  }

  /** The compiled pattern, or null when the pattern or escape is NULL. */
  private LikePattern pattern(Batch batch, ExecutionContext context) {
    String patternText = constantString(children().get(1), batch, context);
    String escape = children().size() > 2 ? constantString(children().get(2), batch, context) : null;
    if (patternText == null || (children().size() > 2 && escape == null)) {
      return null;
    }
    if (compiled == null
        || !compiled.text().equals(patternText)
        || !Objects.equals(compiledEscape, escape)) {
      compiled = LikePattern.compile(patternText, escape);
      compiledEscape = escape;
    }
    return compiled;
  }

  private static String constantString(
      PhysicalExpr expr, Batch batch, ExecutionContext context) {
    ColumnarValue value = expr.evaluate(batch, context);
    if (!(value instanceof ColumnarValue.Scalar scalar)) {
      throw new QuiverException(
          ErrorCode.NOT_SUPPORTED, "LIKE needs a constant pattern, got " + expr);
    }
    return (String) scalar.value();
  }

  @Override
  public int select(Batch batch, int[] out, ExecutionContext context) {
    LikePattern pattern = pattern(batch, context);
    if (pattern == null) {
      return 0;
    }
    ColumnarValue value = children().get(0).evaluate(batch, context);
    if (value instanceof ColumnarValue.Scalar scalar) {
      if (scalar.value() == null || pattern.matches((String) scalar.value()) == negated) {
        return 0;
      }
      return Validity.copyLive(batch.selection(), batch.selectedCount(), out);
    }
    FieldVector strings = ((ColumnarValue.Vector) value).vector();
    int n;
    if (!negated) {
      n = pattern.select(strings.getOffsetBuffer(), strings.getDataBuffer(), batch.selection(),
          batch.selectedCount(), out);
    } else {
      int rowCount = batch.rowCount();
      int[] live = positions.positions(rowCount);
      int[] yes = matched.positions(rowCount);
      int liveCount = Validity.copyLive(batch.selection(), batch.selectedCount(), live);
      int yesCount = pattern.select(strings.getOffsetBuffer(), strings.getDataBuffer(), live,
          liveCount, yes);
      n = BooleanKernels.difference(live, liveCount, yes, yesCount, out);
    }
    if (Validity.hasNulls(strings)) {
      n = Validity.retainValid(strings.getValidityBuffer(), out, n);
    }
    return n;
  }

  @Override
  public ColumnarValue evaluate(Batch batch, ExecutionContext context) {
    LikePattern pattern = pattern(batch, context);
    if (pattern == null) {
      return new ColumnarValue.Scalar(type(), null);
    }
    ColumnarValue value = children().get(0).evaluate(batch, context);
    if (value instanceof ColumnarValue.Scalar scalar) {
      return new ColumnarValue.Scalar(
          type(),
          scalar.value() == null ? null : pattern.matches((String) scalar.value()) != negated);
    }
    FieldVector strings = ((ColumnarValue.Vector) value).vector();
    int rowCount = batch.rowCount();
    FieldVector output = prepareOutput(batch, context);
    if (Validity.hasNulls(strings)) {
      Validity.copy(strings.getValidityBuffer(), output.getValidityBuffer(), rowCount);
    } else {
      Validity.setAll(output.getValidityBuffer(), rowCount);
    }
    int[] yes = matched.positions(rowCount);
    int yesCount = pattern.select(strings.getOffsetBuffer(), strings.getDataBuffer(),
        batch.selection(), batch.selectedCount(), yes);
    Validity.setPositions(output.getDataBuffer(), yes, yesCount);
    if (negated) {
      BooleanKernels.not(output.getDataBuffer(), output.getDataBuffer(), rowCount);
    }
    output.setValueCount(rowCount);
    return new ColumnarValue.Vector(output);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(negated ? "NOT LIKE(" : "LIKE(");
    for (int i = 0; i < children().size(); i++) {
      text.append(i == 0 ? "" : ", ").append(children().get(i));
    }
    return text.append(')').toString();
  }
}
