package dev.quiver.engine.expr;

import static org.apache.calcite.sql.fun.SqlStdOperatorTable.ABS;
import static org.apache.calcite.sql.fun.SqlStdOperatorTable.CASE;
import static org.apache.calcite.sql.fun.SqlStdOperatorTable.CEIL;
import static org.apache.calcite.sql.fun.SqlStdOperatorTable.CHAR_LENGTH;
import static org.apache.calcite.sql.fun.SqlStdOperatorTable.COALESCE;
import static org.apache.calcite.sql.fun.SqlStdOperatorTable.CONCAT;
import static org.apache.calcite.sql.fun.SqlStdOperatorTable.DATETIME_PLUS;
import static org.apache.calcite.sql.fun.SqlStdOperatorTable.DIVIDE;
import static org.apache.calcite.sql.fun.SqlStdOperatorTable.EQUALS;
import static org.apache.calcite.sql.fun.SqlStdOperatorTable.EXTRACT;
import static org.apache.calcite.sql.fun.SqlStdOperatorTable.FLOOR;
import static org.apache.calcite.sql.fun.SqlStdOperatorTable.GREATER_THAN;
import static org.apache.calcite.sql.fun.SqlStdOperatorTable.LIKE;
import static org.apache.calcite.sql.fun.SqlStdOperatorTable.LOWER;
import static org.apache.calcite.sql.fun.SqlStdOperatorTable.NOT_EQUALS;
import static org.apache.calcite.sql.fun.SqlStdOperatorTable.NOT;
import static org.apache.calcite.sql.fun.SqlStdOperatorTable.POSITION;
import static org.apache.calcite.sql.fun.SqlStdOperatorTable.REPLACE;
import static org.apache.calcite.sql.fun.SqlStdOperatorTable.ROUND;
import static org.apache.calcite.sql.fun.SqlStdOperatorTable.SQRT;
import static org.apache.calcite.sql.fun.SqlStdOperatorTable.SUBSTRING;
import static org.apache.calcite.sql.fun.SqlStdOperatorTable.TRIM;
import static org.apache.calcite.sql.fun.SqlStdOperatorTable.UPPER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.calcite.avatica.util.TimeUnit;
import org.apache.calcite.avatica.util.TimeUnitRange;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlIntervalQualifier;
import org.apache.calcite.sql.fun.SqlTrimFunction;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlTypeName;
import org.junit.jupiter.api.Test;

class FunctionExprTest {
  private static final long MICROS_PER_DAY = 86_400_000_000L;

  private static RexNode integer(ExprFixture f, long value) {
    return f.rex.makeExactLiteral(BigDecimal.valueOf(value));
  }

  @Test
  void likeFastPathsRegexEscapeAndNulls() {
    try (ExprFixture f = new ExprFixture()) {
      RexNode s = f.column(f.type(SqlTypeName.VARCHAR),
          "apple", "pineapple", null, "applesauce", "a_b", "ab", "grape");
      assertEquals(List.of(0, 3), f.select(f.rex.makeCall(LIKE, s, f.rex.makeLiteral("apple%"))));
      assertEquals(List.of(0, 1), f.select(f.rex.makeCall(LIKE, s, f.rex.makeLiteral("%apple"))));
      assertEquals(List.of(0, 1, 3), f.select(f.rex.makeCall(LIKE, s, f.rex.makeLiteral("%ppl%"))));
      assertEquals(List.of(0), f.select(f.rex.makeCall(LIKE, s, f.rex.makeLiteral("apple"))));
      assertEquals(List.of(0, 1, 3, 6), f.select(f.rex.makeCall(LIKE, s, f.rex.makeLiteral("_%p%e"))));
      assertEquals(List.of(4), f.select(f.rex.makeCall(LIKE, s, f.rex.makeLiteral("a\\_b"),
          f.rex.makeLiteral("\\"))));
      assertEquals(List.of(4, 5), f.select(f.rex.makeCall(LIKE, s, f.rex.makeLiteral("a%b"))));
      assertEquals(List.of(1, 4, 5, 6), f.select(f.rex.makeCall(NOT, f.rex.makeCall(LIKE, s, f.rex.makeLiteral("apple%")))));
      assertEquals(Arrays.asList(true, false, null, true, false, false, false),
          f.eval(f.rex.makeCall(LIKE, s, f.rex.makeLiteral("apple%"))));
      assertEquals(Arrays.asList(false, true, null, false, true, true, true),
          f.eval(f.rex.makeCall(NOT, f.rex.makeCall(LIKE, s, f.rex.makeLiteral("apple%")))));
      f.selection(1, 2, 3);
      assertEquals(List.of(3), f.select(f.rex.makeCall(LIKE, s, f.rex.makeLiteral("apple%"))));
    }
  }

