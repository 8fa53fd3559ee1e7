package dev.quiver.engine.function;

import dev.quiver.engine.function.kernel.DateKernels;
import dev.quiver.engine.function.kernel.DateUnit;
import dev.quiver.engine.function.kernel.MathKernels;
import dev.quiver.engine.function.kernel.StorageKind;
import dev.quiver.engine.function.kernel.StringKernels;
import java.util.List;
import org.apache.calcite.avatica.util.TimeUnitRange;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.fun.SqlTrimFunction;

/**
 * The scalar functions with a vectorized kernel, looked up by Calcite operator (the standard
 * operators only, so that a library function of the same name with other semantics is never
 * taken for ours) and argument types. Anything else resolves to null and the planner keeps that
 * expression in Calcite's engine.
 */
public final class FunctionRegistry {
  private FunctionRegistry() {}

  /** The kernel for {@code call}, or null when there is none for these argument types. */
  public static FunctionBinding lookup(RexCall call) {
    SqlOperator op = call.getOperator();
    List<RexNode> operands = call.getOperands();
    RelDataType result = call.getType();
    StorageKind resultKind = StorageKind.of(result);
    if (resultKind == null || resultKind == StorageKind.NULL) {
      return null;
    }
    if (op == SqlStdOperatorTable.UPPER && allStrings(operands, 1)) {
      return new FunctionBinding("UPPER", operands, StringKernels::upper);
    }
    if (op == SqlStdOperatorTable.LOWER && allStrings(operands, 1)) {
      return new FunctionBinding("LOWER", operands, StringKernels::lower);
    }
    if ((op == SqlStdOperatorTable.CHAR_LENGTH || op == SqlStdOperatorTable.CHARACTER_LENGTH)
        && allStrings(operands, 1)
        && resultKind.isInteger()) {
      return new FunctionBinding("CHAR_LENGTH", operands, StringKernels::charLength);
    }
    if (op == SqlStdOperatorTable.CONCAT && allStrings(operands, 2)) {
      return new FunctionBinding("||", operands, StringKernels::concat);
    }
    if (op == SqlStdOperatorTable.REPLACE && allStrings(operands, 3)) {
      return new FunctionBinding("REPLACE", operands, StringKernels::replace);
    }
    if (op == SqlStdOperatorTable.SUBSTRING
        && (operands.size() == 2 || operands.size() == 3)
        && isString(operands.get(0))
        && integers(operands.subList(1, operands.size()))) {
      return new FunctionBinding("SUBSTRING", operands, StringKernels::substring);
    }
    if (op == SqlStdOperatorTable.POSITION
        && (operands.size() == 2 || operands.size() == 3)
        && isString(operands.get(0))
        && isString(operands.get(1))
        && integers(operands.subList(2, operands.size()))
        && resultKind.isInteger()) {
      return new FunctionBinding("POSITION", operands, StringKernels::position);
    }
    if (call.getKind() == SqlKind.TRIM && operands.size() == 3) {
      return trim(operands);
    }
    if (call.getKind() == SqlKind.EXTRACT && operands.size() == 2) {
      return extract(operands, resultKind);
    }
    if ((call.getKind() == SqlKind.FLOOR || call.getKind() == SqlKind.CEIL)) {
      return floorOrCeil(call.getKind() == SqlKind.CEIL, operands, resultKind);
    }
    return math(op, operands, resultKind);
  }

  private static FunctionBinding trim(List<RexNode> operands) {
    if (!(operands.get(0) instanceof RexLiteral flagLiteral)
        || !isString(operands.get(1))
        || !isString(operands.get(2))) {
      return null;
    }
    SqlTrimFunction.Flag flag = flagLiteral.getValueAs(SqlTrimFunction.Flag.class);
    if (flag == null) {
      return null;
    }
    boolean leading = flag != SqlTrimFunction.Flag.TRAILING;
    boolean trailing = flag != SqlTrimFunction.Flag.LEADING;
    return new FunctionBinding(
        "TRIM " + flag.name(),
        operands.subList(1, 3),
        (args, out, batch) -> StringKernels.trim(args, out, batch, leading, trailing));
  }

