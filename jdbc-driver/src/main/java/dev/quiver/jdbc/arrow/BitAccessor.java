package dev.quiver.jdbc.arrow;

import java.sql.SQLException;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.calcite.avatica.ColumnMetaData;

/** Reads a BOOLEAN column from a {@link BitVector}; as a number, true is 1. */
final class BitAccessor extends ColumnAccessor {
  private BitVector vector;

  BitAccessor(ArrowCursor cursor, int column, ColumnMetaData metaData) {
    super(cursor, column, metaData);
  }

  @Override
  void bind(FieldVector vector) throws SQLException {
    this.vector = expect(vector, BitVector.class);
  }

  @Override
  boolean isNull(int row) {
    return vector.isNull(row);
  }

  @Override
  Class<?> naturalClass() {
    return Boolean.class;
  }

  @Override
  public boolean getBoolean() throws SQLException {
    int row = rowOrNull();
    return row >= 0 && vector.get(row) != 0;
  }

  @Override
  public long getLong() throws SQLException {
    return getBoolean() ? 1 : 0;
  }

  @Override
  public double getDouble() throws SQLException {
    return getLong();
  }

  @Override
  public String getString() throws SQLException {
    int row = rowOrNull();
    return row < 0 ? null : Boolean.toString(vector.get(row) != 0);
  }
}