  @Test
  void likeWithAParameterPattern() {
    try (ExprFixture f = new ExprFixture()) {
      RexNode s = f.column(f.type(SqlTypeName.VARCHAR), "abc", "xbc");
      f.parameters("a%");
      RexNode param = f.rex.makeDynamicParam(f.type(SqlTypeName.VARCHAR), 0);
      assertEquals(List.of(0), f.select(f.rex.makeCall(LIKE, s, param)));
    }
  }

  @Test
  void stringFunctions() {
    try (ExprFixture f = new ExprFixture()) {
      RexNode s = f.column(f.type(SqlTypeName.VARCHAR), "hello", null, "héllo");
      assertEquals(Arrays.asList("HELLO", null, "HÉLLO"), f.eval(f.rex.makeCall(UPPER, s)));
      assertEquals(Arrays.asList("hello", null, "héllo"),
          f.eval(f.rex.makeCall(LOWER, f.rex.makeCall(UPPER, s))));
      assertEquals(Arrays.asList(5L, null, 5L), f.eval(f.rex.makeCall(CHAR_LENGTH, s)));
      assertEquals(Arrays.asList("ello", null, "éllo"), f.eval(f.rex.makeCall(SUBSTRING, s, integer(f, 2))));
      assertEquals(Arrays.asList("he", null, "hé"),
          f.eval(f.rex.makeCall(SUBSTRING, s, integer(f, 0), integer(f, 3))));
      assertEquals(Arrays.asList("h", null, "h"),
          f.eval(f.rex.makeCall(SUBSTRING, s, integer(f, -1), integer(f, 3))));
      assertEquals(Arrays.asList("", null, ""),
          f.eval(f.rex.makeCall(SUBSTRING, s, integer(f, 9), integer(f, 3))));
      assertEquals(Arrays.asList(3L, null, 3L), f.eval(f.rex.makeCall(POSITION, f.rex.makeLiteral("l"), s)));
      assertEquals(Arrays.asList("helloz", null, "héllo" + "z"),
          f.eval(f.rex.makeCall(CONCAT, s, f.rex.makeLiteral("z"))));
      assertEquals(Arrays.asList("heLLo", null, "héLLo"),
          f.eval(f.rex.makeCall(REPLACE, s, f.rex.makeLiteral("l"), f.rex.makeLiteral("L"))));
      RexNode both = f.rex.makeFlag(SqlTrimFunction.Flag.BOTH);
      RexNode leading = f.rex.makeFlag(SqlTrimFunction.Flag.LEADING);
      RexNode padded = f.column(f.type(SqlTypeName.VARCHAR), "xxhixx", "hi", "x");
      assertEquals(Arrays.asList("hi", "hi", ""),
          f.eval(f.rex.makeCall(TRIM, both, f.rex.makeLiteral("x"), padded)));
      assertEquals(Arrays.asList("hixx", "hi", ""),
          f.eval(f.rex.makeCall(TRIM, leading, f.rex.makeLiteral("x"), padded)));
    }
  }

