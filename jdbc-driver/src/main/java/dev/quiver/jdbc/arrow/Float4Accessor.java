package dev.quiver.jdbc.arrow;

import java.sql.SQLException;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float4Vector;
import org.apache.calcite.avatica.ColumnMetaData;

/** Reads a REAL column from a {@link Float4Vector}; getString is {@link Float#toString}. */
final class Float4Accessor extends FloatingAccessor {
  private Float4Vector vector;

  Float4Accessor(ArrowCursor cursor, int column, ColumnMetaData metaData) {
    super(cursor, column, metaData);
  }

  @Override
  void bind(FieldVector vector) throws SQLException {
    this.vector = expect(vector, Float4Vector.class);
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
  public float getFloat() throws SQLException {
    int row = rowOrNull();
    return row < 0 ? 0 : vector.get(row);
  }

  @Override
  public String getString() throws SQLException {
    int row = rowOrNull();
    return row < 0 ? null : Float.toString(vector.get(row));
  }

  @Override
  Class<?> naturalClass() {
    return Float.class;
  }
}
