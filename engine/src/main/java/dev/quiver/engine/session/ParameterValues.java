package dev.quiver.engine.session;

import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/** Normalises {@code ?} values from JDBC to the java.time forms the engine uses. */
final class ParameterValues {
  private ParameterValues() {}

  static List<Object> normalize(List<Object> values) {
    List<Object> normalized = new ArrayList<>(values.size());
    for (Object value : values) {
      if (value instanceof Timestamp timestamp) {
        normalized.add(timestamp.toLocalDateTime());
      } else if (value instanceof Date date) {
        normalized.add(date.toLocalDate());
      } else if (value instanceof Time time) {
        normalized.add(time.toLocalTime());
      } else {
        normalized.add(value);
      }
    }
    return normalized;
  }
}
