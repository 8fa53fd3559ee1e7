package dev.quiver.engine.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quiver.engine.error.ErrorCode;
import dev.quiver.engine.error.QuiverException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.type.SqlTypeName;
import org.junit.jupiter.api.Test;

class CastExprTest {
  private static final long MICROS_PER_DAY = 86_400_000_000L;

  private static RexNode cast(ExprFixture f, RexNode node, RelDataType type) {
    return f.rex.makeAbstractCast(type, node, false);
  }

  @Test
  void doubleToIntegerTruncatesTowardZeroLikeCalcite() {
    try (ExprFixture f = new ExprFixture()) {
      RexNode d = f.column(f.type(SqlTypeName.DOUBLE), 2.7, -2.7, 2.5, null);
      assertEquals(Arrays.asList(2L, -2L, 2L, null), f.eval(cast(f, d, f.type(SqlTypeName.INTEGER))));
      RexNode huge = f.column(f.type(SqlTypeName.DOUBLE), 1e30, 1.0, 1.0, 1.0);
      QuiverException e = assertThrows(QuiverException.class,
          () -> f.eval(cast(f, huge, f.type(SqlTypeName.BIGINT))));
      assertEquals(ErrorCode.USER_ERROR, e.code());
    }
  }

  @Test
  void decimalScaleReductionTruncatesLikeCalcite() {
    try (ExprFixture f = new ExprFixture()) {
      RexNode d = f.column(f.type(SqlTypeName.DECIMAL, 5, 2),
          new BigDecimal("2.26"), new BigDecimal("-2.26"));
      assertEquals(List.of(new BigDecimal("2.2"), new BigDecimal("-2.2")),
          f.eval(cast(f, d, f.type(SqlTypeName.DECIMAL, 5, 1))));
      assertEquals(List.of(2L, -2L), f.eval(cast(f, d, f.type(SqlTypeName.INTEGER))));
      assertEquals(List.of(2.26, -2.26), f.eval(cast(f, d, f.type(SqlTypeName.DOUBLE))));
    }
  }

  @Test
  void integerWideningAndNarrowing() {
    try (ExprFixture f = new ExprFixture()) {
      RexNode i = f.column(f.type(SqlTypeName.INTEGER), 1L, null, 300L);
      assertEquals(Arrays.asList(1L, null, 300L), f.eval(cast(f, i, f.type(SqlTypeName.BIGINT))));
      assertEquals(Arrays.asList(1.0, null, 300.0), f.eval(cast(f, i, f.type(SqlTypeName.DOUBLE))));
      assertEquals(Arrays.asList(new BigDecimal("1.00"), null, new BigDecimal("300.00")),
          f.eval(cast(f, i, f.type(SqlTypeName.DECIMAL, 10, 2))));
      QuiverException e = assertThrows(QuiverException.class,
          () -> f.eval(cast(f, i, f.type(SqlTypeName.TINYINT))));
      assertTrue(e.getMessage().contains("300"), e.getMessage());
    }
  }

  @Test
  void toVarcharFromEveryType() {
    try (ExprFixture f = new ExprFixture()) {
      RelDataType varchar = f.type(SqlTypeName.VARCHAR);
      int day = (int) LocalDate.of(2020, 1, 2).toEpochDay();
      RexNode b = f.column(f.type(SqlTypeName.BOOLEAN), true, false, null);
      RexNode i = f.column(f.type(SqlTypeName.INTEGER), -5L, 0L, 1L);
      RexNode d = f.column(f.type(SqlTypeName.DOUBLE), 1.5, 1e20, 100.0);
      RexNode dec = f.column(f.type(SqlTypeName.DECIMAL, 5, 2),
          new BigDecimal("1.50"), new BigDecimal("-0.01"), new BigDecimal("0.00"));
      RexNode date = f.column(f.type(SqlTypeName.DATE), day, day + 1, null);
      long base = day * MICROS_PER_DAY + ((3 * 60 + 4) * 60 + 5) * 1_000_000L;
      RexNode ts = f.column(f.type(SqlTypeName.TIMESTAMP), base, base + 120_000, base + 1);
      assertEquals(Arrays.asList("TRUE", "FALSE", null), f.eval(cast(f, b, varchar)));
      assertEquals(List.of("-5", "0", "1"), f.eval(cast(f, i, varchar)));
      assertEquals(List.of("1.5", "1.0E20", "100.0"), f.eval(cast(f, d, varchar)));
      assertEquals(List.of("1.50", "-0.01", "0.00"), f.eval(cast(f, dec, varchar)));
      assertEquals(Arrays.asList("2020-01-02", "2020-01-03", null), f.eval(cast(f, date, varchar)));
      assertEquals(
          List.of("2020-01-02 03:04:05", "2020-01-02 03:04:05.12", "2020-01-02 03:04:05.000001"),
          f.eval(cast(f, ts, varchar)));
    }
  }

