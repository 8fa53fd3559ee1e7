package dev.quiver.jdbc.arrow;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Calendar;
import java.util.Locale;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.calcite.avatica.ColumnMetaData;

/**
 * Reads a CHAR/VARCHAR column from a {@link VarCharVector}. The numeric, boolean and date getters
 * parse the text, as JDBC's conversion table allows, and fail with the offending value.
 */
final class VarCharAccessor extends ColumnAccessor {
  private VarCharVector vector;

  VarCharAccessor(ArrowCursor cursor, int column, ColumnMetaData metaData) {
    super(cursor, column, metaData);
  }

  @Override
  void bind(FieldVector vector) throws SQLException {
    this.vector = expect(vector, VarCharVector.class);
  }

  @Override
  boolean isNull(int row) {
    return vector.isNull(row);
  }

  @Override
  Class<?> naturalClass() {
    return String.class;
  }

  @Override
  public String getString() throws SQLException {
    int row = rowOrNull();
    return row < 0 ? null : new String(vector.get(row), StandardCharsets.UTF_8);
  }

  @Override
  public byte[] getBytes() throws SQLException {
    int row = rowOrNull();
    return row < 0 ? null : vector.get(row);
  }

  @Override
  public long getLong() throws SQLException {
    String text = getString();
    if (text == null) {
      return 0;
    }
    try {
      return Long.parseLong(text.trim());
    } catch (NumberFormatException e) {
      throw notA("an integer", text);
    }
  }

  @Override
  public double getDouble() throws SQLException {
    String text = getString();
    if (text == null) {
      return 0;
    }
    try {
      return Double.parseDouble(text.trim());
    } catch (NumberFormatException e) {
      throw notA("a number", text);
    }
  }

  @Override
  public BigDecimal getBigDecimal() throws SQLException {
    String text = getString();
    if (text == null) {
      return null;
    }
    try {
      return new BigDecimal(text.trim());
    } catch (NumberFormatException e) {
      throw notA("a decimal number", text);
    }
  }

  @Override
  public boolean getBoolean() throws SQLException {
    String text = getString();
    if (text == null) {
      return false;
    }
    switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "true":
      case "1":
        return true;
      case "false":
      case "0":
        return false;
      default:
        throw notA("a boolean (true/false)", text);
    }
  }

  @Override
  public Date getDate(Calendar calendar) throws SQLException {
    String text = getString();
    try {
      return text == null ? null : TemporalAccessor.toDate(java.time.LocalDate.parse(text.trim()),
          calendar);
    } catch (RuntimeException e) {
      throw notA("a date (yyyy-mm-dd)", text);
    }
  }

  @Override
  public Time getTime(Calendar calendar) throws SQLException {
    String text = getString();
    try {
      return text == null ? null : TemporalAccessor.toTime(java.time.LocalTime.parse(text.trim()),
          calendar);
    } catch (RuntimeException e) {
      throw notA("a time (hh:mm:ss)", text);
    }
  }

  @Override
  public Timestamp getTimestamp(Calendar calendar) throws SQLException {
    String text = getString();
    try {
      return text == null ? null
          : TemporalAccessor.toTimestamp(Timestamp.valueOf(text.trim()).toLocalDateTime(),
              calendar);
    } catch (RuntimeException e) {
      throw notA("a timestamp (yyyy-mm-dd hh:mm:ss[.f...])", text);
    }
  }

  private SQLException notA(String what, String text) {
    return new SQLDataException(
        cannotConvert(what).getMessage() + ": '" + text + "' is not " + what, CANNOT_CONVERT);
  }
}
