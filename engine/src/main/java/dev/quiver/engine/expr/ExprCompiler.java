package dev.quiver.engine.expr;

import dev.quiver.engine.error.ErrorCode;
import dev.quiver.engine.error.QuiverException;
import dev.quiver.engine.function.FunctionBinding;
import dev.quiver.engine.function.FunctionRegistry;
import dev.quiver.engine.function.kernel.ArithmeticOp;
import dev.quiver.engine.function.kernel.CastKernels;
import dev.quiver.engine.function.kernel.CompareOp;
import dev.quiver.engine.function.kernel.DateKernels;
import dev.quiver.engine.function.kernel.DateTimeText;
import dev.quiver.engine.function.kernel.StorageKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeSystem;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexDynamicParam;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexUtil;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.fun.SqlLikeOperator;
import org.apache.calcite.sql.type.SqlTypeFactoryImpl;
import org.apache.calcite.sql.type.SqlTypeFamily;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Compiles a Calcite {@link RexNode} into a {@link PhysicalExpr} tree, choosing each node's kernel
 * from the operand types once. What has no vectorized implementation is declined (never guessed):
 * {@link #canCompile} is false and the planner leaves that expression to Calcite's engine.
 *
 * <p>SEARCH (IN lists, BETWEEN, ranges) is first expanded into plain comparisons.
 */
public final class ExprCompiler {
  private static final long MICROS_PER_MILLI = 1000;

  private ExprCompiler() {}

  /** True iff every node of {@code node} has a vectorized implementation for these input types. */
  public static boolean canCompile(RexNode node, RelDataType inputRowType) {
    RexBuilder builder = new RexBuilder(new SqlTypeFactoryImpl(RelDataTypeSystem.DEFAULT));
    try (PhysicalExpr compiled = compile(node, inputRowType, builder)) {
      return compiled != null;
    } catch (QuiverException e) {
      if (e.code() == ErrorCode.NOT_SUPPORTED) {
        return false;
      }
      throw e;
    }
  }

  /**
   * Compiles {@code node}; throws {@link QuiverException} ({@link ErrorCode#NOT_SUPPORTED}) when
   * {@link #canCompile} is false.
   */
  public static PhysicalExpr compile(
      RexNode node, RelDataType inputRowType, RexBuilder rexBuilder) {
    RexNode expanded = RexUtil.expandSearch(rexBuilder, null, node);
    return new ExprCompiler.Builder(inputRowType, rexBuilder).build(expanded);
  }

  /** One compilation: the input row type and the builder for types the compiler needs. */
  private static final class Builder {
    private final RelDataType inputRowType;
    private final RexBuilder rexBuilder;

    Builder(RelDataType inputRowType, RexBuilder rexBuilder) {
      this.inputRowType = inputRowType;
      this.rexBuilder = rexBuilder;
    }

    PhysicalExpr build(RexNode node) {
      if (node instanceof RexInputRef ref) {
        RelDataType type = ref.getType();
        if (ref.getIndex() >= inputRowType.getFieldCount()) {
          throw unsupported(node, "refers past the input's " + inputRowType.getFieldCount() + " columns");
        }
        requireStorage(node, type);
        return new ColumnRefExpr(ref.getIndex(), type);
      }
      if (node instanceof RexLiteral literal) {
        requireStorage(node, literal.getType());
        return new LiteralExpr(literal.getType(), StorageValues.fromLiteral(literal), literal.toString());
      }
      if (node instanceof RexDynamicParam param) {
        requireStorage(node, param.getType());
        return new ParameterExpr(param.getIndex(), param.getType());
      }
      if (node instanceof RexCall call) {
        return buildCall(call);
      }
      throw unsupported(node, "is not a kind of expression Quiver evaluates");
    }

    private PhysicalExpr buildCall(RexCall call) {
      RelDataType type = call.getType();
      List<RexNode> operands = call.getOperands();
      switch (call.getKind()) {
        case EQUALS:
          return compare(call, CompareOp.EQ);
        case NOT_EQUALS:
          return compare(call, CompareOp.NE);
        case LESS_THAN:
          return compare(call, CompareOp.LT);
        case LESS_THAN_OR_EQUAL:
          return compare(call, CompareOp.LE);
        case GREATER_THAN:
          return compare(call, CompareOp.GT);
        case GREATER_THAN_OR_EQUAL:
          return compare(call, CompareOp.GE);
        case IS_DISTINCT_FROM:
        case IS_NOT_DISTINCT_FROM:
          return new DistinctFromExpr(
              (CompareExpr) compare(call, CompareOp.EQ),
              call.getKind() == SqlKind.IS_DISTINCT_FROM,
              type);
        case AND:
          requireBooleans(call);
          return new AndExpr(buildAll(operands), type);
        case OR:
          requireBooleans(call);
          return new OrExpr(buildAll(operands), type);
        case NOT:
          requireBooleans(call);
          return new NotExpr(build(operands.get(0)), type);
        case IS_NULL:
        case IS_NOT_NULL:
          return new IsNullExpr(build(operands.get(0)), call.getKind() == SqlKind.IS_NOT_NULL, type);
        case IS_TRUE:
        case IS_NOT_TRUE:
        case IS_FALSE:
        case IS_NOT_FALSE:
          {
            requireBooleans(call);
            SqlKind kind = call.getKind();
            boolean expected = kind == SqlKind.IS_TRUE || kind == SqlKind.IS_NOT_TRUE;
            boolean negated = kind == SqlKind.IS_NOT_TRUE || kind == SqlKind.IS_NOT_FALSE;
            return new IsTruthExpr(build(operands.get(0)), expected, negated, type);
          }
        case PLUS:
          return arithmetic(call, ArithmeticOp.ADD);
        case MINUS:
          return arithmetic(call, ArithmeticOp.SUBTRACT);
        case TIMES:
          return arithmetic(call, ArithmeticOp.MULTIPLY);
        case DIVIDE:
          return arithmetic(call, ArithmeticOp.DIVIDE);
        case MOD:
          return arithmetic(call, ArithmeticOp.MODULO);
        case MINUS_PREFIX:
          {
            if (!ArithmeticExpr.supports(operands.get(0).getType(), operands.get(0).getType(), type)) {
              throw unsupported(call, "has operand types Quiver cannot negate");
            }
            Object zero =
                StorageKind.of(type).isFloating()
                    ? (Object) 0.0d
                    : StorageKind.of(type) == StorageKind.DECIMAL ? (Object) BigDecimal.ZERO : (Object) 0L;
            PhysicalExpr zeroLiteral = new LiteralExpr(type, zero, "0");
            return new ArithmeticExpr(
                ArithmeticOp.SUBTRACT, zeroLiteral, build(operands.get(0)), type, true);
          }
        case PLUS_PREFIX:
          return build(operands.get(0));
        case CASE:
          requireStorage(call, type);
          if (operands.size() % 2 != 1) {
            throw unsupported(call, "is not a searched CASE with ELSE");
          }
          for (int i = 0; i + 1 < operands.size(); i += 2) {
            requireBoolean(call, operands.get(i));
          }
          return new CaseExpr(buildAll(operands), type);
        case COALESCE:
          requireStorage(call, type);
          return new CoalesceExpr(buildAll(operands), type);
        case CAST:
          {
            RelDataType from = operands.get(0).getType();
            if (!CastKernels.supports(from, type)) {
              throw unsupported(
                  call,
                  "casts " + from.getFullTypeString() + " to " + type.getFullTypeString());
            }
            return new CastExpr(build(operands.get(0)), type);
          }
        case LIKE:
          return like(call);
        default:
          return function(call);
      }
    }

    private PhysicalExpr compare(RexCall call, CompareOp op) {
      RexNode left = call.getOperands().get(0);
      RexNode right = call.getOperands().get(1);
      CompareDomain domain = CompareDomain.of(left.getType(), right.getType());
      if (domain == null) {
        throw unsupported(
            call,
            "compares " + left.getType().getFullTypeString() + " with "
                + right.getType().getFullTypeString());
      }
      RelDataType widened =
          domain.widenedType(left.getType(), right.getType(), rexBuilder.getTypeFactory());
      return new CompareExpr(op, build(left), build(right), domain, widened, call.getType());
    }

    private PhysicalExpr arithmetic(RexCall call, ArithmeticOp op) {
      RexNode left = call.getOperands().get(0);
      RexNode right = call.getOperands().get(1);
      if (ArithmeticExpr.supports(left.getType(), right.getType(), call.getType())) {
        return new ArithmeticExpr(op, build(left), build(right), call.getType(), false);
      }
      if (op == ArithmeticOp.ADD || op == ArithmeticOp.SUBTRACT) {
        PhysicalExpr interval = datetimeInterval(call, op == ArithmeticOp.SUBTRACT);
        if (interval != null) {
          return interval;
        }
      }
      throw unsupported(call, "has operand types Quiver has no arithmetic for");
    }

    /** DATE/TIMESTAMP +/- an interval literal; null when the call is not of that shape. */
    private PhysicalExpr datetimeInterval(RexCall call, boolean subtract) {
      RexNode left = call.getOperands().get(0);
      RexNode right = call.getOperands().get(1);
      RexNode datetime = left;
      RexNode interval = right;
      if (!subtract && isInterval(left)) {
        datetime = right;
        interval = left;
      }
      StorageKind kind = StorageKind.of(datetime.getType());
      if ((kind != StorageKind.DATE && kind != StorageKind.TIMESTAMP)
          || StorageKind.of(call.getType()) != kind
          || !(interval instanceof RexLiteral literal)
          || !isInterval(literal)
          || literal.isNull()) {
        return null;
      }
      long amount = literal.getValueAs(BigDecimal.class).longValueExact() * (subtract ? -1 : 1);
      boolean yearMonth =
          literal.getType().getSqlTypeName().getFamily() == SqlTypeFamily.INTERVAL_YEAR_MONTH;
      long months = yearMonth ? amount : 0;
      long micros = yearMonth ? 0 : amount * MICROS_PER_MILLI;
      if (kind == StorageKind.DATE && micros % DateTimeText.MICROS_PER_DAY != 0) {
        return null;
      }
      boolean isDate = kind == StorageKind.DATE;
      return new CallExpr(
          subtract ? "-" : "+",
          List.of(build(datetime)),
          literal.toString(),
          call.getType(),
          (args, out, batch) -> DateKernels.addInterval(args, out, batch, isDate, months, micros));
    }

    private boolean isInterval(RexNode node) {
      return SqlTypeName.INTERVAL_TYPES.contains(node.getType().getSqlTypeName());
    }

    private PhysicalExpr like(RexCall call) {
      if (!(call.getOperator() instanceof SqlLikeOperator like) || !like.isCaseSensitive()) {
        throw unsupported(call, "is not a case-sensitive LIKE");
      }
      List<RexNode> operands = call.getOperands();
      for (int i = 0; i < operands.size(); i++) {
        RexNode operand = operands.get(i);
        if (StorageKind.of(operand.getType()) != StorageKind.UTF8) {
          throw unsupported(call, "has a non-string operand");
        }
        if (i > 0 && !(operand instanceof RexLiteral) && !(operand instanceof RexDynamicParam)) {
          throw unsupported(call, "has a pattern that is not a constant");
        }
      }
      return new LikeExpr(buildAll(operands), like.isNegated(), call.getType());
    }

    private PhysicalExpr function(RexCall call) {
      FunctionBinding binding = FunctionRegistry.lookup(call);
      if (binding == null) {
        throw unsupported(call, "has no vectorized implementation");
      }
      return new CallExpr(binding.name(), buildAll(binding.operands()), call.getType(), binding.kernel());
    }

    private List<PhysicalExpr> buildAll(List<RexNode> nodes) {
      List<PhysicalExpr> built = new ArrayList<>(nodes.size());
      try {
        for (RexNode node : nodes) {
          built.add(build(node));
        }
      } catch (RuntimeException e) {
        built.forEach(PhysicalExpr::close);
        throw e;
      }
      return built;
    }

    private void requireBooleans(RexCall call) {
      for (RexNode operand : call.getOperands()) {
        requireBoolean(call, operand);
      }
    }

    private void requireBoolean(RexNode call, RexNode operand) {
      if (StorageKind.of(operand.getType()) != StorageKind.BOOLEAN) {
        throw unsupported(call, "has a non-BOOLEAN operand " + operand);
      }
    }

    private void requireStorage(RexNode node, RelDataType type) {
      StorageKind kind = StorageKind.of(type);
      if (kind == null) {
        throw unsupported(node, "has type " + type.getFullTypeString());
      }
    }
  }

  private static QuiverException unsupported(RexNode node, String reason) {
    return new QuiverException(
        ErrorCode.NOT_SUPPORTED, "Expression " + node + " " + reason + "; not vectorized");
  }
}
