package dev.quiver.engine.expr;

import dev.quiver.engine.function.kernel.StorageKind;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * The common representation two operands are compared in: integers as longs, any REAL/DOUBLE
 * makes both doubles, decimals exactly at the larger scale, strings as UTF-8 bytes, DATE with
 * TIMESTAMP as timestamps.
 */
enum CompareDomain {
  LONG,
  DOUBLE,
  DECIMAL,
  STRING,
  BOOLEAN,
  DATE,
  TIMESTAMP,
  TIME;

  /** The domain for comparing values of these types, or null when they are not comparable here. */
  static CompareDomain of(RelDataType left, RelDataType right) {
    StorageKind a = StorageKind.of(left);
    StorageKind b = StorageKind.of(right);
    if (a == null || b == null || a == StorageKind.NULL || b == StorageKind.NULL) {
      return null;
    }
    if (a.isNumeric() && b.isNumeric()) {
      if (a.isFloating() || b.isFloating()) {
        return DOUBLE;
      }
      if (a == StorageKind.DECIMAL || b == StorageKind.DECIMAL) {
        return DECIMAL;
      }
      return LONG;
    }
    if (a == StorageKind.UTF8 && b == StorageKind.UTF8) {
      return STRING;
    }
    if (a == StorageKind.BOOLEAN && b == StorageKind.BOOLEAN) {
      return BOOLEAN;
    }
    if (a == StorageKind.DATE && b == StorageKind.DATE) {
      return DATE;
    }
    boolean aDateTime = a == StorageKind.DATE || a == StorageKind.TIMESTAMP;
    boolean bDateTime = b == StorageKind.DATE || b == StorageKind.TIMESTAMP;
    if (aDateTime && bDateTime) {
      return TIMESTAMP;
    }
    if (a == StorageKind.TIME && b == StorageKind.TIME) {
      return TIME;
    }
    return null;
  }

  /** The type a vector operand is widened to when its storage does not match the kernels. */
  RelDataType widenedType(RelDataType left, RelDataType right, RelDataTypeFactory factory) {
    switch (this) {
      case LONG:
        return factory.createSqlType(SqlTypeName.BIGINT);
      case DOUBLE:
        return factory.createSqlType(SqlTypeName.DOUBLE);
      case DECIMAL:
        {
          int scale = Math.max(scaleOf(left), scaleOf(right));
          return factory.createSqlType(
              SqlTypeName.DECIMAL, factory.getTypeSystem().getMaxNumericPrecision(), scale);
        }
      case TIMESTAMP:
        return factory.createSqlType(SqlTypeName.TIMESTAMP, 6);
      default:
        return null;
    }
  }

  private static int scaleOf(RelDataType type) {
    return type.getSqlTypeName() == SqlTypeName.DECIMAL ? Math.max(0, type.getScale()) : 0;
  }
}
