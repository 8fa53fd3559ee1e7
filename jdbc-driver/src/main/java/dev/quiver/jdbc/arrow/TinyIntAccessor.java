package dev.quiver.jdbc.arrow;

import java.sql.SQLException;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.TinyIntVector;
import org.apache.calcite.avatica.ColumnMetaData;

/** Reads a TINYINT column from a {@link TinyIntVector}. */
final class TinyIntAccessor extends IntegralAccessor {
  private TinyIntVector vector;

  TinyIntAccessor(ArrowCursor cursor, int column, ColumnMetaData metaData) {
    super(cursor, column, metaData);
  }

  @Override
  void bind(FieldVector vector) throws SQLException {
    this.vector = expect(vector, TinyIntVector.class);
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
    return Byte.class;
  }
}
