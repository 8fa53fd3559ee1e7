package dev.quiver.jdbc.arrow;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Calendar;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.NullVector;
import org.apache.calcite.avatica.ColumnMetaData;

/** Reads a column of type NULL ({@link NullVector}): every getter sees SQL NULL. */
final class NullAccessor extends ColumnAccessor {
  NullAccessor(ArrowCursor cursor, int column, ColumnMetaData metaData) {
    super(cursor, column, metaData);
  }

  @Override
  void bind(FieldVector vector) throws SQLException {
    expect(vector, NullVector.class);
  }

  @Override
  boolean isNull(int row) {
    return true;
  }

  @Override
  Class<?> naturalClass() {
    return Object.class;
  }

  @Override
  public String getString() throws SQLException {
    rowOrNull();
    return null;
  }

  @Override
  public boolean getBoolean() throws SQLException {
    rowOrNull();
    return false;
  }

  @Override
  public long getLong() throws SQLException {
    rowOrNull();
    return 0;
  }

  @Override
  public double getDouble() throws SQLException {
    rowOrNull();
    return 0;
  }

  @Override
  public BigDecimal getBigDecimal() throws SQLException {
    rowOrNull();
    return null;
  }

  @Override
  public byte[] getBytes() throws SQLException {
    rowOrNull();
    return null;
  }

  @Override
  public Date getDate(Calendar calendar) throws SQLException {
    rowOrNull();
    return null;
  }

  @Override
  public Time getTime(Calendar calendar) throws SQLException {
    rowOrNull();
    return null;
  }

  @Override
  public Timestamp getTimestamp(Calendar calendar) throws SQLException {
    rowOrNull();
    return null;
  }
}
