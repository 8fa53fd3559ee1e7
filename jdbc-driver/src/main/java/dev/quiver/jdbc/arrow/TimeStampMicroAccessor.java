package dev.quiver.jdbc.arrow;

import java.sql.Date;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Calendar;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.TimeStampMicroVector;
import org.apache.calcite.avatica.ColumnMetaData;

/**
 * Reads a TIMESTAMP (without time zone) column from a {@link TimeStampMicroVector}: microseconds
 * since 1970-01-01 00:00 of the wall clock, kept whole in Timestamp's nanos.
 */
final class TimeStampMicroAccessor extends TemporalAccessor {
  private static final long MICROS_PER_SECOND = 1_000_000;
  private static final int NANOS_PER_MICRO = 1000;

  private TimeStampMicroVector vector;

  TimeStampMicroAccessor(ArrowCursor cursor, int column, ColumnMetaData metaData) {
    super(cursor, column, metaData);
  }

  @Override
  void bind(FieldVector vector) throws SQLException {
    this.vector = expect(vector, TimeStampMicroVector.class);
  }

  @Override
  boolean isNull(int row) {
    return vector.isNull(row);
  }

  @Override
  Class<?> naturalClass() {
    return Timestamp.class;
  }

  private LocalDateTime value() throws SQLException {
    int row = rowOrNull();
    if (row < 0) {
      return null;
    }
    long micros = vector.get(row);
    return LocalDateTime.ofEpochSecond(
        Math.floorDiv(micros, MICROS_PER_SECOND),
        (int) Math.floorMod(micros, MICROS_PER_SECOND) * NANOS_PER_MICRO,
        ZoneOffset.UTC);
  }

  @Override
  protected Object objectAs(Class<?> type) throws SQLException {
    if (type == LocalDateTime.class) {
      return value();
    }
    if (type == LocalDate.class) {
      LocalDateTime value = value();
      return value == null ? null : value.toLocalDate();
    }
    if (type == LocalTime.class) {
      LocalDateTime value = value();
      return value == null ? null : value.toLocalTime();
    }
    return super.objectAs(type);
  }

  @Override
  public Timestamp getTimestamp(Calendar calendar) throws SQLException {
    LocalDateTime value = value();
    return value == null ? null : toTimestamp(value, calendar);
  }

  @Override
  public Date getDate(Calendar calendar) throws SQLException {
    LocalDateTime value = value();
    return value == null ? null : toDate(value.toLocalDate(), calendar);
  }

  @Override
  public Time getTime(Calendar calendar) throws SQLException {
    LocalDateTime value = value();
    return value == null ? null : toTime(value.toLocalTime(), calendar);
  }

  @Override
  public String getString() throws SQLException {
    LocalDateTime value = value();
    return value == null ? null : TemporalText.timestamp(value);
  }
}
