package dev.quiver.jdbc.arrow;

import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Calendar;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.calcite.avatica.ColumnMetaData;

/** Reads a DATE column from a {@link DateDayVector} (days since 1970-01-01). */
final class DateDayAccessor extends TemporalAccessor {
  private DateDayVector vector;

  DateDayAccessor(ArrowCursor cursor, int column, ColumnMetaData metaData) {
    super(cursor, column, metaData);
  }

  @Override
  void bind(FieldVector vector) throws SQLException {
    this.vector = expect(vector, DateDayVector.class);
  }

  @Override
  boolean isNull(int row) {
    return vector.isNull(row);
  }

  @Override
  Class<?> naturalClass() {
    return Date.class;
  }

  private LocalDate value() throws SQLException {
    int row = rowOrNull();
    return row < 0 ? null : LocalDate.ofEpochDay(vector.get(row));
  }

  @Override
  protected Object objectAs(Class<?> type) throws SQLException {
    if (type == LocalDate.class) {
      return value();
    }
    if (type == java.time.LocalDateTime.class) {
      LocalDate date = value();
      return date == null ? null : date.atStartOfDay();
    }
    return super.objectAs(type);
  }

  @Override
  public Date getDate(Calendar calendar) throws SQLException {
    LocalDate date = value();
    return date == null ? null : toDate(date, calendar);
  }

  @Override
  public Timestamp getTimestamp(Calendar calendar) throws SQLException {
    LocalDate date = value();
    return date == null ? null : toTimestamp(date.atStartOfDay(), calendar);
  }

  @Override
  public String getString() throws SQLException {
    LocalDate date = value();
    return date == null ? null : TemporalText.date(date);
  }
}
