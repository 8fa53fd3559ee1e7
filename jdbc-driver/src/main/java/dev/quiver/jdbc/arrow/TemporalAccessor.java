package dev.quiver.jdbc.arrow;

import java.sql.Date;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Calendar;
import org.apache.calcite.avatica.ColumnMetaData;

/**
 * Shared conversions of zone-less DATE, TIME and TIMESTAMP values. Without a Calendar they become
 * java.sql values with the same wall-clock reading ({@code valueOf}); with one, the wall-clock
 * reading is taken to be in that calendar's zone. Classes that carry a zone or an instant are
 * refused: the value has no zone to give them.
 */
abstract class TemporalAccessor extends ColumnAccessor {
  TemporalAccessor(ArrowCursor cursor, int column, ColumnMetaData metaData) {
    super(cursor, column, metaData);
  }

  @Override
  protected Object objectAs(Class<?> type) throws SQLException {
    if (type == Instant.class
        || type == OffsetDateTime.class
        || type == ZonedDateTime.class
        || type == OffsetTime.class
        || type == java.util.Date.class) {
      throw new SQLException(
          cannotConvert(type.getName()).getMessage()
              + ": the value has no time zone. Read it as java.time.LocalDateTime (or LocalDate,"
              + " LocalTime) and attach a zone with atZone(...)",
          CANNOT_CONVERT);
    }
    if (type == Date.class) {
      return getDate(null);
    }
    if (type == Time.class) {
      return getTime(null);
    }
    if (type == Timestamp.class) {
      return getTimestamp(null);
    }
    return super.objectAs(type);
  }

  static Date toDate(LocalDate date, Calendar calendar) {
    if (calendar == null) {
      return Date.valueOf(date);
    }
    return new Date(date.atStartOfDay(zone(calendar)).toInstant().toEpochMilli());
  }

  static Time toTime(LocalTime time, Calendar calendar) {
    ZoneId zone = calendar == null ? ZoneId.systemDefault() : zone(calendar);
    // java.sql.Time is 1970-01-01 at that time of day; it keeps milliseconds
    return new Time(LocalDate.EPOCH.atTime(time).atZone(zone).toInstant().toEpochMilli());
  }

  static Timestamp toTimestamp(LocalDateTime timestamp, Calendar calendar) {
    if (calendar == null) {
      return Timestamp.valueOf(timestamp);
    }
    return Timestamp.from(timestamp.atZone(zone(calendar)).toInstant());
  }

  private static ZoneId zone(Calendar calendar) {
    return calendar.getTimeZone().toZoneId();
  }
}
