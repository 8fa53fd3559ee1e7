package dev.quiver.engine.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.apache.calcite.avatica.util.ByteString;
import org.apache.calcite.rel.type.RelDataType;

/**
 * Converts a {@code ?} parameter value, as the driver passes it (Long, LocalDate, ...), into the
 * storage form Calcite's Enumerable code expects for the parameter's SQL type.
 */
final class EnumerableValues {
  private EnumerableValues() {}

  static Object fromParameter(Object value, RelDataType type) {
    if (value == null) {
      return null;
    }
    switch (type.getSqlTypeName()) {
      case BOOLEAN:
        return value instanceof Boolean ? value : Boolean.parseBoolean(value.toString());
      case TINYINT:
        return ((Number) value).byteValue();
      case SMALLINT:
        return ((Number) value).shortValue();
      case INTEGER:
        return ((Number) value).intValue();
      case BIGINT:
        return ((Number) value).longValue();
      case REAL:
        return ((Number) value).floatValue();
      case FLOAT:
      case DOUBLE:
        return ((Number) value).doubleValue();
      case DECIMAL:
        return value instanceof BigDecimal ? value : new BigDecimal(value.toString());
      case CHAR:
      case VARCHAR:
        return value.toString();
      case BINARY:
      case VARBINARY:
        return value instanceof byte[] bytes ? new ByteString(bytes) : value;
      case DATE:
        return (int) (value instanceof LocalDate date ? date : LocalDate.parse(value.toString()))
            .toEpochDay();
      case TIME:
        return (int) ((value instanceof LocalTime time ? time : LocalTime.parse(value.toString()))
            .toNanoOfDay() / 1_000_000L);
      case TIMESTAMP:
        LocalDateTime timestamp =
            value instanceof LocalDateTime t ? t : LocalDateTime.parse(value.toString());
        return timestamp.toInstant(ZoneOffset.UTC).toEpochMilli();
      default:
        return value;
    }
  }
}
