package dev.quiver.jdbc.arrow;

import java.math.BigDecimal;
import java.sql.SQLException;
import org.apache.calcite.avatica.ColumnMetaData;

/** Reads REAL and DOUBLE columns through one {@code double} getter. */
abstract class FloatingAccessor extends ColumnAccessor {
  FloatingAccessor(ArrowCursor cursor, int column, ColumnMetaData metaData) {
    super(cursor, column, metaData);
  }

  /** The value at a non-NULL row. */
  abstract double value(int row);

  @Override
  public double getDouble() throws SQLException {
    int row = rowOrNull();
    return row < 0 ? 0 : value(row);
  }

  @Override
  public long getLong() throws SQLException {
    double value = getDouble();
    // the range check must happen on the double: casting first would saturate silently
    if (Double.isNaN(value) || value < Long.MIN_VALUE || value >= 0x1p63) {
      throw outOfRange(value, "long");
    }
    return (long) value;
  }

  @Override
  public boolean getBoolean() throws SQLException {
    return getDouble() != 0;
  }

  @Override
  public BigDecimal getBigDecimal() throws SQLException {
    int row = rowOrNull();
    if (row < 0) {
      return null;
    }
    double value = value(row);
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw outOfRange(value, "BigDecimal");
    }
    return new BigDecimal(getString());
  }
}
