package dev.quiver.jdbc;

import dev.quiver.jdbc.arrow.ArrowCursor;
import java.sql.Date;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Calendar;
import java.util.TimeZone;
import org.apache.calcite.avatica.AvaticaResultSet;
import org.apache.calcite.avatica.AvaticaStatement;
import org.apache.calcite.avatica.Meta;
import org.apache.calcite.avatica.QueryState;
import org.apache.calcite.avatica.util.Cursor;

/**
 * The result of a Quiver query: an {@link ArrowCursor} over the statement's {@link RunningQuery}.
 * Date and time getters without a Calendar read the zone-less value as it is ({@code valueOf}),
 * instead of shifting it through the connection's time zone as Avatica does.
 */
final class QuiverResultSet extends AvaticaResultSet {
  /** SQLState class 01: a warning, the statement completed. */
  private static final String WARNING_STATE = "01000";

  private RunningQuery running;

  QuiverResultSet(
      AvaticaStatement statement,
      QueryState state,
      Meta.Signature signature,
      ResultSetMetaData metaData,
      TimeZone timeZone)
      throws SQLException {
    super(statement, state, signature, metaData, timeZone, null);
  }

  @Override
  protected AvaticaResultSet execute() throws SQLException {
    QuiverConnection connection = (QuiverConnection) statement.getConnection();
    running = connection.quiverMeta().running(statement.handle);
    try {
      execute2(new ArrowCursor(running, statement.getLargeMaxRows()), columnMetaDataList);
    } catch (RuntimeException e) {
      running.close();
      throw SqlErrors.toSqlException(e);
    }
    return this;
  }

  /**
   * The engine's warnings, e.g. how many malformed rows {@code ignore_errors} skipped; complete
   * once {@code next()} has returned false.
   */
  @Override
  public SQLWarning getWarnings() throws SQLException {
    checkOpen();
    RunningQuery r = running;
    SQLWarning first = null;
    if (r != null) {
      for (String message : r.warnings()) {
        SQLWarning warning = new SQLWarning(message, WARNING_STATE);
        if (first == null) {
          first = warning;
        } else {
          first.setNextWarning(warning);
        }
      }
    }
    return first;
  }

  @Override
  protected void cancel() {
    RunningQuery r = running;
    if (r != null) {
      r.cancel();
    }
  }

  private Cursor.Accessor accessor(int columnIndex) throws SQLException {
    checkOpen();
    if (columnIndex < 1 || columnIndex > accessorList.size()) {
      throw new SQLException(
          "Column index " + columnIndex + " is out of range; the result has "
              + accessorList.size() + " columns",
          "07009");
    }
    return accessorList.get(columnIndex - 1);
  }

  @Override
  public Object getObject(int columnIndex) throws SQLException {
    return accessor(columnIndex).getObject();
  }

  @Override
  public Object getObject(String columnLabel) throws SQLException {
    return getObject(findColumn(columnLabel));
  }

  @Override
  public Date getDate(int columnIndex) throws SQLException {
    return accessor(columnIndex).getDate(null);
  }

  @Override
  public Date getDate(String columnLabel) throws SQLException {
    return getDate(findColumn(columnLabel));
  }

  @Override
  public Date getDate(int columnIndex, Calendar cal) throws SQLException {
    return accessor(columnIndex).getDate(cal);
  }

  @Override
  public Date getDate(String columnLabel, Calendar cal) throws SQLException {
    return getDate(findColumn(columnLabel), cal);
  }

  @Override
  public Time getTime(int columnIndex) throws SQLException {
    return accessor(columnIndex).getTime(null);
  }

  @Override
  public Time getTime(String columnLabel) throws SQLException {
    return getTime(findColumn(columnLabel));
  }

  @Override
  public Time getTime(int columnIndex, Calendar cal) throws SQLException {
    return accessor(columnIndex).getTime(cal);
  }

  @Override
  public Time getTime(String columnLabel, Calendar cal) throws SQLException {
    return getTime(findColumn(columnLabel), cal);
  }

  @Override
  public Timestamp getTimestamp(int columnIndex) throws SQLException {
    return accessor(columnIndex).getTimestamp(null);
  }

  @Override
  public Timestamp getTimestamp(String columnLabel) throws SQLException {
    return getTimestamp(findColumn(columnLabel));
  }

  @Override
  public Timestamp getTimestamp(int columnIndex, Calendar cal) throws SQLException {
    return accessor(columnIndex).getTimestamp(cal);
  }

  @Override
  public Timestamp getTimestamp(String columnLabel, Calendar cal) throws SQLException {
    return getTimestamp(findColumn(columnLabel), cal);
  }
}
