package dev.quiver.jdbc.arrow;

import java.sql.SQLException;
import java.sql.Time;
import java.time.LocalTime;
import java.util.Calendar;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.TimeMicroVector;
import org.apache.calcite.avatica.ColumnMetaData;

/** Reads a TIME column from a {@link TimeMicroVector} (microseconds since midnight). */
final class TimeMicroAccessor extends TemporalAccessor {
  private static final long NANOS_PER_MICRO = 1000;

  private TimeMicroVector vector;

  TimeMicroAccessor(ArrowCursor cursor, int column, ColumnMetaData metaData) {
    super(cursor, column, metaData);
  }

  @Override
  void bind(FieldVector vector) throws SQLException {
    this.vector = expect(vector, TimeMicroVector.class);
  }

  @Override
  boolean isNull(int row) {
    return vector.isNull(row);
  }

  @Override
  Class<?> naturalClass() {
    return Time.class;
  }

  private LocalTime value() throws SQLException {
    int row = rowOrNull();
    return row < 0 ? null : LocalTime.ofNanoOfDay(vector.get(row) * NANOS_PER_MICRO);
  }

  @Override
  protected Object objectAs(Class<?> type) throws SQLException {
    if (type == LocalTime.class) {
      return value();
    }
    return super.objectAs(type);
  }

  @Override
  public Time getTime(Calendar calendar) throws SQLException {
    LocalTime time = value();
    return time == null ? null : toTime(time, calendar);
  }

  @Override
  public String getString() throws SQLException {
    LocalTime time = value();
    return time == null ? null : TemporalText.time(time);
  }
}
