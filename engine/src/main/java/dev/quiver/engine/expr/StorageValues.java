package dev.quiver.engine.expr;

import dev.quiver.engine.error.ErrorCode;
import dev.quiver.engine.error.QuiverException;
import dev.quiver.engine.function.kernel.CastKernels;
import dev.quiver.engine.function.kernel.DateTimeText;
import dev.quiver.engine.function.kernel.StorageKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.util.DateString;
import org.apache.calcite.util.TimeString;
import org.apache.calcite.util.TimestampString;

/**
 * Conversions of literals and bound parameters to the storage form of {@link ColumnarValue.Scalar}
 * (the representation Arrow vectors hold), shared by the kernels, literal rows and pushed-down
 * predicates.
 */
public final class StorageValues {
  private static final long NANOS_PER_MICRO = 1000;

  private StorageValues() {}

  /** Whether {@link #fromLiteral} handles a literal of this type. */
  static boolean supportsLiteral(RexLiteral literal) {
    return StorageKind.of(literal.getType()) != null;
  }

  /** The storage value of a literal, or null for NULL. */
  public static Object fromLiteral(RexLiteral literal) {
    if (literal.isNull()) {
      return null;
    }
    RelDataType type = literal.getType();
    switch (StorageKind.of(type)) {
      case BOOLEAN:
        return literal.getValueAs(Boolean.class);
      case INT8:
      case INT16:
      case INT32:
      case INT64:
        return literal.getValueAs(Long.class);
      case FLOAT32:
      case FLOAT64:
        return literal.getValueAs(Double.class);
      case DECIMAL:
        return literal.getValueAs(BigDecimal.class);
      case UTF8:
        return literal.getValueAs(String.class);
      case BINARY:
        return literal.getValueAs(byte[].class);
      case DATE:
        return literal.getValueAs(DateString.class).getDaysSinceEpoch();
      case TIME:
        return LocalTime.parse(literal.getValueAs(TimeString.class).toString()).toNanoOfDay()
            / NANOS_PER_MICRO;
      case TIMESTAMP:
        return DateTimeText.parseTimestamp(literal.getValueAs(TimestampString.class).toString());
      default:
        return null;
    }
  }

  /** Converts a bound Java value to the storage form of {@code type}. */
  static Object fromJava(Object value, RelDataType type, String name) {
    if (value == null) {
      return null;
    }
    StorageKind kind;
    Object storage;
    int scale = 0;
    if (value instanceof Boolean) {
      kind = StorageKind.BOOLEAN;
      storage = value;
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short
        || value instanceof Byte) {
      kind = StorageKind.INT64;
      storage = ((Number) value).longValue();
    } else if (value instanceof Double || value instanceof Float) {
      kind = StorageKind.FLOAT64;
      storage = ((Number) value).doubleValue();
    } else if (value instanceof BigDecimal decimal) {
      kind = StorageKind.DECIMAL;
      storage = decimal;
      scale = decimal.scale();
    } else if (value instanceof String) {
      kind = StorageKind.UTF8;
      storage = value;
    } else if (value instanceof LocalDate date) {
      kind = StorageKind.DATE;
      storage = (int) date.toEpochDay();
    } else if (value instanceof LocalDateTime dateTime) {
      kind = StorageKind.TIMESTAMP;
      storage =
          dateTime.toLocalDate().toEpochDay() * DateTimeText.MICROS_PER_DAY
              + dateTime.toLocalTime().toNanoOfDay() / NANOS_PER_MICRO;
    } else if (value instanceof LocalTime time) {
      kind = StorageKind.TIME;
      storage = time.toNanoOfDay() / NANOS_PER_MICRO;
    } else {
      throw new QuiverException(
          ErrorCode.USER_ERROR,
          "Parameter " + name + " has a value of unsupported Java type "
              + value.getClass().getName());
    }
    StorageKind target = StorageKind.of(type);
    if (target == kind && kind != StorageKind.DECIMAL) {
      return storage;
    }
    if (target == StorageKind.DECIMAL && kind == StorageKind.DECIMAL) {
      // Keep every digit the caller bound: comparisons with it stay exact.
      return storage;
    }
    return CastKernels.convert(storage, kind, scale, type);
  }
}
