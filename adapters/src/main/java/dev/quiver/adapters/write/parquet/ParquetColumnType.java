package dev.quiver.adapters.write.parquet;

import dev.quiver.adapters.parquet.thrift.CompactProtocolWriter;
import org.apache.arrow.vector.types.DateUnit;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;

/**
 * How one leaf (a non-nested Arrow field) is stored in Parquet: physical type, annotations
 * (converted type and logical type) and which chunk writer encodes it. Its repetition and place
 * in the schema come from {@link WriterSchema}.
 */
final class ParquetColumnType {
  /** Parquet physical types. */
  static final int BOOLEAN = 0;
  static final int INT32 = 1;
  static final int INT64 = 2;
  static final int FLOAT = 4;
  static final int DOUBLE = 5;
  static final int BYTE_ARRAY = 6;
  static final int FIXED_LEN_BYTE_ARRAY = 7;

  private static final int NONE = -1;
  // ConvertedType values.
  private static final int UTF8 = 0;
  private static final int DECIMAL = 5;
  private static final int DATE = 6;
  private static final int INT_8 = 15;
  private static final int INT_16 = 16;
  // LogicalType union members.
  private static final int LOGICAL_STRING = 1;
  private static final int LOGICAL_DECIMAL = 5;
  private static final int LOGICAL_DATE = 6;
  private static final int LOGICAL_TIME = 7;
  private static final int LOGICAL_TIMESTAMP = 8;
  private static final int LOGICAL_INTEGER = 10;
  private static final int TIME_UNIT_MICROS = 2;
  private static final int MAX_INT32_DECIMAL_DIGITS = 9;
  private static final int MAX_INT64_DECIMAL_DIGITS = 18;

  /** What the chunk writer reads from the Arrow vector. */
  enum Source { NULL, BOOLEAN, INT8, INT16, INT32, INT64, FLOAT, DOUBLE, BYTES, DECIMAL_INT32, DECIMAL_INT64, DECIMAL_FIXED }

  /** The column's name in error messages. */
  final String name;
  final int physicalType;
  final Source source;
  final int typeLength;
  private final int convertedType;
  private final int logicalType;
  private final int bitWidth;
  final int precision;
  final int scale;

  private ParquetColumnType(String name, int physicalType, Source source, int typeLength, int convertedType,
      int logicalType, int bitWidth, int precision, int scale) {
    this.name = name;
    this.physicalType = physicalType;
    this.source = source;
    this.typeLength = typeLength;
    this.convertedType = convertedType;
    this.logicalType = logicalType;
    this.bitWidth = bitWidth;
    this.precision = precision;
    this.scale = scale;
  }

  private static ParquetColumnType plain(String name, int physical, Source source) {
    return new ParquetColumnType(name, physical, source, 0, NONE, NONE, 0, 0, 0);
  }

