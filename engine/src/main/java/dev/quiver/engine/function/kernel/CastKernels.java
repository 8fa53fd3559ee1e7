package dev.quiver.engine.function.kernel;

import dev.quiver.engine.error.ErrorCode;
import dev.quiver.engine.error.QuiverException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * CAST between storage kinds, following Calcite's Enumerable behaviour where it is defined:
 *
 * <ul>
 *   <li>DOUBLE/REAL/DECIMAL to an integer type truncates toward zero; a value outside the target
 *       range is a USER_ERROR (Calcite reports "Overflow").
 *   <li>to DECIMAL(p, s) with fewer fraction digits truncates (RoundingMode.DOWN), as Calcite does.
 *   <li>VARCHAR to a number trims spaces; VARCHAR to BOOLEAN accepts TRUE/FALSE in any case.
 *   <li>to VARCHAR: BOOLEAN as TRUE/FALSE, DOUBLE as Java's {@code Double.toString} (Calcite's
 *       text, e.g. {@code 1.0E20}), DECIMAL as plain text with its scale, DATE/TIME/TIMESTAMP as
 *       in {@link DateTimeText}. VARCHAR(n) truncates to n characters; CHAR(n) also pads.
 * </ul>
 */
public final class CastKernels {
  private CastKernels() {}

  /** Whether a cast from {@code from} to {@code to} has an implementation here. */
  public static boolean supports(RelDataType from, RelDataType to) {
    StorageKind source = StorageKind.of(from);
    StorageKind target = StorageKind.of(to);
    if (source == null || target == null || target == StorageKind.NULL) {
      return false;
    }
    if (source == StorageKind.NULL) {
      return true;
    }
    switch (target) {
      case BOOLEAN:
        return source == StorageKind.BOOLEAN || source == StorageKind.UTF8;
      case INT8:
      case INT16:
      case INT32:
      case INT64:
      case FLOAT32:
      case FLOAT64:
      case DECIMAL:
        return source.isNumeric() || source == StorageKind.UTF8;
      case UTF8:
        return source != StorageKind.BINARY;
      case DATE:
        return source == StorageKind.DATE
            || source == StorageKind.TIMESTAMP
            || source == StorageKind.UTF8;
      case TIMESTAMP:
        return source == StorageKind.DATE
            || source == StorageKind.TIMESTAMP
            || source == StorageKind.UTF8;
      case TIME:
        return source == StorageKind.TIME
            || source == StorageKind.TIMESTAMP
            || source == StorageKind.UTF8;
      case BINARY:
        return source == StorageKind.BINARY;
      default:
        return false;
    }
  }

  /** Casts the live rows of {@code in} into {@code out}; null rows stay null. */
  public static void cast(
      ValueReader in, ValueWriter out, RelDataType target, int[] selection, int count) {
    StorageKind source = in.kind();
    StorageKind kind = out.kind();
    boolean checkNulls = in.hasNulls();
    if (source.isLongLike() && kind.isLongLike() && !isDateTimeChange(source, kind)) {
      long min = minValue(kind);
      long max = maxValue(kind);
      for (int k = 0; k < count; k++) {
        int row = selection == null ? k : selection[k];
        if (checkNulls && in.isNull(row)) {
          continue;
        }
        long value = in.getLong(row);
        if (value < min || value > max) {
          throw outOfRange(Long.toString(value), target);
        }
        out.setLong(row, value);
      }
      return;
    }
    if (kind.isFloating() && (source.isInteger() || source.isFloating())) {
      for (int k = 0; k < count; k++) {
        int row = selection == null ? k : selection[k];
        if (!(checkNulls && in.isNull(row))) {
          out.setDouble(row, in.getDouble(row));
        }
      }
      return;
    }
    for (int k = 0; k < count; k++) {
      int row = selection == null ? k : selection[k];
      Object value = in.getObject(row);
      if (value != null) {
        out.setObject(row, convert(value, source, in.scale(), target));
      }
    }
  }

