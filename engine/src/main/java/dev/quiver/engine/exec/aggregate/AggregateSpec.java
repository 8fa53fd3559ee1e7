package dev.quiver.engine.exec.aggregate;

import dev.quiver.engine.exec.vector.ValueLayout;
import dev.quiver.engine.types.ArrowTypes;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.calcite.rel.core.AggregateCall;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.SqlTypeFamily;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * One aggregate call as the hash aggregate runs it.
 *
 * @param kind COUNT (no args = COUNT(*)), SUM, SUM0, AVG, MIN or MAX
 * @param args input column indexes; at most one
 * @param distinct whether only distinct non-null values count
 * @param filterArg index of a BOOLEAN input column ({@code FILTER (WHERE ...)}), or -1
 * @param type the result type
 * @param name the result column's name
 */
public record AggregateSpec(
    SqlKind kind, List<Integer> args, boolean distinct, int filterArg, RelDataType type, String name) {

  private static final Set<SqlKind> KINDS =
      EnumSet.of(SqlKind.COUNT, SqlKind.SUM, SqlKind.SUM0, SqlKind.AVG, SqlKind.MIN, SqlKind.MAX);
  private static final Set<SqlKind> DISTINCT_KINDS =
      EnumSet.of(SqlKind.COUNT, SqlKind.SUM, SqlKind.AVG, SqlKind.MIN, SqlKind.MAX);

  public AggregateSpec {
    args = List.copyOf(args);
  }

  /** Whether the hash aggregate can run {@code call} over rows of {@code inputRowType}. */
  public static boolean supports(AggregateCall call, RelDataType inputRowType) {
    SqlKind kind = call.getAggregation().getKind();
    if (!KINDS.contains(kind)
        || call.getArgList().size() > 1
        || (call.isDistinct() && !DISTINCT_KINDS.contains(kind))
        || !call.collation.getFieldCollations().isEmpty()
        || !ArrowTypes.isFlat(call.getType())) {
      return false;
    }
    if (call.filterArg >= 0
        && inputRowType.getFieldList().get(call.filterArg).getType().getSqlTypeName()
            != SqlTypeName.BOOLEAN) {
      return false;
    }
    if (call.getArgList().isEmpty()) {
      return kind == SqlKind.COUNT && !call.isDistinct();
    }
    RelDataType argType = inputRowType.getFieldList().get(call.getArgList().get(0)).getType();
    if (!ArrowTypes.isFlat(argType)) {
      return false;
    }
    ValueLayout layout = ValueLayout.of(ArrowTypes.toArrow(argType));
    switch (kind) {
      case COUNT:
        return true;
      case MIN:
      case MAX:
        return layout != null;
      default:
        return isNumeric(argType) && isNumeric(call.getType());
    }
  }

  private static boolean isNumeric(RelDataType type) {
    return SqlTypeFamily.NUMERIC.contains(type)
        && type.getSqlTypeName() != SqlTypeName.NULL
        && ArrowTypes.isSupported(type);
  }

  public static AggregateSpec of(AggregateCall call) {
    SqlKind kind = call.getAggregation().getKind();
    String name = call.getName() != null ? call.getName() : kind.lowerName;
    return new AggregateSpec(
        kind, call.getArgList(), call.isDistinct(), call.filterArg, call.getType(), name);
  }

  /** For plans and messages, e.g. {@code SUM(DISTINCT #2) FILTER #4 AS total}. */
  @Override
  public String toString() {
    String arguments =
        args.stream().map(arg -> "#" + arg).collect(Collectors.joining(", "));
    return kind
        + "("
        + (distinct ? "DISTINCT " : "")
        + (args.isEmpty() && kind == SqlKind.COUNT ? "*" : arguments)
        + ")"
        + (filterArg >= 0 ? " FILTER #" + filterArg : "")
        + " AS "
        + name;
  }
}
