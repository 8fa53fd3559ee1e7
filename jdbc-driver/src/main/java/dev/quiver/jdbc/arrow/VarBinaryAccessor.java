package dev.quiver.jdbc.arrow;

import java.sql.SQLException;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VarBinaryVector;
import org.apache.calcite.avatica.ColumnMetaData;

/** Reads a BINARY/VARBINARY column from a {@link VarBinaryVector}; getString gives hex digits. */
final class VarBinaryAccessor extends ColumnAccessor {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private VarBinaryVector vector;

  VarBinaryAccessor(ArrowCursor cursor, int column, ColumnMetaData metaData) {
    super(cursor, column, metaData);
  }

  @Override
  void bind(FieldVector vector) throws SQLException {
    this.vector = expect(vector, VarBinaryVector.class);
  }

  @Override
  boolean isNull(int row) {
    return vector.isNull(row);
  }

  @Override
  Class<?> naturalClass() {
    return byte[].class;
  }

  @Override
  public byte[] getBytes() throws SQLException {
    int row = rowOrNull();
    return row < 0 ? null : vector.get(row);
  }

  @Override
  public String getString() throws SQLException {
    byte[] bytes = getBytes();
    if (bytes == null) {
      return null;
    }
    char[] text = new char[bytes.length * 2];
    for (int i = 0; i < bytes.length; i++) {
      text[2 * i] = HEX[(bytes[i] >> 4) & 0xf];
      text[2 * i + 1] = HEX[bytes[i] & 0xf];
    }
    return new String(text);
  }
}
