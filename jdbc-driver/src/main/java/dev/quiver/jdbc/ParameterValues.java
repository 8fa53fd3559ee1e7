package dev.quiver.jdbc;

import dev.quiver.engine.api.ColumnInfo;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.avatica.util.ByteString;
import org.apache.calcite.avatica.remote.TypedValue;

/**
 * Converts the values bound to a PreparedStatement (Avatica {@link TypedValue}s) to the Java
 * objects {@link dev.quiver.engine.api.PreparedQuery#execute} takes, widening numbers to the
 * parameter's declared type where that loses nothing.
 */
final class ParameterValues {
  private static final long MILLIS_PER_SECOND = 1000;
  private static final int NANOS_PER_MILLI = 1_000_000;

  private ParameterValues() {}

  static List<Object> convert(List<TypedValue> values, List<ColumnInfo> parameters)
      throws SQLException {
    if (values.size() != parameters.size()) {
      throw new SQLException(
          "The statement has " + parameters.size() + " parameters, but " + values.size()
              + " values were bound",
          QuiverMeta.UNBOUND_PARAMETER_STATE);
    }
    List<Object> converted = new ArrayList<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      TypedValue value = values.get(i);
      if (value == null) {
        throw new SQLException(
            "Parameter " + (i + 1) + " is not set; call a setXxx method or setNull before executing",
            QuiverMeta.UNBOUND_PARAMETER_STATE);
      }
      converted.add(widen(toJava(i, value), parameters.get(i).jdbcType()));
    }
    return converted;
  }

  /** The engine's object for one bound value. */
  static Object toJava(int index, TypedValue value) throws SQLException {
    if (value.value == null) {
      return null;
    }
    Object local = localOf(value);
    switch (value.type) {
      case JAVA_SQL_DATE:
        // days since 1970-01-01, already shifted into the calendar's zone by Avatica
        return LocalDate.ofEpochDay(((Number) local).longValue());
      case JAVA_SQL_TIME:
        return LocalTime.ofNanoOfDay(((Number) local).longValue() * NANOS_PER_MILLI);
      case JAVA_SQL_TIMESTAMP:
      case JAVA_UTIL_DATE:
        {
          long millis = ((Number) local).longValue();
          return LocalDateTime.ofEpochSecond(
              Math.floorDiv(millis, MILLIS_PER_SECOND),
              (int) Math.floorMod(millis, MILLIS_PER_SECOND) * NANOS_PER_MILLI,
              ZoneOffset.UTC);
        }
      case PRIMITIVE_BYTE:
      case BYTE:
      case PRIMITIVE_SHORT:
      case SHORT:
      case PRIMITIVE_INT:
      case INTEGER:
        return ((Number) local).intValue();
      case PRIMITIVE_LONG:
      case LONG:
        return ((Number) local).longValue();
      case PRIMITIVE_FLOAT:
      case FLOAT:
      case PRIMITIVE_DOUBLE:
      case DOUBLE:
        return ((Number) local).doubleValue();
      case PRIMITIVE_BOOLEAN:
      case BOOLEAN:
        return local;
      case PRIMITIVE_CHAR:
      case CHARACTER:
      case STRING:
        return local.toString();
      case NUMBER:
        return local instanceof BigDecimal ? local : new BigDecimal(local.toString());
      case BYTE_STRING:
        return local instanceof ByteString ? ((ByteString) local).getBytes() : local;
      default:
        return fromObject(index, local);
    }
  }

  private static Object localOf(TypedValue value) {
    try {
      return value.toLocal();
    } catch (RuntimeException e) {
      // Avatica cannot convert a few serial forms (a Character for PRIMITIVE_CHAR); they are
      // already the value itself.
      return value.value;
    }
  }

  private static Object fromObject(int index, Object local) throws SQLException {
    if (local instanceof LocalDate
        || local instanceof LocalDateTime
        || local instanceof LocalTime
        || local instanceof BigDecimal
        || local instanceof String
        || local instanceof Boolean
        || local instanceof Integer
        || local instanceof Long
        || local instanceof Double
        || local instanceof byte[]) {
      return local;
    }
    if (local instanceof BigInteger) {
      return new BigDecimal((BigInteger) local);
    }
    if (local instanceof Short || local instanceof Byte) {
      return ((Number) local).intValue();
    }
    if (local instanceof Float) {
      return ((Number) local).doubleValue();
    }
    throw new SQLException(
        "Parameter " + (index + 1) + ": values of " + local.getClass().getName()
            + " are not supported; bind a String, number, boolean, java.time.LocalDate,"
            + " LocalDateTime, LocalTime, or byte[]",
        "22023");
  }

  /** Widens a value to the parameter's declared type when that is exact. */
  static Object widen(Object value, int jdbcType) {
    if (value == null) {
      return null;
    }
    switch (jdbcType) {
      case Types.BIGINT:
        return value instanceof Integer ? Long.valueOf((Integer) value) : value;
      case Types.DECIMAL:
      case Types.NUMERIC:
        if (value instanceof Integer || value instanceof Long) {
          return BigDecimal.valueOf(((Number) value).longValue());
        }
        return value;
      case Types.DOUBLE:
      case Types.FLOAT:
      case Types.REAL:
        if (value instanceof Integer || value instanceof Long || value instanceof BigDecimal) {
          return ((Number) value).doubleValue();
        }
        return value;
      case Types.TIMESTAMP:
        return value instanceof LocalDate ? ((LocalDate) value).atStartOfDay() : value;
      default:
        return value;
    }
  }
}
