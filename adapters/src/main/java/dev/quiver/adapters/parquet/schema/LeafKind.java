package dev.quiver.adapters.parquet.schema;

import dev.quiver.adapters.parquet.metadata.LogicalType;
import dev.quiver.adapters.parquet.metadata.PhysicalType;
import dev.quiver.adapters.parquet.metadata.SchemaElement;
import org.apache.arrow.vector.types.DateUnit;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;

/**
 * How a primitive column's stored values become Arrow values: the target type and the conversion
 * (unsigned integers widen, time units scale to microseconds, decimals of every physical form go
 * to Decimal128).
 */
public enum LeafKind {
  BOOLEAN,
  INT8,
  INT16,
  INT32,
  INT64,
  /** UINT_8 widened to Int16. */
  UINT8,
  /** UINT_16 widened to Int32. */
  UINT16,
  /** UINT_32 widened to Int64. */
  UINT32,
  /** UINT_64 as Decimal(20, 0). */
  UINT64,
  FLOAT,
  /** IEEE half precision stored in 2 bytes, widened to FLOAT. */
  FLOAT16,
  DOUBLE,
  DATE,
  TIME_MILLIS,
  TIME_MICROS,
  TIME_NANOS,
  TIMESTAMP_MILLIS,
  TIMESTAMP_MICROS,
  TIMESTAMP_NANOS,
  /** Legacy Impala/Spark INT96 timestamps (nanoseconds of day + Julian day). */
  TIMESTAMP_INT96,
  DECIMAL,
  /** DECIMAL wider than 38 digits, which Decimal128 cannot hold: read as text. */
  DECIMAL_TEXT,
  STRING,
  /** 16-byte UUID shown as canonical text. */
  UUID,
  BINARY;

  /** Widest decimal precision Arrow's Decimal128 holds. */
  public static final int MAX_DECIMAL_PRECISION = 38;

  private static final int UINT64_DIGITS = 20;

  /** Picks the conversion for a primitive schema element. */
  public static LeafKind of(SchemaElement element) {
    PhysicalType type = element.type();
    LogicalType logical = element.logicalType();
    LogicalType.Kind lk = logical == null ? null : logical.kind();
    int converted = element.convertedType();
    if (lk == LogicalType.Kind.DECIMAL || converted == SchemaElement.DECIMAL) {
      if (type == PhysicalType.INT32
          || type == PhysicalType.INT64
          || type == PhysicalType.BYTE_ARRAY
          || type == PhysicalType.FIXED_LEN_BYTE_ARRAY) {
        return decimalPrecision(element) > MAX_DECIMAL_PRECISION ? DECIMAL_TEXT : DECIMAL;
      }
    }
    switch (type) {
      case BOOLEAN:
        return BOOLEAN;
      case INT32:
        return int32Kind(lk, logical, converted);
      case INT64:
        return int64Kind(lk, logical, converted);
      case INT96:
        return TIMESTAMP_INT96;
      case FLOAT:
        return FLOAT;
      case DOUBLE:
        return DOUBLE;
      case BYTE_ARRAY:
        if (lk == LogicalType.Kind.STRING
            || lk == LogicalType.Kind.ENUM
            || lk == LogicalType.Kind.JSON
            || converted == SchemaElement.UTF8
            || converted == SchemaElement.ENUM
            || converted == SchemaElement.JSON) {
          return STRING;
        }
        return BINARY;
      case FIXED_LEN_BYTE_ARRAY:
        if (lk == LogicalType.Kind.FLOAT16 && element.typeLength() == 2) {
          return FLOAT16;
        }
        if (lk == LogicalType.Kind.UUID && element.typeLength() == 16) {
          return UUID;
        }
        return BINARY;
      default:
        throw new IllegalStateException("no physical type");
    }
  }