  /**
   * The leaf type for a non-nested Arrow field.
   *
   * @param name the column's name in error messages (a dotted path for nested leaves)
   * @throws IllegalArgumentException naming the column when its type has no Parquet mapping here
   */
  static ParquetColumnType of(Field field, String name) {
    ArrowType type = field.getType();
    switch (type.getTypeID()) {
      case Null:
        return plain(name, INT32, Source.NULL);
      case Bool:
        return plain(name, BOOLEAN, Source.BOOLEAN);
      case Int: {
        ArrowType.Int integer = (ArrowType.Int) type;
        if (!integer.getIsSigned()) {
          break;
        }
        return switch (integer.getBitWidth()) {
          case 8 -> new ParquetColumnType(name, INT32, Source.INT8, 0, INT_8, LOGICAL_INTEGER, 8, 0, 0);
          case 16 -> new ParquetColumnType(name, INT32, Source.INT16, 0, INT_16, LOGICAL_INTEGER, 16, 0, 0);
          case 32 -> plain(name, INT32, Source.INT32);
          default -> plain(name, INT64, Source.INT64);
        };
      }
      case FloatingPoint: {
        FloatingPointPrecision precision = ((ArrowType.FloatingPoint) type).getPrecision();
        if (precision == FloatingPointPrecision.SINGLE) {
          return plain(name, FLOAT, Source.FLOAT);
        }
        if (precision == FloatingPointPrecision.DOUBLE) {
          return plain(name, DOUBLE, Source.DOUBLE);
        }
        break;
      }
      case Utf8:
        return new ParquetColumnType(name, BYTE_ARRAY, Source.BYTES, 0, UTF8, LOGICAL_STRING, 0, 0, 0);
      case Binary:
        return plain(name, BYTE_ARRAY, Source.BYTES);
      case Decimal: {
        ArrowType.Decimal decimal = (ArrowType.Decimal) type;
        if (decimal.getBitWidth() != 128) {
          break;
        }
        int p = decimal.getPrecision();
        int s = decimal.getScale();
        if (p <= MAX_INT32_DECIMAL_DIGITS) {
          return new ParquetColumnType(name, INT32, Source.DECIMAL_INT32, 0, DECIMAL, LOGICAL_DECIMAL, 0, p, s);
        }
        if (p <= MAX_INT64_DECIMAL_DIGITS) {
          return new ParquetColumnType(name, INT64, Source.DECIMAL_INT64, 0, DECIMAL, LOGICAL_DECIMAL, 0, p, s);
        }
        return new ParquetColumnType(
            name, FIXED_LEN_BYTE_ARRAY, Source.DECIMAL_FIXED, decimalBytes(p), DECIMAL, LOGICAL_DECIMAL, 0, p, s);
      }
      case Date:
        if (((ArrowType.Date) type).getUnit() == DateUnit.DAY) {
          return new ParquetColumnType(name, INT32, Source.INT32, 0, DATE, LOGICAL_DATE, 0, 0, 0);
        }
        break;
      case Time: {
        ArrowType.Time time = (ArrowType.Time) type;
        if (time.getUnit() == TimeUnit.MICROSECOND && time.getBitWidth() == 64) {
          // No converted type: TIME_MICROS would claim isAdjustedToUTC=true.
          return new ParquetColumnType(name, INT64, Source.INT64, 0, NONE, LOGICAL_TIME, 0, 0, 0);
        }
        break;
      }
      case Timestamp: {
        ArrowType.Timestamp timestamp = (ArrowType.Timestamp) type;
        if (timestamp.getUnit() == TimeUnit.MICROSECOND && timestamp.getTimezone() == null) {
          return new ParquetColumnType(name, INT64, Source.INT64, 0, NONE, LOGICAL_TIMESTAMP, 0, 0, 0);
        }
        break;
      }
      default:
        break;
    }
    throw new IllegalArgumentException(
        "Column '" + name + "' has type " + type + ", which the Parquet writer does not support;"
            + " cast it to a supported type (numbers, DECIMAL, VARCHAR, BLOB, DATE, TIME, TIMESTAMP,"
            + " and ROW, ARRAY and MAP of those)");
  }

  /** The fewest bytes whose signed range holds every {@code precision}-digit unscaled value. */
  static int decimalBytes(int precision) {
    java.math.BigInteger max = java.math.BigInteger.TEN.pow(precision).subtract(java.math.BigInteger.ONE);
    return (max.bitLength() + 1 + 7) / 8;
  }

  /** Writes this leaf's SchemaElement, named {@code elementName}, as a list element. */
  void writeSchemaElement(CompactProtocolWriter w, String elementName, int repetition) {
    w.beginStruct();
    w.i32Field(1, physicalType);
    if (physicalType == FIXED_LEN_BYTE_ARRAY) {
      w.i32Field(2, typeLength);
    }
    w.i32Field(3, repetition);
    w.stringField(4, elementName);
    if (convertedType != NONE) {
      w.i32Field(6, convertedType);
    }
    if (logicalType == LOGICAL_DECIMAL) {
      w.i32Field(7, scale);
      w.i32Field(8, precision);
    }
    if (logicalType != NONE) {
      w.structField(10);
      w.structField(logicalType);
      switch (logicalType) {
        case LOGICAL_DECIMAL -> {
          w.i32Field(1, scale);
          w.i32Field(2, precision);
        }
        case LOGICAL_TIME, LOGICAL_TIMESTAMP -> {
          w.boolField(1, false);
          w.structField(2);
          w.structField(TIME_UNIT_MICROS);
          w.endStruct();
          w.endStruct();
        }
        case LOGICAL_INTEGER -> {
          w.byteField(1, bitWidth);
          w.boolField(2, true);
        }
        default -> {
          // STRING and DATE are empty structs.
        }
      }
      w.endStruct();
      w.endStruct();
    }
    w.endStruct();
  }
}
