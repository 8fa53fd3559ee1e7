package dev.quiver.jdbc.render;

import dev.quiver.jdbc.arrow.TemporalText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * The one way Quiver writes a value as text, shared by the CLI and the golden-file runner: NULL as
 * null (callers choose the word), booleans {@code true}/{@code false}, DATE {@code 2024-01-31},
 * TIMESTAMP with a fraction only when it is not zero, DOUBLE rounded to 12 decimals without
 * trailing zeros or exponent, DECIMAL exactly with its scale.
 */
public final class ValueRenderer {
  /** Decimal places a DOUBLE is rounded to (DataFusion's sqllogictest does the same). */
  public static final int DOUBLE_DECIMALS = 12;

  private ValueRenderer() {}

  /** The value of column {@code column} (1-based) of the current row, or null for SQL NULL. */
  public static String render(ResultSet rs, int column, int jdbcType) throws SQLException {
    switch (jdbcType) {
      case Types.BOOLEAN:
      case Types.BIT:
        {
          boolean value = rs.getBoolean(column);
          return rs.wasNull() ? null : Boolean.toString(value);
        }
      case Types.TINYINT:
      case Types.SMALLINT:
      case Types.INTEGER:
      case Types.BIGINT:
        {
          long value = rs.getLong(column);
          return rs.wasNull() ? null : Long.toString(value);
        }
      case Types.REAL:
      case Types.FLOAT:
      case Types.DOUBLE:
        {
          double value = rs.getDouble(column);
          return rs.wasNull() ? null : renderDouble(value);
        }
      case Types.DECIMAL:
      case Types.NUMERIC:
        {
          BigDecimal value = rs.getBigDecimal(column);
          return value == null ? null : value.toPlainString();
        }
      case Types.DATE:
        {
          LocalDate value = rs.getObject(column, LocalDate.class);
          return value == null ? null : TemporalText.date(value);
        }
      case Types.TIME:
        {
          LocalTime value = rs.getObject(column, LocalTime.class);
          return value == null ? null : TemporalText.time(value);
        }
      case Types.TIMESTAMP:
        {
          LocalDateTime value = rs.getObject(column, LocalDateTime.class);
          return value == null ? null : TemporalText.timestamp(value);
        }
      default:
        return rs.getString(column);
    }
  }

  /**
   * A double rounded to {@link #DOUBLE_DECIMALS} places, trailing zeros stripped, never in
   * exponent notation: {@code 20.333333333333}, {@code 2.5}, {@code 100000000000000000000}.
   */
  public static String renderDouble(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return Double.toString(value);
    }
    BigDecimal rounded =
        new BigDecimal(Double.toString(value))
            .setScale(DOUBLE_DECIMALS, RoundingMode.HALF_EVEN)
            .stripTrailingZeros();
    if (rounded.signum() == 0) {
      return "0";
    }
    return rounded.toPlainString();
  }
}
