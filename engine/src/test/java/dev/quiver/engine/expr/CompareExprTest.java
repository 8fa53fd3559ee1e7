package dev.quiver.engine.expr;

import static org.apache.calcite.sql.fun.SqlStdOperatorTable.EQUALS;
import static org.apache.calcite.sql.fun.SqlStdOperatorTable.GREATER_THAN;
import static org.apache.calcite.sql.fun.SqlStdOperatorTable.GREATER_THAN_OR_EQUAL;
import static org.apache.calcite.sql.fun.SqlStdOperatorTable.IS_DISTINCT_FROM;
import static org.apache.calcite.sql.fun.SqlStdOperatorTable.IS_NOT_DISTINCT_FROM;
import static org.apache.calcite.sql.fun.SqlStdOperatorTable.LESS_THAN;
import static org.apache.calcite.sql.fun.SqlStdOperatorTable.LESS_THAN_OR_EQUAL;
import static org.apache.calcite.sql.fun.SqlStdOperatorTable.NOT_EQUALS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.util.DateString;
import org.apache.calcite.util.TimestampString;
import org.junit.jupiter.api.Test;

class CompareExprTest {
  private static final List<SqlOperator> OPERATORS =
      List.of(EQUALS, NOT_EQUALS, LESS_THAN, LESS_THAN_OR_EQUAL, GREATER_THAN, GREATER_THAN_OR_EQUAL);

  private static Boolean expected(SqlOperator op, Comparable<Object> a, Object b) {
    if (a == null || b == null) {
      return null;
    }
    int c = a.compareTo(b);
    switch (op.getKind()) {
      case EQUALS:
        return c == 0;
      case NOT_EQUALS:
        return c != 0;
      case LESS_THAN:
        return c < 0;
      case LESS_THAN_OR_EQUAL:
        return c <= 0;
      case GREATER_THAN:
        return c > 0;
      default:
        return c >= 0;
    }
  }

