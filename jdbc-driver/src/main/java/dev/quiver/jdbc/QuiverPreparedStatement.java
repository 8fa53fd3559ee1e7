package dev.quiver.jdbc;

import java.io.InputStream;
import java.io.Reader;
import java.sql.Date;
import java.sql.NClob;
import java.sql.ResultSet;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLXML;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Calendar;
import org.apache.calcite.avatica.AvaticaPreparedStatement;
import org.apache.calcite.avatica.ColumnMetaData;
import org.apache.calcite.avatica.Meta;
import org.apache.calcite.avatica.remote.TypedValue;

/**
 * A prepared statement. Date and time values are bound as java.time values so that a Timestamp's
 * microseconds survive (Avatica's own binding keeps milliseconds only).
 */
final class QuiverPreparedStatement extends AvaticaPreparedStatement {
  private final QuiverConnection quiverConnection;

  QuiverPreparedStatement(
      QuiverConnection connection,
      Meta.StatementHandle h,
      Meta.Signature signature,
      int resultSetType,
      int resultSetConcurrency,
      int resultSetHoldability)
      throws SQLException {
    super(connection, h, signature, resultSetType, resultSetConcurrency, resultSetHoldability);
    this.quiverConnection = connection;
  }

  /** Runs a prepared statement that writes data (COPY ... TO); returns the rows written. */
  @Override
  public long executeLargeUpdate() throws SQLException {
    checkOpen();
    if (!quiverConnection.quiverMeta().changesData(handle)) {
      throw QuiverMeta.queryInUpdate();
    }
    try (ResultSet rows = executeQuery()) {
      return rows.next() ? rows.getLong(1) : 0;
    }
  }

  @Override
  public long[] executeLargeBatch() throws SQLException {
    checkOpen();
    clearBatch();
    throw QuiverMeta.batchNotSupported();
  }

  @Override
  public void cancel() throws SQLException {
    checkOpen();
    quiverConnection.quiverMeta().cancel(handle);
  }

  // ---- date and time values, kept exact ----

  @Override
  public void setTimestamp(int parameterIndex, Timestamp x) throws SQLException {
    bindLocal(parameterIndex, x == null ? null : x.toLocalDateTime());
  }

  @Override
  public void setTimestamp(int parameterIndex, Timestamp x, Calendar calendar)
      throws SQLException {
    bindLocal(
        parameterIndex,
        x == null ? null : LocalDateTime.ofInstant(x.toInstant(), zone(calendar)));
  }

  @Override
  public void setDate(int parameterIndex, Date x) throws SQLException {
    bindLocal(parameterIndex, x == null ? null : x.toLocalDate());
  }

  @Override
  public void setDate(int parameterIndex, Date x, Calendar calendar) throws SQLException {
    bindLocal(
        parameterIndex,
        x == null ? null : LocalDate.ofInstant(Instant.ofEpochMilli(x.getTime()), zone(calendar)));
  }

  @Override
  public void setTime(int parameterIndex, Time x) throws SQLException {
    bindLocal(parameterIndex, x == null ? null : time(x, ZoneId.systemDefault()));
  }

  @Override
  public void setTime(int parameterIndex, Time x, Calendar calendar) throws SQLException {
    bindLocal(parameterIndex, x == null ? null : time(x, zone(calendar)));
  }

  @Override
  public void setObject(int parameterIndex, Object x) throws SQLException {
    Object local = temporal(x);
    if (local != null) {
      bindLocal(parameterIndex, local);
    } else {
      super.setObject(parameterIndex, x);
    }
  }

  @Override
  public void setObject(int parameterIndex, Object x, int targetSqlType) throws SQLException {
    Object local = temporal(x);
    if (local != null && isTemporal(targetSqlType)) {
      bindLocal(parameterIndex, convertTemporal(local, targetSqlType));
    } else {
      super.setObject(parameterIndex, x, targetSqlType);
    }
  }

  @Override
  public void setObject(int parameterIndex, Object x, int targetSqlType, int scaleOrLength)
      throws SQLException {
    Object local = temporal(x);
    if (local != null && isTemporal(targetSqlType)) {
      bindLocal(parameterIndex, convertTemporal(local, targetSqlType));
    } else {
      super.setObject(parameterIndex, x, targetSqlType, scaleOrLength);
    }
  }

  private void bindLocal(int parameterIndex, Object value) throws SQLException {
    checkOpen();
    if (parameterIndex < 1 || parameterIndex > slots.length) {
      throw new SQLException(
          "Parameter index " + parameterIndex + " is out of range; the statement has "
              + slots.length + " parameters",
          QuiverMeta.UNBOUND_PARAMETER_STATE);
    }
    slots[parameterIndex - 1] =
        value == null ? TypedValue.EXPLICIT_NULL : TypedValue.ofSerial(ColumnMetaData.Rep.OBJECT, value);
  }