  private static boolean isDateTimeChange(StorageKind source, StorageKind target) {
    return source != target
        && (source == StorageKind.DATE
            || source == StorageKind.TIME
            || source == StorageKind.TIMESTAMP
            || target == StorageKind.DATE
            || target == StorageKind.TIME
            || target == StorageKind.TIMESTAMP);
  }

  /**
   * Converts one storage value (of kind {@code source}, decimals with {@code sourceScale}) to the
   * storage form of {@code target}; null stays null.
   */
  public static Object convert(Object value, StorageKind source, int sourceScale, RelDataType target) {
    if (value == null) {
      return null;
    }
    StorageKind kind = StorageKind.of(target);
    switch (kind) {
      case BOOLEAN:
        return toBoolean(value, source);
      case INT8:
      case INT16:
      case INT32:
      case INT64:
        return toLong(value, source, target, kind);
      case FLOAT32:
      case FLOAT64:
        return toDouble(value, source, target);
      case DECIMAL:
        return toDecimal(value, source, target);
      case UTF8:
        return toText(value, source, target);
      case DATE:
        return toDate(value, source);
      case TIMESTAMP:
        return toTimestamp(value, source);
      case TIME:
        return toTime(value, source);
      case BINARY:
        return value;
      default:
        throw new QuiverException(
            ErrorCode.NOT_SUPPORTED, "CAST to " + target.getFullTypeString() + " is not supported");
    }
  }

  private static Boolean toBoolean(Object value, StorageKind source) {
    if (source == StorageKind.BOOLEAN) {
      return (Boolean) value;
    }
    String text = ((String) value).trim();
    if (text.equalsIgnoreCase("true")) {
      return Boolean.TRUE;
    }
    if (text.equalsIgnoreCase("false")) {
      return Boolean.FALSE;
    }
    throw new QuiverException(
        ErrorCode.USER_ERROR, "Cannot cast '" + value + "' to BOOLEAN: expected TRUE or FALSE");
  }

  private static Long toLong(Object value, StorageKind source, RelDataType target, StorageKind kind) {
    long result;
    if (source.isInteger()) {
      result = ((Number) value).longValue();
    } else if (source.isFloating()) {
      double d = ((Number) value).doubleValue();
      // Truncation toward zero, like Calcite's Enumerable (a Java narrowing cast).
      if (Double.isNaN(d) || d >= 0x1p63 || d < -0x1p63) {
        throw outOfRange(Double.toString(d), target);
      }
      result = (long) d;
    } else if (source == StorageKind.DECIMAL) {
      BigDecimal truncated = ((BigDecimal) value).setScale(0, RoundingMode.DOWN);
      if (truncated.toBigInteger().bitLength() >= Long.SIZE) {
        throw outOfRange(value.toString(), target);
      }
      result = truncated.longValue();
    } else {
      String text = ((String) value).trim();
      try {
        result = Long.parseLong(text);
      } catch (NumberFormatException e) {
        throw new QuiverException(
            ErrorCode.USER_ERROR,
            "Cannot cast '" + value + "' to " + target.getSqlTypeName() + ": not an integer",
            e);
      }
    }
    if (result < minValue(kind) || result > maxValue(kind)) {
      throw outOfRange(value.toString(), target);
    }
    return result;
  }

  private static Double toDouble(Object value, StorageKind source, RelDataType target) {
    double result;
    if (source == StorageKind.UTF8) {
      String text = ((String) value).trim();
      try {
        result = Double.parseDouble(text);
      } catch (NumberFormatException e) {
        throw new QuiverException(
            ErrorCode.USER_ERROR,
            "Cannot cast '" + value + "' to " + target.getSqlTypeName() + ": not a number",
            e);
      }
    } else {
      result = ((Number) value).doubleValue();
    }
    return target.getSqlTypeName() == SqlTypeName.REAL ? (double) (float) result : result;
  }

