package dev.quiver.jdbc.arrow;

import java.sql.SQLException;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.IntVector;
import org.apache.calcite.avatica.ColumnMetaData;

/** Reads a INTEGER column from a {@link IntVector}. */
final class IntAccessor extends IntegralAccessor {
  private IntVector vector;

  IntAccessor(ArrowCursor cursor, int column, ColumnMetaData metaData) {
    super(cursor, column, metaData);
  }

  @Override
  void bind(FieldVector vector) throws SQLException {
    this.vector = expect(vector, IntVector.class);
  }

  @Override
  boolean isNull(int row) {
    return vector.isNull(row);
  }

  @Override
  long value(int row) {
    return vector.get(row);
  }

  @Override
  Class<?> naturalClass() {
    return Integer.class;
  }
}
