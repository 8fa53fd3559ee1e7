package dev.quiver.jdbc.arrow;

import java.sql.SQLException;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.SmallIntVector;
import org.apache.calcite.avatica.ColumnMetaData;

/** Reads a SMALLINT column from a {@link SmallIntVector}. */
final class SmallIntAccessor extends IntegralAccessor {
  private SmallIntVector vector;

  SmallIntAccessor(ArrowCursor cursor, int column, ColumnMetaData metaData) {
    super(cursor, column, metaData);
  }

  @Override
  void bind(FieldVector vector) throws SQLException {
    this.vector = expect(vector, SmallIntVector.class);
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
    return Short.class;
  }
}