  @Test
  void extractAndFloorOfDatesAndTimestamps() {
    try (ExprFixture f = new ExprFixture()) {
      int day = (int) LocalDate.of(2021, 1, 3).toEpochDay();
      long ts = day * MICROS_PER_DAY + ((10 * 60 + 11) * 60 + 12) * 1_000_000L;
      RexNode t = f.column(f.type(SqlTypeName.TIMESTAMP), ts, null);
      RexNode d = f.column(f.type(SqlTypeName.DATE), day, day + 1);
      assertEquals(Arrays.asList(2021L, null), f.eval(extract(f, TimeUnitRange.YEAR, t)));
      assertEquals(Arrays.asList(1L, null), f.eval(extract(f, TimeUnitRange.DOW, t)));
      assertEquals(Arrays.asList(53L, null), f.eval(extract(f, TimeUnitRange.WEEK, t)));
      assertEquals(Arrays.asList(3L, null), f.eval(extract(f, TimeUnitRange.DOY, t)));
      assertEquals(Arrays.asList(1609668672L, null), f.eval(extract(f, TimeUnitRange.EPOCH, t)));
      assertEquals(Arrays.asList(1L, null), f.eval(extract(f, TimeUnitRange.QUARTER, t)));
      assertEquals(Arrays.asList(12L, null), f.eval(extract(f, TimeUnitRange.SECOND, t)));
      assertEquals(Arrays.asList(10L, null), f.eval(extract(f, TimeUnitRange.HOUR, t)));
      assertEquals(List.of(1L, 1L), f.eval(extract(f, TimeUnitRange.MONTH, d)));
      assertEquals(List.of(1609632000L, 1609718400L), f.eval(extract(f, TimeUnitRange.EPOCH, d)));
      long jan1 = LocalDate.of(2021, 1, 1).toEpochDay() * MICROS_PER_DAY;
      assertEquals(Arrays.asList(jan1, null),
          f.eval(f.rex.makeCall(FLOOR, t, f.rex.makeFlag(TimeUnitRange.MONTH))));
      assertEquals(Arrays.asList(day * MICROS_PER_DAY, null),
          f.eval(f.rex.makeCall(FLOOR, t, f.rex.makeFlag(TimeUnitRange.WEEK))));
      assertEquals(Arrays.asList((day + 1) * MICROS_PER_DAY, null),
          f.eval(f.rex.makeCall(CEIL, t, f.rex.makeFlag(TimeUnitRange.DAY))));
    }
  }

  private static RexNode extract(ExprFixture f, TimeUnitRange unit, RexNode value) {
    return f.rex.makeCall(EXTRACT, f.rex.makeFlag(unit), value);
  }

  @Test
  void dateAndTimestampPlusIntervalLiterals() {
    try (ExprFixture f = new ExprFixture()) {
      int day = (int) LocalDate.of(2021, 1, 31).toEpochDay();
      RexNode d = f.column(f.type(SqlTypeName.DATE), day, null);
      RexNode month = f.rex.makeIntervalLiteral(BigDecimal.ONE,
          new SqlIntervalQualifier(TimeUnit.MONTH, null, SqlParserPos.ZERO));
      RexNode threeDays = f.rex.makeIntervalLiteral(BigDecimal.valueOf(3 * 86_400_000L),
          new SqlIntervalQualifier(TimeUnit.DAY, null, SqlParserPos.ZERO));
      assertEquals(Arrays.asList((int) LocalDate.of(2021, 2, 28).toEpochDay(), null),
          f.eval(f.rex.makeCall(d.getType(), DATETIME_PLUS, List.of(d, month))));
      assertEquals(Arrays.asList(day + 3, null),
          f.eval(f.rex.makeCall(d.getType(), DATETIME_PLUS, List.of(d, threeDays))));
    }
  }