  @Test
  void fromVarchar() {
    try (ExprFixture f = new ExprFixture()) {
      RexNode s = f.column(f.type(SqlTypeName.VARCHAR), " 12 ", "2021-1-5", "true");
      f.selection(0);
      assertEquals(List.of(12L), f.eval(cast(f, s, f.type(SqlTypeName.INTEGER))));
      assertEquals(List.of(12.0), f.eval(cast(f, s, f.type(SqlTypeName.DOUBLE))));
      assertEquals(List.of(new BigDecimal("12.0")), f.eval(cast(f, s, f.type(SqlTypeName.DECIMAL, 5, 1))));
      f.selection(1);
      assertEquals(List.of((int) LocalDate.of(2021, 1, 5).toEpochDay()),
          f.eval(cast(f, s, f.type(SqlTypeName.DATE))));
      assertEquals(List.of(LocalDate.of(2021, 1, 5).toEpochDay() * MICROS_PER_DAY),
          f.eval(cast(f, s, f.type(SqlTypeName.TIMESTAMP))));
      f.selection(2);
      assertEquals(List.of(true), f.eval(cast(f, s, f.type(SqlTypeName.BOOLEAN))));
    }
  }

  @Test
  void badTextNamesTheValueAndTheTargetType() {
    try (ExprFixture f = new ExprFixture()) {
      RexNode s = f.column(f.type(SqlTypeName.VARCHAR), "2021-13-01", "abc");
      f.selection(0);
      QuiverException date = assertThrows(QuiverException.class,
          () -> f.eval(cast(f, s, f.type(SqlTypeName.DATE))));
      assertEquals(ErrorCode.USER_ERROR, date.code());
      assertTrue(date.getMessage().contains("'2021-13-01'") && date.getMessage().contains("DATE"),
          date.getMessage());
      f.selection(1);
      QuiverException number = assertThrows(QuiverException.class,
          () -> f.eval(cast(f, s, f.type(SqlTypeName.INTEGER))));
      assertTrue(number.getMessage().contains("'abc'") && number.getMessage().contains("INTEGER"),
          number.getMessage());
      QuiverException bool = assertThrows(QuiverException.class,
          () -> f.eval(cast(f, s, f.type(SqlTypeName.BOOLEAN))));
      assertTrue(bool.getMessage().contains("BOOLEAN"), bool.getMessage());
    }
  }

  @Test
  void dateAndTimestampConvert() {
    try (ExprFixture f = new ExprFixture()) {
      RexNode ts = f.column(f.type(SqlTypeName.TIMESTAMP), MICROS_PER_DAY + 5, -1L);
      assertEquals(List.of(1, -1), f.eval(cast(f, ts, f.type(SqlTypeName.DATE))));
      RexNode date = f.column(f.type(SqlTypeName.DATE), 1, -1);
      assertEquals(List.of(MICROS_PER_DAY, -MICROS_PER_DAY),
          f.eval(cast(f, date, f.type(SqlTypeName.TIMESTAMP))));
    }
  }
}
