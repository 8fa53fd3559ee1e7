package dev.quiver.jdbc.arrow;

import java.sql.SQLException;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.calcite.avatica.ColumnMetaData;

/** Reads a DOUBLE column from a {@link Float8Vector}; getString is {@link Double#toString}. */
final class Float8Accessor extends FloatingAccessor {
  private Float8Vector vector;

  Float8Accessor(ArrowCursor cursor, int column, ColumnMetaData metaData) {
    super(cursor, column, metaData);
  }

  @Override
  void bind(FieldVector vector) throws SQLException {
    this.vector = expect(vector, Float8Vector.class);
  }

  @Override
  boolean isNull(int row) {
    return vector.isNull(row);
  }

  @Override
  double value(int row) {
    return vector.get(row);
  }

  @Override
  public String getString() throws SQLException {
    int row = rowOrNull();
    return row < 0 ? null : Double.toString(vector.get(row));
  }

  @Override
  Class<?> naturalClass() {
    return Double.class;
  }
}