  @SuppressWarnings("unchecked")
  private static void checkAllShapes(
      ExprFixture f, RexNode left, Object[] leftValues, RexNode right, Object[] rightValues,
      RexNode leftLiteral, Object leftConstant, RexNode rightLiteral, Object rightConstant) {
    for (SqlOperator op : OPERATORS) {
      // column op column
      Boolean[] expected = new Boolean[leftValues.length];
      for (int i = 0; i < leftValues.length; i++) {
        expected[i] = expected(op, (Comparable<Object>) leftValues[i], rightValues[i]);
      }
      check(f, f.rex.makeCall(op, left, right), expected);
      // column op literal
      for (int i = 0; i < leftValues.length; i++) {
        expected[i] = expected(op, (Comparable<Object>) leftValues[i], rightConstant);
      }
      check(f, f.rex.makeCall(op, left, rightLiteral), expected);
      // literal op column
      for (int i = 0; i < leftValues.length; i++) {
        expected[i] = expected(op, (Comparable<Object>) leftConstant, rightValues[i]);
      }
      check(f, f.rex.makeCall(op, leftLiteral, right), expected);
      // literal op literal
      Boolean constant = expected(op, (Comparable<Object>) leftConstant, rightConstant);
      Arrays.fill(expected, constant);
      check(f, f.rex.makeCall(op, leftLiteral, rightLiteral), expected);
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
  void bigintColumnsAndLiteralsInEveryShape() {
    for (boolean withSelection : new boolean[] {false, true}) {
      try (ExprFixture f = new ExprFixture()) {
        Object[] a = {1L, 5L, null, 7L, 3L, -2L};
        Object[] b = {1L, 4L, 3L, null, 9L, -2L};
        RexNode left = f.column(f.type(SqlTypeName.BIGINT), a);
        RexNode right = f.column(f.type(SqlTypeName.BIGINT), b);
        if (withSelection) {
          f.selection(0, 2, 3, 5);
        }
        checkAllShapes(f, left, a, right, b,
            f.rex.makeExactLiteral(BigDecimal.valueOf(3), f.type(SqlTypeName.BIGINT)), 3L,
            f.rex.makeExactLiteral(BigDecimal.valueOf(5), f.type(SqlTypeName.BIGINT)), 5L);
      }
    }
  }

  @Test
  void integerColumnsAndLiteralsInEveryShape() {
    for (boolean withSelection : new boolean[] {false, true}) {
      try (ExprFixture f = new ExprFixture()) {
        Object[] a = {1L, 5L, null, 7L, 3L};
        Object[] b = {1L, 4L, 3L, null, 9L};
        RexNode left = f.column(f.type(SqlTypeName.INTEGER), a);
        RexNode right = f.column(f.type(SqlTypeName.INTEGER), b);
        if (withSelection) {
          f.selection(1, 4);
        }
        checkAllShapes(f, left, a, right, b,
            f.rex.makeExactLiteral(BigDecimal.valueOf(3)), 3L,
            f.rex.makeExactLiteral(BigDecimal.valueOf(7)), 7L);
      }
    }
  }

  @Test
  void doublesInEveryShape() {
    try (ExprFixture f = new ExprFixture()) {
      Object[] a = {1.5, -0.5, null, 7.0};
      Object[] b = {1.5, 4.0, 3.0, null};
      RexNode left = f.column(f.type(SqlTypeName.DOUBLE), a);
      RexNode right = f.column(f.type(SqlTypeName.DOUBLE), b);
      checkAllShapes(f, left, a, right, b,
          f.rex.makeApproxLiteral(BigDecimal.valueOf(2.0)), 2.0,
          f.rex.makeApproxLiteral(BigDecimal.valueOf(1.5)), 1.5);
    }
  }

  @Test
  void stringsCompareInUtf8ByteOrder() {
    try (ExprFixture f = new ExprFixture()) {
      Object[] a = {"apple", "b", null, "é", "", "abc"};
      Object[] b = {"apple", "a", "x", "z", "a", "abcd"};
      RexNode left = f.column(f.type(SqlTypeName.VARCHAR), a);
      RexNode right = f.column(f.type(SqlTypeName.VARCHAR), b);
      checkAllShapes(f, left, a, right, b, f.rex.makeLiteral("b"), "b", f.rex.makeLiteral("abc"), "abc");
      // 'é' (U+00E9) sorts after 'z' in code point order.
      assertEquals(List.of(3), f.select(f.rex.makeCall(GREATER_THAN, left, f.rex.makeLiteral("z"))));
    }
  }

  @Test
  void decimalsOfTheSameScale() {
    try (ExprFixture f = new ExprFixture()) {
      Object[] a = {new BigDecimal("1.25"), new BigDecimal("-3.00"), null, new BigDecimal("99.99")};
      Object[] b = {new BigDecimal("1.25"), new BigDecimal("-2.99"), new BigDecimal("0.00"), null};
      RexNode left = f.column(f.type(SqlTypeName.DECIMAL, 10, 2), a);
      RexNode right = f.column(f.type(SqlTypeName.DECIMAL, 10, 2), b);
      RexNode lit1 = f.rex.makeExactLiteral(new BigDecimal("1.25"));
      RexNode lit2 = f.rex.makeExactLiteral(new BigDecimal("-3.00"));
      checkAllShapes(f, left, a, right, b, lit1, new BigDecimal("1.25"), lit2, new BigDecimal("-3.00"));
    }
  }

  @Test
  void decimalAgainstFinerLiteralIsExact() {
    try (ExprFixture f = new ExprFixture()) {
      RexNode d = f.column(f.type(SqlTypeName.DECIMAL, 10, 2),
          new BigDecimal("1.00"), new BigDecimal("1.01"), new BigDecimal("0.99"));
      RexNode lit = f.rex.makeExactLiteral(new BigDecimal("1.005"));
      assertEquals(List.of(0, 2), f.select(f.rex.makeCall(LESS_THAN, d, lit)));
      assertEquals(List.of(1), f.select(f.rex.makeCall(GREATER_THAN_OR_EQUAL, d, lit)));
      assertEquals(List.of(), f.select(f.rex.makeCall(EQUALS, d, lit)));
      assertEquals(List.of(false, false, false), f.eval(f.rex.makeCall(EQUALS, d, lit)));
      assertEquals(List.of(0, 1, 2), f.select(f.rex.makeCall(NOT_EQUALS, d, lit)));
    }
  }

  @Test
  void mixedNumericTypesArePromoted() {
    try (ExprFixture f = new ExprFixture()) {
      RexNode i = f.column(f.type(SqlTypeName.INTEGER), 1L, 2L, 3L, null);
      RexNode l = f.column(f.type(SqlTypeName.BIGINT), 1L, 3L, 2L, 4L);
      RexNode d = f.column(f.type(SqlTypeName.DOUBLE), 0.5, 2.0, 3.5, 1.0);
      RexNode s = f.column(f.type(SqlTypeName.SMALLINT), 1L, 2L, 2L, 2L);
      RexNode dec = f.column(f.type(SqlTypeName.DECIMAL, 5, 1),
          new BigDecimal("1.0"), new BigDecimal("2.5"), new BigDecimal("2.9"), null);
      assertEquals(List.of(1), f.select(f.rex.makeCall(LESS_THAN, i, l)));
      assertEquals(List.of(0), f.select(f.rex.makeCall(GREATER_THAN, i, d)));
      assertEquals(List.of(0, 1), f.select(f.rex.makeCall(EQUALS, s, i)));
      assertEquals(List.of(1, 2), f.select(f.rex.makeCall(GREATER_THAN, dec, s)));
      assertEquals(List.of(0), f.select(f.rex.makeCall(EQUALS, dec, i)));
      assertEquals(List.of(1, 2, 3),
          f.select(f.rex.makeCall(GREATER_THAN, l, f.rex.makeApproxLiteral(BigDecimal.valueOf(1.5)))));
    }
  }

  @Test
  void datesAndTimestamps() {
    try (ExprFixture f = new ExprFixture()) {
      int day = (int) java.time.LocalDate.of(2024, 3, 1).toEpochDay();
      long micros = day * 86_400_000_000L;
      RexNode date = f.column(f.type(SqlTypeName.DATE), day, day + 1, null);
      RexNode ts = f.column(f.type(SqlTypeName.TIMESTAMP), micros, micros + 1000, micros + 86_400_000_000L);
      RexNode dateLiteral = f.rex.makeDateLiteral(new DateString(2024, 3, 2));
      assertEquals(List.of(1), f.select(f.rex.makeCall(EQUALS, date, dateLiteral)));
      assertEquals(List.of(0), f.select(f.rex.makeCall(EQUALS, date, ts)));
      assertEquals(List.of(1), f.select(f.rex.makeCall(LESS_THAN, ts, date)));
      RexNode tsLiteral = f.rex.makeTimestampLiteral(new TimestampString("2024-03-01 00:00:00.001"), 3);
      assertEquals(List.of(1), f.select(f.rex.makeCall(EQUALS, ts, tsLiteral)));
      assertEquals(List.of(1), f.select(f.rex.makeCall(GREATER_THAN_OR_EQUAL, date, tsLiteral)));
    }
  }

  @Test
  void booleans() {
    try (ExprFixture f = new ExprFixture()) {
      Object[] a = {true, false, null, true};
      Object[] b = {true, true, false, null};
      RexNode left = f.column(f.type(SqlTypeName.BOOLEAN), a);
      RexNode right = f.column(f.type(SqlTypeName.BOOLEAN), b);
      checkAllShapes(f, left, a, right, b, f.rex.makeLiteral(true), true, f.rex.makeLiteral(false), false);
    }
  }

  @Test
  void nullLiteralGivesNull() {
    try (ExprFixture f = new ExprFixture()) {
      RexNode x = f.column(f.type(SqlTypeName.INTEGER), 1L, 2L);
      RexNode nullLiteral = f.rex.makeNullLiteral(f.type(SqlTypeName.INTEGER));
      assertEquals(Arrays.asList(null, null), f.eval(f.rex.makeCall(EQUALS, x, nullLiteral)));
      assertEquals(List.of(), f.select(f.rex.makeCall(EQUALS, nullLiteral, x)));
    }
  }

  @Test
  void distinctFromTreatsNullsAsEqual() {
    try (ExprFixture f = new ExprFixture()) {
      RexNode a = f.column(f.type(SqlTypeName.INTEGER), 1L, null, null, 2L);
      RexNode b = f.column(f.type(SqlTypeName.INTEGER), 1L, null, 3L, 5L);
      assertEquals(List.of(true, true, false, false), f.eval(f.rex.makeCall(IS_NOT_DISTINCT_FROM, a, b)));
      assertEquals(List.of(false, false, true, true), f.eval(f.rex.makeCall(IS_DISTINCT_FROM, a, b)));
      assertEquals(List.of(2, 3), f.select(f.rex.makeCall(IS_DISTINCT_FROM, a, b)));
    }
  }

  @Test
  void emptyBatch() {
    try (ExprFixture f = new ExprFixture()) {
      RexNode a = f.column(f.type(SqlTypeName.BIGINT));
      RexNode lit = f.rex.makeExactLiteral(BigDecimal.ONE);
      assertEquals(List.of(), f.select(f.rex.makeCall(EQUALS, a, lit)));
      assertEquals(List.of(), f.eval(f.rex.makeCall(EQUALS, a, lit)));
    }
  }
}
