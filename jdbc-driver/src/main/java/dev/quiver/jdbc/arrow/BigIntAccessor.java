package dev.quiver.jdbc.arrow;

import java.sql.SQLException;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.BigIntVector;
import org.apache.calcite.avatica.ColumnMetaData;

/** Reads a BIGINT column from a {@link BigIntVector}. */
final class BigIntAccessor extends IntegralAccessor {
  private BigIntVector vector;

  BigIntAccessor(ArrowCursor cursor, int column, ColumnMetaData metaData) {
    super(cursor, column, metaData);
  }

  @Override
  void bind(FieldVector vector) throws SQLException {
    this.vector = expect(vector, BigIntVector.class);
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
    return Long.class;
  }
}