  private static BigDecimal toDecimal(Object value, StorageKind source, RelDataType target) {
    BigDecimal decimal;
    if (source == StorageKind.UTF8) {
      try {
        decimal = new BigDecimal(((String) value).trim());
      } catch (NumberFormatException e) {
        throw new QuiverException(
            ErrorCode.USER_ERROR,
            "Cannot cast '" + value + "' to " + target.getFullTypeString() + ": not a number",
            e);
      }
    } else if (source == StorageKind.DECIMAL) {
      decimal = (BigDecimal) value;
    } else if (source.isFloating()) {
      double d = ((Number) value).doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw outOfRange(Double.toString(d), target);
      }
      decimal = BigDecimal.valueOf(d);
    } else {
      decimal = BigDecimal.valueOf(((Number) value).longValue());
    }
    BigDecimal scaled = decimal.setScale(Math.max(0, target.getScale()), RoundingMode.DOWN);
    if (scaled.precision() - scaled.scale() > target.getPrecision() - target.getScale()) {
      throw outOfRange(value.toString(), target);
    }
    return scaled;
  }

  private static String toText(Object value, StorageKind source, RelDataType target) {
    String text;
    switch (source) {
      case BOOLEAN:
        text = ((Boolean) value) ? "TRUE" : "FALSE";
        break;
      case FLOAT32:
        text = Float.toString(((Number) value).floatValue());
        break;
      case FLOAT64:
        text = Double.toString(((Number) value).doubleValue());
        break;
      case DECIMAL:
        text = ((BigDecimal) value).toPlainString();
        break;
      case DATE:
        text = DateTimeText.formatDate(((Number) value).intValue());
        break;
      case TIME:
        text = DateTimeText.formatTime(((Number) value).longValue());
        break;
      case TIMESTAMP:
        text = DateTimeText.formatTimestamp(((Number) value).longValue());
        break;
      case UTF8:
        text = (String) value;
        break;
      default:
        text = value.toString();
    }
    return fitLength(text, target);
  }

  private static String fitLength(String text, RelDataType target) {
    int length = target.getPrecision();
    if (length == RelDataType.PRECISION_NOT_SPECIFIED || length <= 0) {
      return text;
    }
    int codePoints = text.codePointCount(0, text.length());
    if (codePoints > length) {
      return text.substring(0, text.offsetByCodePoints(0, length));
    }
    if (target.getSqlTypeName() == SqlTypeName.CHAR && codePoints < length) {
      return text + " ".repeat(length - codePoints);
    }
    return text;
  }

  private static Integer toDate(Object value, StorageKind source) {
    switch (source) {
      case DATE:
        return ((Number) value).intValue();
      case TIMESTAMP:
        return (int) Math.floorDiv(((Number) value).longValue(), DateTimeText.MICROS_PER_DAY);
      default:
        return DateTimeText.parseDate((String) value);
    }
  }

  private static Long toTimestamp(Object value, StorageKind source) {
    switch (source) {
      case DATE:
        return ((Number) value).longValue() * DateTimeText.MICROS_PER_DAY;
      case TIMESTAMP:
        return ((Number) value).longValue();
      default:
        return DateTimeText.parseTimestamp((String) value);
    }
  }

  private static Long toTime(Object value, StorageKind source) {
    switch (source) {
      case TIME:
        return ((Number) value).longValue();
      case TIMESTAMP:
        return Math.floorMod(((Number) value).longValue(), DateTimeText.MICROS_PER_DAY);
      default:
        return DateTimeText.parseTime((String) value);
    }
  }

  static long minValue(StorageKind kind) {
    switch (kind) {
      case INT8:
        return Byte.MIN_VALUE;
      case INT16:
        return Short.MIN_VALUE;
      case INT32:
      case DATE:
        return Integer.MIN_VALUE;
      default:
        return Long.MIN_VALUE;
    }
  }

  static long maxValue(StorageKind kind) {
    switch (kind) {
      case INT8:
        return Byte.MAX_VALUE;
      case INT16:
        return Short.MAX_VALUE;
      case INT32:
      case DATE:
        return Integer.MAX_VALUE;
      default:
        return Long.MAX_VALUE;
    }
  }

  private static QuiverException outOfRange(String value, RelDataType target) {
    return new QuiverException(
        ErrorCode.USER_ERROR,
        "Value "
            + value
            + " is out of range for "
            + target.getFullTypeString().replace(" NOT NULL", "").toUpperCase(Locale.ROOT));
  }
}