  private static LeafKind int32Kind(LogicalType.Kind lk, LogicalType logical, int converted) {
    if (lk == LogicalType.Kind.INTEGER) {
      int width = logical.bitWidth();
      if (logical.signed()) {
        return width == 8 ? INT8 : width == 16 ? INT16 : INT32;
      }
      return width == 8 ? UINT8 : width == 16 ? UINT16 : UINT32;
    }
    if (lk == LogicalType.Kind.DATE) {
      return DATE;
    }
    if (lk == LogicalType.Kind.TIME && logical.unit() == LogicalType.TimeUnit.MILLIS) {
      return TIME_MILLIS;
    }
    switch (converted) {
      case SchemaElement.INT_8:
        return INT8;
      case SchemaElement.INT_16:
        return INT16;
      case SchemaElement.UINT_8:
        return UINT8;
      case SchemaElement.UINT_16:
        return UINT16;
      case SchemaElement.UINT_32:
        return UINT32;
      case SchemaElement.DATE:
        return DATE;
      case SchemaElement.TIME_MILLIS:
        return TIME_MILLIS;
      default:
        return INT32;
    }
  }

  private static LeafKind int64Kind(LogicalType.Kind lk, LogicalType logical, int converted) {
    if (lk == LogicalType.Kind.INTEGER) {
      return logical.signed() ? INT64 : UINT64;
    }
    if (lk == LogicalType.Kind.TIMESTAMP) {
      return switch (logical.unit()) {
        case MILLIS -> TIMESTAMP_MILLIS;
        case MICROS -> TIMESTAMP_MICROS;
        case NANOS -> TIMESTAMP_NANOS;
      };
    }
    if (lk == LogicalType.Kind.TIME) {
      return logical.unit() == LogicalType.TimeUnit.NANOS ? TIME_NANOS : TIME_MICROS;
    }
    switch (converted) {
      case SchemaElement.UINT_64:
        return UINT64;
      case SchemaElement.TIMESTAMP_MILLIS:
        return TIMESTAMP_MILLIS;
      case SchemaElement.TIMESTAMP_MICROS:
        return TIMESTAMP_MICROS;
      case SchemaElement.TIME_MICROS:
        return TIME_MICROS;
      default:
        return INT64;
    }
  }

  public static int decimalPrecision(SchemaElement element) {
    LogicalType logical = element.logicalType();
    return logical != null && logical.kind() == LogicalType.Kind.DECIMAL
        ? logical.precision()
        : element.precision();
  }

  public static int decimalScale(SchemaElement element) {
    LogicalType logical = element.logicalType();
    return logical != null && logical.kind() == LogicalType.Kind.DECIMAL
        ? logical.scale()
        : element.scale();
  }

  /** The Arrow type this conversion produces. */
  public ArrowType arrowType(SchemaElement element) {
    switch (this) {
      case BOOLEAN:
        return ArrowType.Bool.INSTANCE;
      case INT8:
        return new ArrowType.Int(8, true);
      case INT16:
      case UINT8:
        return new ArrowType.Int(16, true);
      case INT32:
      case UINT16:
        return new ArrowType.Int(32, true);
      case INT64:
      case UINT32:
        return new ArrowType.Int(64, true);
      case UINT64:
        return new ArrowType.Decimal(UINT64_DIGITS, 0, 128);
      case FLOAT:
      case FLOAT16:
        return new ArrowType.FloatingPoint(FloatingPointPrecision.SINGLE);
      case DOUBLE:
        return new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE);
      case DATE:
        return new ArrowType.Date(DateUnit.DAY);
      case TIME_MILLIS:
      case TIME_MICROS:
      case TIME_NANOS:
        return new ArrowType.Time(TimeUnit.MICROSECOND, 64);
      case TIMESTAMP_MILLIS:
      case TIMESTAMP_MICROS:
      case TIMESTAMP_NANOS:
      case TIMESTAMP_INT96:
        return new ArrowType.Timestamp(TimeUnit.MICROSECOND, null);
      case DECIMAL:
        return new ArrowType.Decimal(
            Math.max(1, decimalPrecision(element)), decimalScale(element), 128);
      case DECIMAL_TEXT:
      case STRING:
      case UUID:
        return ArrowType.Utf8.INSTANCE;
      case BINARY:
        return ArrowType.Binary.INSTANCE;
      default:
        throw new IllegalStateException(name());
    }
  }
}