  /** The java.time value of a date/time object, or null when {@code x} is none. */
  private static Object temporal(Object x) {
    if (x instanceof Timestamp) {
      return ((Timestamp) x).toLocalDateTime();
    }
    if (x instanceof Date) {
      return ((Date) x).toLocalDate();
    }
    if (x instanceof Time) {
      return time((Time) x, ZoneId.systemDefault());
    }
    if (x instanceof LocalDateTime || x instanceof LocalDate || x instanceof LocalTime) {
      return x;
    }
    return null;
  }

  private static boolean isTemporal(int sqlType) {
    return sqlType == Types.DATE || sqlType == Types.TIME || sqlType == Types.TIMESTAMP;
  }

  private static Object convertTemporal(Object local, int sqlType) throws SQLException {
    if (sqlType == Types.TIMESTAMP && local instanceof LocalDate) {
      return ((LocalDate) local).atStartOfDay();
    }
    if (sqlType == Types.DATE && local instanceof LocalDateTime) {
      return ((LocalDateTime) local).toLocalDate();
    }
    if (sqlType == Types.TIME && local instanceof LocalDateTime) {
      return ((LocalDateTime) local).toLocalTime();
    }
    boolean fits =
        (sqlType == Types.TIMESTAMP && local instanceof LocalDateTime)
            || (sqlType == Types.DATE && local instanceof LocalDate)
            || (sqlType == Types.TIME && local instanceof LocalTime);
    if (!fits) {
      throw new SQLException(
          "Cannot bind a " + local.getClass().getSimpleName() + " as SQL type "
              + sqlTypeName(sqlType),
          "22018");
    }
    return local;
  }

  private static String sqlTypeName(int sqlType) {
    return sqlType == Types.DATE ? "DATE" : sqlType == Types.TIME ? "TIME" : "TIMESTAMP";
  }

  private static LocalTime time(Time x, ZoneId zone) {
    // java.sql.Time is milliseconds since 1970-01-01 in the zone; keep the millisecond fraction.
    return LocalDateTime.ofInstant(Instant.ofEpochMilli(x.getTime()), zone).toLocalTime();
  }

  private static ZoneId zone(Calendar calendar) {
    return calendar == null ? ZoneId.systemDefault() : calendar.getTimeZone().toZoneId();
  }

  // ---- JDBC 4.1 setters that AvaticaPreparedStatement leaves to its subclasses ----

  @Override
  public void setRowId(int parameterIndex, RowId x) throws SQLException {
    getSite(parameterIndex).setRowId(x);
  }

  @Override
  public void setNString(int parameterIndex, String value) throws SQLException {
    getSite(parameterIndex).setNString(value);
  }

  @Override
  public void setNCharacterStream(int parameterIndex, Reader value, long length)
      throws SQLException {
    getSite(parameterIndex).setNCharacterStream(value, length);
  }

  @Override
  public void setNClob(int parameterIndex, NClob value) throws SQLException {
    getSite(parameterIndex).setNClob(value);
  }

  @Override
  public void setClob(int parameterIndex, Reader reader, long length) throws SQLException {
    getSite(parameterIndex).setClob(reader, length);
  }

  @Override
  public void setBlob(int parameterIndex, InputStream inputStream, long length)
      throws SQLException {
    getSite(parameterIndex).setBlob(inputStream, length);
  }

  @Override
  public void setNClob(int parameterIndex, Reader reader, long length) throws SQLException {
    getSite(parameterIndex).setNClob(reader, length);
  }

  @Override
  public void setSQLXML(int parameterIndex, SQLXML xmlObject) throws SQLException {
    getSite(parameterIndex).setSQLXML(xmlObject);
  }

  @Override
  public void setAsciiStream(int parameterIndex, InputStream x, long length)
      throws SQLException {
    getSite(parameterIndex).setAsciiStream(x, length);
  }

  @Override
  public void setBinaryStream(int parameterIndex, InputStream x, long length)
      throws SQLException {
    getSite(parameterIndex).setBinaryStream(x, length);
  }

  @Override
  public void setCharacterStream(int parameterIndex, Reader reader, long length)
      throws SQLException {
    getSite(parameterIndex).setCharacterStream(reader, length);
  }

  @Override
  public void setAsciiStream(int parameterIndex, InputStream x) throws SQLException {
    getSite(parameterIndex).setAsciiStream(x);
  }

  @Override
  public void setBinaryStream(int parameterIndex, InputStream x) throws SQLException {
    getSite(parameterIndex).setBinaryStream(x);
  }

  @Override
  public void setCharacterStream(int parameterIndex, Reader reader) throws SQLException {
    getSite(parameterIndex).setCharacterStream(reader);
  }

  @Override
  public void setNCharacterStream(int parameterIndex, Reader value) throws SQLException {
    getSite(parameterIndex).setNCharacterStream(value);
  }

  @Override
  public void setClob(int parameterIndex, Reader reader) throws SQLException {
    getSite(parameterIndex).setClob(reader);
  }

  @Override
  public void setBlob(int parameterIndex, InputStream inputStream) throws SQLException {
    getSite(parameterIndex).setBlob(inputStream);
  }

  @Override
  public void setNClob(int parameterIndex, Reader reader) throws SQLException {
    getSite(parameterIndex).setNClob(reader);
  }
}
