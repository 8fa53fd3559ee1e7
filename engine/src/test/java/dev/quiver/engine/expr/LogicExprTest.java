package dev.quiver.engine.expr;

import static org.apache.calcite.sql.fun.SqlStdOperatorTable.AND;
import static org.apache.calcite.sql.fun.SqlStdOperatorTable.GREATER_THAN;
import static org.apache.calcite.sql.fun.SqlStdOperatorTable.IS_FALSE;
import static org.apache.calcite.sql.fun.SqlStdOperatorTable.IS_NOT_FALSE;
import static org.apache.calcite.sql.fun.SqlStdOperatorTable.IS_NOT_NULL;
import static org.apache.calcite.sql.fun.SqlStdOperatorTable.IS_NOT_TRUE;
import static org.apache.calcite.sql.fun.SqlStdOperatorTable.IS_NULL;
import static org.apache.calcite.sql.fun.SqlStdOperatorTable.IS_TRUE;
import static org.apache.calcite.sql.fun.SqlStdOperatorTable.LESS_THAN;
import static org.apache.calcite.sql.fun.SqlStdOperatorTable.NOT;
import static org.apache.calcite.sql.fun.SqlStdOperatorTable.OR;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.type.SqlTypeName;
import org.junit.jupiter.api.Test;

/** Three-valued logic over all nine combinations of TRUE/FALSE/NULL, with and without selection. */
class LogicExprTest {
  private static final Boolean[] A = {true, true, true, false, false, false, null, null, null};
  private static final Boolean[] B = {true, false, null, true, false, null, true, false, null};

  private static Boolean and(Boolean a, Boolean b) {
    if (Boolean.FALSE.equals(a) || Boolean.FALSE.equals(b)) {
      return false;
    }
    return a == null || b == null ? null : true;
  }

  private static Boolean or(Boolean a, Boolean b) {
    if (Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b)) {
      return true;
    }
    return a == null || b == null ? null : false;
  }

  @Test
  void andOrNotFollowThreeValuedLogic() {
    for (int[] selection : new int[][] {null, {0, 2, 5, 6, 8}}) {
      try (ExprFixture f = new ExprFixture()) {
        RexNode a = f.column(f.type(SqlTypeName.BOOLEAN), (Object[]) A);
        RexNode b = f.column(f.type(SqlTypeName.BOOLEAN), (Object[]) B);
        if (selection != null) {
          f.selection(selection);
        }
        Boolean[] ands = new Boolean[A.length];
        Boolean[] ors = new Boolean[A.length];
        Boolean[] nots = new Boolean[A.length];
        for (int i = 0; i < A.length; i++) {
          ands[i] = and(A[i], B[i]);
          ors[i] = or(A[i], B[i]);
          nots[i] = A[i] == null ? null : !A[i];
        }
        check(f, f.rex.makeCall(AND, a, b), ands);
        check(f, f.rex.makeCall(OR, a, b), ors);
        check(f, f.rex.makeCall(NOT, a), nots);
      }
    }
  }

  @Test
  void booleanConstantsInAndOr() {
    try (ExprFixture f = new ExprFixture()) {
      RexNode a = f.column(f.type(SqlTypeName.BOOLEAN), true, false, null);
      RexNode nullBool = f.rex.makeNullLiteral(f.type(SqlTypeName.BOOLEAN));
      assertEquals(Arrays.asList(null, false, null), f.eval(f.rex.makeCall(AND, a, nullBool)));
      assertEquals(Arrays.asList(true, null, null), f.eval(f.rex.makeCall(OR, a, nullBool)));
      assertEquals(List.of(false, false, false), f.eval(f.rex.makeCall(AND, a, f.rex.makeLiteral(false))));
      assertEquals(List.of(0, 1, 2), f.select(f.rex.makeCall(OR, a, f.rex.makeLiteral(true))));
    }
  }

  private static void check(ExprFixture f, RexNode node, Boolean[] expected) {
    var batch = f.batch();
    Boolean[] live = new Boolean[batch.selectedCount()];
    for (int k = 0; k < live.length; k++) {
      live[k] = expected[batch.position(k)];
    }
    assertEquals(Arrays.asList(live), f.eval(node), node.toString());
    assertEquals(f.trueRowsByEval(node), f.select(node), node.toString());
  }

  @Test
  void andOfComparisonsSelectsOverSurvivors() {
    try (ExprFixture f = new ExprFixture()) {
      RexNode x = f.column(f.type(SqlTypeName.INTEGER), 1L, 5L, 7L, null, 9L, 3L);
      RexNode gt = f.rex.makeCall(GREATER_THAN, x, f.rex.makeExactLiteral(BigDecimal.valueOf(2)));
      RexNode lt = f.rex.makeCall(LESS_THAN, x, f.rex.makeExactLiteral(BigDecimal.valueOf(8)));
      RexNode lt4 = f.rex.makeCall(LESS_THAN, x, f.rex.makeExactLiteral(BigDecimal.valueOf(4)));
      RexNode gt8 = f.rex.makeCall(GREATER_THAN, x, f.rex.makeExactLiteral(BigDecimal.valueOf(8)));
      assertEquals(List.of(1, 2, 5), f.select(f.rex.makeCall(AND, gt, lt)));
      assertEquals(List.of(0, 4, 5), f.select(f.rex.makeCall(OR, lt4, gt8)));
      assertEquals(List.of(1, 2), f.select(f.rex.makeCall(NOT, f.rex.makeCall(OR, lt4, gt8))));
      f.selection(0, 2, 3, 4);
      assertEquals(List.of(0, 4), f.select(f.rex.makeCall(OR, lt4, gt8)));
      assertEquals(List.of(2), f.select(f.rex.makeCall(AND, gt, lt)));
    }
  }

  @Test
  void nullAndTruthTests() {
    for (int[] selection : new int[][] {null, {1, 2}}) {
      try (ExprFixture f = new ExprFixture()) {
        RexNode b = f.column(f.type(SqlTypeName.BOOLEAN), true, false, null);
        if (selection != null) {
          f.selection(selection);
        }
        check(f, f.rex.makeCall(IS_NULL, b), new Boolean[] {false, false, true});
        check(f, f.rex.makeCall(IS_NOT_NULL, b), new Boolean[] {true, true, false});
        check(f, f.rex.makeCall(IS_TRUE, b), new Boolean[] {true, false, false});
        check(f, f.rex.makeCall(IS_FALSE, b), new Boolean[] {false, true, false});
        check(f, f.rex.makeCall(IS_NOT_TRUE, b), new Boolean[] {false, true, true});
        check(f, f.rex.makeCall(IS_NOT_FALSE, b), new Boolean[] {true, false, true});
      }
    }
  }

  @Test
  void isNullOnColumnsWithoutNullsAndOnLiterals() {
    try (ExprFixture f = new ExprFixture()) {
      RexNode s = f.column(f.type(SqlTypeName.VARCHAR), "a", "b");
      assertEquals(List.of(false, false), f.eval(f.rex.makeCall(IS_NULL, s)));
      assertEquals(List.of(0, 1), f.select(f.rex.makeCall(IS_NOT_NULL, s)));
      RexNode nullLiteral = f.rex.makeNullLiteral(f.type(SqlTypeName.VARCHAR));
      assertEquals(List.of(0, 1), f.select(f.rex.makeCall(IS_NULL, nullLiteral)));
    }
  }
}