  private static FunctionBinding extract(List<RexNode> operands, StorageKind resultKind) {
    DateUnit unit = unitOf(operands.get(0));
    StorageKind argument = StorageKind.of(operands.get(1).getType());
    if (unit == null
        || !resultKind.isInteger()
        || (argument != StorageKind.DATE && argument != StorageKind.TIMESTAMP)) {
      return null;
    }
    boolean isDate = argument == StorageKind.DATE;
    return new FunctionBinding(
        "EXTRACT " + unit.name(),
        operands.subList(1, 2),
        (args, out, batch) -> DateKernels.extract(args, out, batch, unit, isDate));
  }

  private static FunctionBinding floorOrCeil(
      boolean ceiling, List<RexNode> operands, StorageKind resultKind) {
    String name = ceiling ? "CEIL" : "FLOOR";
    StorageKind argument = StorageKind.of(operands.get(0).getType());
    if (operands.size() == 1 && argument != null && argument.isNumeric() && resultKind.isNumeric()) {
      return new FunctionBinding(
          name, operands, (args, out, batch) -> MathKernels.floorOrCeil(args, out, batch, ceiling));
    }
    if (operands.size() != 2 || resultKind != argument) {
      return null;
    }
    DateUnit unit = unitOf(operands.get(1));
    if (unit == null
        || !unit.isRoundingUnit()
        || (argument != StorageKind.DATE && argument != StorageKind.TIMESTAMP)) {
      return null;
    }
    boolean isDate = argument == StorageKind.DATE;
    return new FunctionBinding(
        name + " TO " + unit.name(),
        operands.subList(0, 1),
        (args, out, batch) -> DateKernels.round(args, out, batch, unit, isDate, ceiling));
  }

  private static FunctionBinding math(
      SqlOperator op, List<RexNode> operands, StorageKind resultKind) {
    if (!operands.stream().allMatch(FunctionRegistry::isNumeric) || !resultKind.isNumeric()) {
      return null;
    }
    if (op == SqlStdOperatorTable.ABS && operands.size() == 1) {
      return new FunctionBinding("ABS", operands, MathKernels::abs);
    }
    if (op == SqlStdOperatorTable.ROUND
        && (operands.size() == 1 || operands.size() == 2 && isInteger(operands.get(1)))) {
      return new FunctionBinding("ROUND", operands, MathKernels::round);
    }
    if (!resultKind.isFloating()) {
      return null;
    }
    if (op == SqlStdOperatorTable.POWER && operands.size() == 2) {
      return new FunctionBinding("POWER", operands, MathKernels::power);
    }
    if (operands.size() != 1) {
      return null;
    }
    if (op == SqlStdOperatorTable.SQRT) {
      return new FunctionBinding(
          "SQRT", operands, (args, out, batch) -> MathKernels.unaryDouble(args, out, batch, Math::sqrt));
    }
    if (op == SqlStdOperatorTable.LN) {
      return new FunctionBinding(
          "LN", operands, (args, out, batch) -> MathKernels.unaryDouble(args, out, batch, Math::log));
    }
    if (op == SqlStdOperatorTable.EXP) {
      return new FunctionBinding(
          "EXP", operands, (args, out, batch) -> MathKernels.unaryDouble(args, out, batch, Math::exp));
    }
    return null;
  }

  private static DateUnit unitOf(RexNode node) {
    if (!(node instanceof RexLiteral literal)) {
      return null;
    }
    Object value = literal.getValue();
    if (!(value instanceof TimeUnitRange range) || range.endUnit != null) {
      return null;
    }
    return DateUnit.fromCalcite(range.name());
  }

  private static boolean allStrings(List<RexNode> operands, int count) {
    return operands.size() == count && operands.stream().allMatch(FunctionRegistry::isString);
  }

  private static boolean integers(List<RexNode> operands) {
    return operands.stream().allMatch(FunctionRegistry::isInteger);
  }

  private static boolean isString(RexNode node) {
    return StorageKind.of(node.getType()) == StorageKind.UTF8;
  }

  private static boolean isInteger(RexNode node) {
    StorageKind kind = StorageKind.of(node.getType());
    return kind != null && kind.isInteger();
  }

  private static boolean isNumeric(RexNode node) {
    StorageKind kind = StorageKind.of(node.getType());
    return kind != null && kind.isNumeric();
  }
}
