package dev.quiver.engine.function.kernel;

import org.apache.calcite.rel.type.RelDataType;

/** How values of a SQL type are laid out in Arrow (see {@code ArrowTypes}); kernels switch on it. */
public enum StorageKind {
  BOOLEAN,
  INT8,
  INT16,
  INT32,
  INT64,
  FLOAT32,
  FLOAT64,
  DECIMAL,
  UTF8,
  BINARY,
  DATE,
  TIME,
  TIMESTAMP,
  NULL;

  /** The storage of {@code type}, or null when Arrow batches cannot hold it. */
  public static StorageKind of(RelDataType type) {
    switch (type.getSqlTypeName()) {
      case BOOLEAN:
        return BOOLEAN;
      case TINYINT:
        return INT8;
      case SMALLINT:
        return INT16;
      case INTEGER:
        return INT32;
      case BIGINT:
        return INT64;
      case REAL:
        return FLOAT32;
      case FLOAT:
      case DOUBLE:
        return FLOAT64;
      case DECIMAL:
        return DECIMAL;
      case CHAR:
      case VARCHAR:
        return UTF8;
      case BINARY:
      case VARBINARY:
        return BINARY;
      case DATE:
        return DATE;
      case TIME:
        return TIME;
      case TIMESTAMP:
        return TIMESTAMP;
      case NULL:
        return NULL;
      default:
        return null;
    }
  }

  /** TINYINT, SMALLINT, INTEGER or BIGINT. */
  public boolean isInteger() {
    return this == INT8 || this == INT16 || this == INT32 || this == INT64;
  }

  public boolean isFloating() {
    return this == FLOAT32 || this == FLOAT64;
  }

  public boolean isNumeric() {
    return isInteger() || isFloating() || this == DECIMAL;
  }

  /** Kinds whose storage is a signed integer of the same unit (integers, DATE, TIME, TIMESTAMP). */
  public boolean isLongLike() {
    return isInteger() || this == DATE || this == TIME || this == TIMESTAMP;
  }
}
