package dev.quiver.engine.expr;

import static org.apache.calcite.sql.fun.SqlStdOperatorTable.DIVIDE;
import static org.apache.calcite.sql.fun.SqlStdOperatorTable.MINUS;
import static org.apache.calcite.sql.fun.SqlStdOperatorTable.MOD;
import static org.apache.calcite.sql.fun.SqlStdOperatorTable.MULTIPLY;
import static org.apache.calcite.sql.fun.SqlStdOperatorTable.PLUS;
import static org.apache.calcite.sql.fun.SqlStdOperatorTable.UNARY_MINUS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quiver.engine.error.ErrorCode;
import dev.quiver.engine.error.QuiverException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.type.SqlTypeName;
import org.junit.jupiter.api.Test;

class ArithmeticExprTest {

  @Test
  void bigintInEveryShapeWithNulls() {
    for (int[] selection : new int[][] {null, {0, 2, 3}}) {
      try (ExprFixture f = new ExprFixture()) {
        RexNode a = f.column(f.type(SqlTypeName.BIGINT), 7L, -7L, null, 10L);
        RexNode b = f.column(f.type(SqlTypeName.BIGINT), 2L, 2L, 1L, null);
        if (selection != null) {
          f.selection(selection);
        }
        RexNode three = f.rex.makeExactLiteral(BigDecimal.valueOf(3), f.type(SqlTypeName.BIGINT));
        assertEquals(live(f, 9L, -5L, null, null), f.eval(f.rex.makeCall(PLUS, a, b)));
        assertEquals(live(f, 10L, -4L, null, 13L), f.eval(f.rex.makeCall(PLUS, a, three)));
        assertEquals(live(f, -4L, 10L, null, -7L), f.eval(f.rex.makeCall(MINUS, three, a)));
        assertEquals(live(f, 14L, -14L, null, null), f.eval(f.rex.makeCall(MULTIPLY, a, b)));
        // Integer division truncates toward zero; MOD takes the dividend's sign.
        assertEquals(live(f, 3L, -3L, null, null), f.eval(f.rex.makeCall(DIVIDE, a, b)));
        assertEquals(live(f, 1L, -1L, null, null), f.eval(f.rex.makeCall(MOD, a, b)));
        assertEquals(live(f, -7L, 7L, null, -10L), f.eval(f.rex.makeCall(UNARY_MINUS, a)));
        assertEquals(live(f, 6L, 6L, 6L, 6L), f.eval(f.rex.makeCall(PLUS, three, three)));
      }
    }
  }

  private static List<Object> live(ExprFixture f, Object... all) {
    var batch = f.batch();
    Object[] result = new Object[batch.selectedCount()];
    for (int k = 0; k < result.length; k++) {
      result[k] = all[batch.position(k)];
    }
    return Arrays.asList(result);
  }

  @Test
  void integerShapes() {
    try (ExprFixture f = new ExprFixture()) {
      RexNode a = f.column(f.type(SqlTypeName.INTEGER), 7L, null, 100L);
      RexNode b = f.column(f.type(SqlTypeName.INTEGER), 2L, 3L, 0L);
      RexNode two = f.rex.makeExactLiteral(BigDecimal.valueOf(2));
      assertEquals(Arrays.asList(9L, null, 102L), f.eval(f.rex.makeCall(PLUS, a, two)));
      assertEquals(Arrays.asList(14L, null, 200L), f.eval(f.rex.makeCall(MULTIPLY, two, a)));
      assertEquals(Arrays.asList(9L, null, 100L), f.eval(f.rex.makeCall(PLUS, a, b)));
    }
  }

  @Test
  void divisionByZeroIsAUserErrorButNotOnNullRows() {
    try (ExprFixture f = new ExprFixture()) {
      RexNode a = f.column(f.type(SqlTypeName.INTEGER), 7L, null, 5L);
      RexNode b = f.column(f.type(SqlTypeName.INTEGER), 2L, 0L, 0L);
      QuiverException e =
          assertThrows(QuiverException.class, () -> f.eval(f.rex.makeCall(DIVIDE, a, b)));
      assertEquals(ErrorCode.USER_ERROR, e.code());
      assertTrue(e.getMessage().startsWith("Division by zero"), e.getMessage());
      f.selection(0, 1);
      assertEquals(Arrays.asList(3L, null), f.eval(f.rex.makeCall(DIVIDE, a, b)));
      assertEquals(Arrays.asList(1L, null), f.eval(f.rex.makeCall(MOD, a, b)));
    }
  }

