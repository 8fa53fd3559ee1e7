package dev.quiver.engine.plan;

import dev.quiver.adapters.spi.ColumnPredicate;
import dev.quiver.engine.expr.StorageValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexUtil;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.SqlTypeFamily;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Translates a filter condition, conjunct by conjunct, into the {@link ColumnPredicate}s a reader
 * understands. Only simple shapes translate: a column compared with a literal of the same type
 * family, IS [NOT] NULL, and an OR of equalities on one column (an IN list). Anything else stays
 * in the engine's filter.
 */
public final class RexToPredicate {
  private RexToPredicate() {}

  /** A conjunct that translated, with the conjunct it came from. */
  public record Translated(RexNode conjunct, ColumnPredicate predicate) {}

  /**
   * @param scanFields maps the filter's input column i to the table column {@code scanFields[i]}
   */
  public static List<Translated> translate(
      RexNode condition, int[] scanFields, RexBuilder rexBuilder) {
    List<Translated> translated = new ArrayList<>();
    RexNode expanded = RexUtil.expandSearch(rexBuilder, null, condition);
    for (RexNode conjunct : RelOptUtil.conjunctions(expanded)) {
      translate(conjunct, scanFields).ifPresent(p -> translated.add(new Translated(conjunct, p)));
    }
    return translated;
  }

  private static Optional<ColumnPredicate> translate(RexNode node, int[] scanFields) {
    if (!(node instanceof RexCall call)) {
      return Optional.empty();
    }
    switch (call.getKind()) {
      case IS_NULL:
      case IS_NOT_NULL:
        if (call.getOperands().get(0) instanceof RexInputRef ref) {
          return Optional.of(
              new ColumnPredicate.IsNull(
                  scanFields[ref.getIndex()], call.getKind() == SqlKind.IS_NOT_NULL));
        }
        return Optional.empty();
      case EQUALS:
      case NOT_EQUALS:
      case LESS_THAN:
      case LESS_THAN_OR_EQUAL:
      case GREATER_THAN:
      case GREATER_THAN_OR_EQUAL:
        return compare(call, scanFields);
      case OR:
        return inList(call, scanFields);
      default:
        return Optional.empty();
    }
  }

  private static Optional<ColumnPredicate> compare(RexCall call, int[] scanFields) {
    RexNode left = call.getOperands().get(0);
    RexNode right = call.getOperands().get(1);
    SqlKind kind = call.getKind();
    if (left instanceof RexLiteral && right instanceof RexInputRef) {
      RexNode swap = left;
      left = right;
      right = swap;
      kind = kind.reverse();
    }
    if (!(left instanceof RexInputRef ref) || !(right instanceof RexLiteral literal)) {
      return Optional.empty();
    }
    Object value = literalValue(ref, literal);
    if (value == null) {
      return Optional.empty();
    }
    ColumnPredicate.Op op;
    switch (kind) {
      case EQUALS:
        op = ColumnPredicate.Op.EQ;
        break;
      case NOT_EQUALS:
        op = ColumnPredicate.Op.NE;
        break;
      case LESS_THAN:
        op = ColumnPredicate.Op.LT;
        break;
      case LESS_THAN_OR_EQUAL:
        op = ColumnPredicate.Op.LE;
        break;
      case GREATER_THAN:
        op = ColumnPredicate.Op.GT;
        break;
      default:
        op = ColumnPredicate.Op.GE;
        break;
    }
    return Optional.of(new ColumnPredicate.Compare(scanFields[ref.getIndex()], op, value));
  }

  /** {@code c = 1 OR c = 2 OR ...} on one column becomes {@code c IN (1, 2, ...)}. */
  private static Optional<ColumnPredicate> inList(RexCall or, int[] scanFields) {
    Integer column = null;
    List<Object> values = new ArrayList<>();
    for (RexNode operand : or.getOperands()) {
      Optional<ColumnPredicate> each = translate(operand, scanFields);
      if (each.isEmpty()
          || !(each.get() instanceof ColumnPredicate.Compare compare)
          || compare.op() != ColumnPredicate.Op.EQ
          || (column != null && column != compare.column())) {
        return Optional.empty();
      }
      column = compare.column();
      values.add(compare.value());
    }
    return column == null ? Optional.empty() : Optional.of(new ColumnPredicate.In(column, values));
  }

  /** The literal in storage form when its type family matches the column's, else null. */
  private static Object literalValue(RexInputRef ref, RexLiteral literal) {
    if (literal.isNull()) {
      return null;
    }
    SqlTypeFamily columnFamily = ref.getType().getSqlTypeName().getFamily();
    SqlTypeFamily literalFamily = literal.getType().getSqlTypeName().getFamily();
    if (columnFamily == null || columnFamily != literalFamily) {
      return null;
    }
    // Compare in the column's type: an INTEGER column against 2.5 must not become 2. Integer
    // types of different widths compare exactly as longs.
    boolean sameType = ref.getType().getSqlTypeName().equals(literal.getType().getSqlTypeName());
    boolean bothIntegers =
        SqlTypeName.INT_TYPES.contains(ref.getType().getSqlTypeName())
            && SqlTypeName.INT_TYPES.contains(literal.getType().getSqlTypeName());
    if (!sameType && !bothIntegers) {
      return null;
    }
    return StorageValues.fromLiteral(literal);
  }
}