  @Test
  void caseEvaluatesBranchesOnlyWhereNeeded() {
    try (ExprFixture f = new ExprFixture()) {
      RexNode a = f.column(f.type(SqlTypeName.INTEGER), 10L, 7L, null, 9L);
      RexNode b = f.column(f.type(SqlTypeName.INTEGER), 2L, 0L, 1L, 3L);
      RexNode guard = f.rex.makeCall(NOT_EQUALS, b, integer(f, 0));
      RexNode quotient = f.rex.makeCall(DIVIDE, a, b);
      // Division by zero on row 1 is never evaluated.
      RexNode expr = f.rex.makeCall(CASE, guard, quotient, integer(f, -1));
      assertEquals(Arrays.asList(5L, -1L, null, 3L), f.eval(expr));
      RexNode nullCondition = f.rex.makeCall(GREATER_THAN, a, integer(f, 8));
      RexNode twoBranches = f.rex.makeCall(CASE, nullCondition, f.rex.makeLiteral("big"),
          f.rex.makeCall(EQUALS, b, integer(f, 0)), f.rex.makeLiteral("zero"),
          f.rex.makeLiteral("other"));
      assertEquals(Arrays.asList("big", "zero", "other", "big"), f.eval(twoBranches));
      f.selection(1, 2);
      assertEquals(Arrays.asList("zero", "other"), f.eval(twoBranches));
    }
  }

  @Test
  void coalescePicksFirstNonNull() {
    try (ExprFixture f = new ExprFixture()) {
      RexNode a = f.column(f.type(SqlTypeName.BIGINT), null, 2L, null);
      RexNode b = f.column(f.type(SqlTypeName.BIGINT), 1L, 5L, null);
      RexNode zero = f.rex.makeExactLiteral(BigDecimal.ZERO, f.type(SqlTypeName.BIGINT));
      assertEquals(List.of(1L, 2L, 0L), f.eval(f.rex.makeCall(COALESCE, a, b, zero)));
    }
  }

  @Test
  void mathFunctions() {
    try (ExprFixture f = new ExprFixture()) {
      RexNode d = f.column(f.type(SqlTypeName.DOUBLE), 2.5, -2.5, 4.0, null);
      RexNode dec = f.column(f.type(SqlTypeName.DECIMAL, 5, 2),
          new BigDecimal("2.25"), new BigDecimal("-2.25"), new BigDecimal("1.00"), null);
      RexNode i = f.column(f.type(SqlTypeName.INTEGER), -3L, 3L, 15L, null);
      assertEquals(Arrays.asList(3.0, -3.0, 4.0, null), f.eval(f.rex.makeCall(ROUND, d)));
      assertEquals(Arrays.asList(new BigDecimal("2.30"), new BigDecimal("-2.30"), new BigDecimal("1.00"), null),
          f.eval(f.rex.makeCall(ROUND, dec, integer(f, 1))));
      assertEquals(Arrays.asList(-0L, 0L, 20L, null), f.eval(f.rex.makeCall(ROUND, i, integer(f, -1))));
      assertEquals(Arrays.asList(3L, 3L, 15L, null), f.eval(f.rex.makeCall(ABS, i)));
      assertEquals(Arrays.asList(2.0, -3.0, 4.0, null), f.eval(f.rex.makeCall(FLOOR, d)));
      assertEquals(Arrays.asList(Math.sqrt(2.5), Double.NaN, 2.0, null), f.eval(f.rex.makeCall(SQRT, d)));
    }
  }

  @Test
  void parametersConvertToTheirType() {
    try (ExprFixture f = new ExprFixture()) {
      RexNode x = f.column(f.type(SqlTypeName.BIGINT), 1L, 5L, 9L);
      RexNode p = f.rex.makeDynamicParam(f.type(SqlTypeName.BIGINT), 0);
      f.parameters(4);
      assertEquals(List.of(1, 2), f.select(f.rex.makeCall(GREATER_THAN, x, p)));
      f.parameters(8);
      assertEquals(List.of(2), f.select(f.rex.makeCall(GREATER_THAN, x, p)));
      RexNode date = f.column(f.type(SqlTypeName.DATE), 0, 1, 2);
      RexNode dp = f.rex.makeDynamicParam(f.type(SqlTypeName.DATE), 0);
      f.parameters(LocalDate.of(1970, 1, 2));
      assertEquals(List.of(1), f.select(f.rex.makeCall(EQUALS, date, dp)));
    }
  }
}