  @Test
  void bigintOverflowIsAUserError() {
    try (ExprFixture f = new ExprFixture()) {
      RexNode a = f.column(f.type(SqlTypeName.BIGINT), Long.MAX_VALUE, 1L);
      RexNode one = f.rex.makeExactLiteral(BigDecimal.ONE, f.type(SqlTypeName.BIGINT));
      QuiverException e = assertThrows(QuiverException.class, () -> f.eval(f.rex.makeCall(PLUS, a, one)));
      assertEquals(ErrorCode.USER_ERROR, e.code());
      assertEquals("BIGINT overflow in +($0, 1:BIGINT)", e.getMessage());
      f.selection(1);
      assertEquals(List.of(2L), f.eval(f.rex.makeCall(PLUS, a, one)));
    }
  }

  @Test
  void doublesFollowIeee() {
    try (ExprFixture f = new ExprFixture()) {
      RexNode a = f.column(f.type(SqlTypeName.DOUBLE), 1.0, -1.0, 0.0, null);
      RexNode zero = f.rex.makeApproxLiteral(BigDecimal.ZERO);
      List<Object> result = f.eval(f.rex.makeCall(DIVIDE, a, zero));
      assertEquals(Double.POSITIVE_INFINITY, result.get(0));
      assertEquals(Double.NEGATIVE_INFINITY, result.get(1));
      assertTrue(Double.isNaN((Double) result.get(2)));
      assertEquals(null, result.get(3));
      RexNode b = f.column(f.type(SqlTypeName.DOUBLE), 0.5, 0.5, 0.5, 0.5);
      assertEquals(Arrays.asList(1.5, -0.5, 0.5, null), f.eval(f.rex.makeCall(PLUS, a, b)));
    }
  }

  @Test
  void mixedIntegerAndDouble() {
    try (ExprFixture f = new ExprFixture()) {
      RexNode i = f.column(f.type(SqlTypeName.INTEGER), 3L, null);
      RexNode d = f.column(f.type(SqlTypeName.DOUBLE), 0.5, 1.0);
      assertEquals(Arrays.asList(3.5, null), f.eval(f.rex.makeCall(PLUS, i, d)));
    }
  }

  @Test
  void decimalsAreExact() {
    try (ExprFixture f = new ExprFixture()) {
      RexNode price = f.column(f.type(SqlTypeName.DECIMAL, 15, 2),
          new BigDecimal("100.10"), new BigDecimal("0.01"), null);
      RexNode discount = f.column(f.type(SqlTypeName.DECIMAL, 15, 2),
          new BigDecimal("0.05"), new BigDecimal("0.10"), new BigDecimal("0.00"));
      RexNode one = f.rex.makeExactLiteral(BigDecimal.ONE);
      RexNode oneMinus = f.rex.makeCall(MINUS, one, discount);
      assertEquals(Arrays.asList(new BigDecimal("0.95"), new BigDecimal("0.90"), new BigDecimal("1.00")),
          f.eval(oneMinus));
      assertEquals(Arrays.asList(new BigDecimal("95.0950"), new BigDecimal("0.0090"), null),
          f.eval(f.rex.makeCall(MULTIPLY, price, oneMinus)));
      assertEquals(Arrays.asList(new BigDecimal("100.15"), new BigDecimal("0.11"), null),
          f.eval(f.rex.makeCall(PLUS, price, discount)));
      RexNode quotient = f.rex.makeCall(DIVIDE, price, discount);
      List<Object> divided = f.eval(quotient);
      assertEquals(0, new BigDecimal("2002").compareTo((BigDecimal) divided.get(0)), divided.toString());
      f.selection(0, 1);
      assertThrows(QuiverException.class, () -> f.eval(f.rex.makeCall(DIVIDE, discount,
          f.rex.makeExactLiteral(new BigDecimal("0.00")))));
    }
  }

  @Test
  void decimalBeyondLongRangeFallsBackToBigDecimal() {
    try (ExprFixture f = new ExprFixture()) {
      RexNode big = f.column(f.type(SqlTypeName.DECIMAL, 19, 0),
          new BigDecimal("9223372036854775807"), new BigDecimal("1"));
      RexNode one = f.rex.makeExactLiteral(BigDecimal.ONE);
      assertEquals(Arrays.asList(new BigDecimal("9223372036854775808"), new BigDecimal("2")),
          f.eval(f.rex.makeCall(PLUS, big, one)));
    }
  }
}
