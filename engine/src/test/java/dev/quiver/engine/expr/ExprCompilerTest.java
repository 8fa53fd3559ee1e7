package dev.quiver.engine.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quiver.engine.error.ErrorCode;
import dev.quiver.engine.error.QuiverException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.fun.SqlLibraryOperators;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.type.SqlTypeName;
import org.junit.jupiter.api.Test;

class ExprCompilerTest {

  private static RexNode integer(ExprFixture f, long value) {
    return f.rex.makeExactLiteral(BigDecimal.valueOf(value));
  }

  @Test
  void searchInListAndBetweenAreExpanded() {
    try (ExprFixture f = new ExprFixture()) {
      RexNode x = f.column(f.type(SqlTypeName.INTEGER), 1L, 2L, 3L, 4L, 5L, null);
      RexNode in = f.rex.makeIn(x, List.of(integer(f, 2), integer(f, 4), integer(f, 9)));
      assertEquals(SqlTypeName.BOOLEAN, in.getType().getSqlTypeName());
      assertTrue(ExprCompiler.canCompile(in, f.rowType()));
      assertEquals(List.of(1, 3), f.select(in));
      RexNode between = f.rex.makeBetween(x, integer(f, 2), integer(f, 4));
      assertTrue(ExprCompiler.canCompile(between, f.rowType()));
      assertEquals(List.of(1, 2, 3), f.select(between));
      RexNode strings = f.column(f.type(SqlTypeName.VARCHAR), "a", "b", "c", "d", "e", null);
      RexNode inStrings = f.rex.makeIn(strings, List.of(f.rex.makeLiteral("b"), f.rex.makeLiteral("e")));
      assertEquals(List.of(1, 4), f.select(inStrings));
    }
  }

  @Test
  void declinesWhatItCannotEvaluate() {
    try (ExprFixture f = new ExprFixture()) {
      RexNode s = f.column(f.type(SqlTypeName.VARCHAR), "a");
      RexNode i = f.column(f.type(SqlTypeName.INTEGER), 1L);
      RexNode sounds = f.rex.makeCall(SqlStdOperatorTable.INITCAP, s);
      assertFalse(ExprCompiler.canCompile(sounds, f.rowType()));
      QuiverException e = assertThrows(QuiverException.class, () -> f.compile(sounds));
      assertEquals(ErrorCode.NOT_SUPPORTED, e.code());
      RexNode pattern = f.rex.makeCall(SqlStdOperatorTable.LIKE, s, s);
      assertFalse(ExprCompiler.canCompile(pattern, f.rowType()));
      RexNode ilike = f.rex.makeCall(SqlLibraryOperators.ILIKE, s, f.rex.makeLiteral("a%"));
      assertFalse(ExprCompiler.canCompile(ilike, f.rowType()));
      assertTrue(ExprCompiler.canCompile(
          f.rex.makeCall(SqlStdOperatorTable.PLUS, i, integer(f, 1)), f.rowType()));
      RexNode nested = f.rex.makeCall(SqlStdOperatorTable.EQUALS, f.rex.makeCall(SqlStdOperatorTable.INITCAP, s), s);
      assertFalse(ExprCompiler.canCompile(nested, f.rowType()));
    }
  }

  @Test
  void toStringLooksLikeCalcite() {
    try (ExprFixture f = new ExprFixture()) {
      RexNode a = f.column(f.type(SqlTypeName.INTEGER), 1L);
      RexNode b = f.column(f.type(SqlTypeName.INTEGER), 1L);
      RexNode node = f.rex.makeCall(SqlStdOperatorTable.AND,
          f.rex.makeCall(SqlStdOperatorTable.GREATER_THAN, b, integer(f, 10)),
          f.rex.makeCall(SqlStdOperatorTable.IS_NOT_NULL, a));
      try (PhysicalExpr expr = f.compile(node)) {
        assertEquals("AND(>($1, 10), IS NOT NULL($0))", expr.toString());
      }
    }
  }

  @Test
  void literalsOfEveryTypeEvaluateToScalars() {
    try (ExprFixture f = new ExprFixture()) {
      f.column(f.type(SqlTypeName.INTEGER), 1L);
      assertEquals(List.of("x"), f.eval(f.rex.makeLiteral("x")));
      assertEquals(List.of(true), f.eval(f.rex.makeLiteral(true)));
      assertEquals(List.of(new BigDecimal("1.5")), f.eval(f.rex.makeExactLiteral(new BigDecimal("1.5"))));
      assertEquals(List.of(2.5), f.eval(f.rex.makeApproxLiteral(BigDecimal.valueOf(2.5))));
      assertEquals(List.of(10), f.eval(f.rex.makeDateLiteral(new org.apache.calcite.util.DateString(1970, 1, 11))));
    }
  }
}
