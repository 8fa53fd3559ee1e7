package dev.quiver.jdbc.arrow;

import java.math.BigDecimal;
import java.sql.SQLException;
import org.apache.arrow.vector.DecimalVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.calcite.avatica.ColumnMetaData;

/** Reads a DECIMAL column from a {@link DecimalVector}, keeping its scale (12.50 stays 12.50). */
final class DecimalAccessor extends ColumnAccessor {
  private DecimalVector vector;

  DecimalAccessor(ArrowCursor cursor, int column, ColumnMetaData metaData) {
    super(cursor, column, metaData);
  }

  @Override
  void bind(FieldVector vector) throws SQLException {
    this.vector = expect(vector, DecimalVector.class);
  }

  @Override
  boolean isNull(int row) {
    return vector.isNull(row);
  }

  @Override
  Class<?> naturalClass() {
    return BigDecimal.class;
  }

  @Override
  public BigDecimal getBigDecimal() throws SQLException {
    int row = rowOrNull();
    return row < 0 ? null : vector.getObject(row);
  }

  @Override
  public long getLong() throws SQLException {
    BigDecimal value = getBigDecimal();
    return value == null ? 0 : toLong(value);
  }

  @Override
  public double getDouble() throws SQLException {
    BigDecimal value = getBigDecimal();
    return value == null ? 0 : value.doubleValue();
  }

  @Override
  public boolean getBoolean() throws SQLException {
    BigDecimal value = getBigDecimal();
    return value != null && value.signum() != 0;
  }

  @Override
  public String getString() throws SQLException {
    BigDecimal value = getBigDecimal();
    return value == null ? null : value.toPlainString();
  }
}
