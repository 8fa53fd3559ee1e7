package dev.quiver.engine.exec.vector;

import org.apache.arrow.vector.types.pojo.ArrowType;

/**
 * How {@link ColumnValues} holds the values of a column: the primitive form that hot loops of
 * aggregation and sorting work on, one per family of Arrow types.
 */
public enum ValueLayout {
  /** Integers of every width, BOOLEAN (0/1), DATE (days), TIME and TIMESTAMP: a long each. */
  LONG,
  /** REAL and DOUBLE: a double each. */
  DOUBLE,
  /** DECIMAL: the 128-bit unscaled value as a low and a high long. */
  DECIMAL,
  /** VARCHAR and VARBINARY: start and length of the bytes in the vector's data buffer. */
  BYTES;

  /** The only decimal width Quiver's vectors use: two longs, little-endian. */
  private static final int DECIMAL_BITS = 128;

  /** The layout for values of {@code type}, or null when no layout holds them. */
  public static ValueLayout of(ArrowType type) {
    switch (type.getTypeID()) {
      case Int:
      case Bool:
      case Date:
      case Time:
      case Timestamp:
        return LONG;
      case FloatingPoint:
        return DOUBLE;
      case Decimal:
        return ((ArrowType.Decimal) type).getBitWidth() == DECIMAL_BITS ? DECIMAL : null;
      case Utf8:
      case Binary:
        return BYTES;
      default:
        return null;
    }
  }
}
