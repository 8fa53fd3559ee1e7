package dev.quiver.jdbc.arrow;

import java.math.BigDecimal;
import java.sql.SQLException;
import org.apache.calcite.avatica.ColumnMetaData;

/** Reads TINYINT, SMALLINT, INTEGER and BIGINT columns through one {@code long} getter. */
abstract class IntegralAccessor extends ColumnAccessor {
  IntegralAccessor(ArrowCursor cursor, int column, ColumnMetaData metaData) {
    super(cursor, column, metaData);
  }

  /** The value at a non-NULL row. */
  abstract long value(int row);

  @Override
  public long getLong() throws SQLException {
    int row = rowOrNull();
    return row < 0 ? 0 : value(row);
  }

  @Override
  public double getDouble() throws SQLException {
    return getLong();
  }

  @Override
  public boolean getBoolean() throws SQLException {
    return getLong() != 0;
  }

  @Override
  public BigDecimal getBigDecimal() throws SQLException {
    int row = rowOrNull();
    return row < 0 ? null : BigDecimal.valueOf(value(row));
  }

  @Override
  public String getString() throws SQLException {
    int row = rowOrNull();
    return row < 0 ? null : Long.toString(value(row));
  }
}
