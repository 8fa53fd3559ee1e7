package dev.quiver.adapters.write;

import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;

/** Picks the text encoder for a column's Arrow type. */
final class ColumnEncoders {
  private ColumnEncoders() {}

  /**
   * The encoder for {@code field}. In CSV style nested values are JSON text quoted as one field.
   *
   * @throws IllegalArgumentException naming the column when its type cannot be written as text
   */
  static ColumnEncoder forField(Field field, TextStyle style) {
    ArrowType type = field.getType();
    switch (type.getTypeID()) {
      case Struct, List, Map:
        if (style.json) {
          return nested(field, style);
        }
        return new CsvQuotedEncoder(nested(field, TextStyle.json()), style);
      default:
        ColumnEncoder scalar = scalar(field, style);
        return style.scalarsMayNeedQuotes() && !isText(type)
            ? new CsvQuotedEncoder(scalar, style)
            : scalar;
    }
  }

  private static boolean isText(ArrowType type) {
    // Strings and binaries quote themselves as they are written.
    return type instanceof ArrowType.Utf8 || type instanceof ArrowType.Binary;
  }

  private static ColumnEncoder nested(Field field, TextStyle json) {
    return switch (field.getType().getTypeID()) {
      case Struct -> NestedEncoders.struct(field, json);
      case List -> NestedEncoders.list(field, json);
      default -> NestedEncoders.map(field, json);
    };
  }

  private static ColumnEncoder scalar(Field field, TextStyle style) {
    ArrowType type = field.getType();
    switch (type.getTypeID()) {
      case Null:
        return ScalarEncoders.nulls(style);
      case Bool:
        return ScalarEncoders.booleans(style);
      case Int:
        ArrowType.Int integer = (ArrowType.Int) type;
        if (integer.getIsSigned()) {
          return ScalarEncoders.integers(style, integer.getBitWidth() / Byte.SIZE);
        }
        break;
      case FloatingPoint:
        FloatingPointPrecision precision = ((ArrowType.FloatingPoint) type).getPrecision();
        if (precision != FloatingPointPrecision.HALF) {
          return ScalarEncoders.doubles(style, precision == FloatingPointPrecision.SINGLE);
        }
        break;
      case Decimal:
        ArrowType.Decimal decimal = (ArrowType.Decimal) type;
        if (decimal.getBitWidth() == 128) {
          return ScalarEncoders.decimals(style, decimal.getScale());
        }
        break;
      case Date:
        if (((ArrowType.Date) type).getUnit() == org.apache.arrow.vector.types.DateUnit.DAY) {
          return ScalarEncoders.dates(style);
        }
        break;
      case Time:
        ArrowType.Time time = (ArrowType.Time) type;
        if (time.getUnit() == TimeUnit.MICROSECOND && time.getBitWidth() == 64) {
          return ScalarEncoders.times(style);
        }
        break;
      case Timestamp:
        ArrowType.Timestamp timestamp = (ArrowType.Timestamp) type;
        if (timestamp.getUnit() == TimeUnit.MICROSECOND && timestamp.getTimezone() == null) {
          return ScalarEncoders.timestamps(style);
        }
        break;
      case Utf8:
        return ScalarEncoders.strings(style);
      case Binary:
        return ScalarEncoders.binaries(style);
      default:
        break;
    }
    throw new IllegalArgumentException(
        "Column '" + field.getName() + "' has type " + type + ", which Quiver cannot write as text;"
            + " cast it to VARCHAR, a number, DATE, TIME or TIMESTAMP first");
  }
}
