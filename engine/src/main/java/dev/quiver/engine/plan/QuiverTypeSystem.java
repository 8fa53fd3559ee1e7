package dev.quiver.engine.plan;

import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rel.type.RelDataTypeSystemImpl;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.type.SqlTypeUtil;

/**
 * Quiver's SQL type rules where Calcite's defaults would lose data or surprise pandas and DuckDB
 * users.
 *
 * <ul>
 *   <li>DECIMAL goes to 38 digits (Calcite: 19), so values from files are never truncated.
 *   <li>TIMESTAMP and TIME keep microseconds (Calcite: milliseconds), and {@code CAST(x AS
 *       TIMESTAMP)} without a precision means microseconds, not whole seconds.
 *   <li>{@code SUM} of an integer column is BIGINT and of a DECIMAL is DECIMAL(38, s), so sums do
 *       not overflow the input's type.
 *   <li>{@code AVG} of any numeric column is DOUBLE, never an integer division.
 *   <li>String literals of different lengths unify to VARCHAR, not blank-padded CHAR.
 * </ul>
 */
public final class QuiverTypeSystem extends RelDataTypeSystemImpl {
  public static final QuiverTypeSystem INSTANCE = new QuiverTypeSystem();

  /** The widest DECIMAL: what fits in Arrow's 128-bit decimal vectors. */
  public static final int MAX_DECIMAL_PRECISION = 38;

  /** Microseconds: what Parquet, Arrow and our CSV reader store. */
  public static final int TIMESTAMP_PRECISION = 6;

  private QuiverTypeSystem() {}

  @Override
  public int getMaxPrecision(SqlTypeName typeName) {
    switch (typeName) {
      case DECIMAL:
        return MAX_DECIMAL_PRECISION;
      case TIME:
      case TIMESTAMP:
      case TIME_WITH_LOCAL_TIME_ZONE:
      case TIMESTAMP_WITH_LOCAL_TIME_ZONE:
        return TIMESTAMP_PRECISION;
      default:
        return super.getMaxPrecision(typeName);
    }
  }

  @Override
  public int getMaxScale(SqlTypeName typeName) {
    return typeName == SqlTypeName.DECIMAL ? MAX_DECIMAL_PRECISION : super.getMaxScale(typeName);
  }

  @Override
  public int getDefaultPrecision(SqlTypeName typeName) {
    switch (typeName) {
      case TIME:
      case TIMESTAMP:
        return TIMESTAMP_PRECISION;
      default:
        return super.getDefaultPrecision(typeName);
    }
  }

  @Override
  public RelDataType deriveSumType(RelDataTypeFactory typeFactory, RelDataType argumentType) {
    RelDataType sum;
    switch (argumentType.getSqlTypeName()) {
      case TINYINT:
      case SMALLINT:
      case INTEGER:
      case BIGINT:
        sum = typeFactory.createSqlType(SqlTypeName.BIGINT);
        break;
      case DECIMAL:
        sum =
            typeFactory.createSqlType(
                SqlTypeName.DECIMAL, MAX_DECIMAL_PRECISION, argumentType.getScale());
        break;
      case REAL:
      case FLOAT:
      case DOUBLE:
        sum = typeFactory.createSqlType(SqlTypeName.DOUBLE);
        break;
      default:
        return super.deriveSumType(typeFactory, argumentType);
    }
    return typeFactory.createTypeWithNullability(sum, argumentType.isNullable());
  }

  @Override
  public RelDataType deriveAvgAggType(RelDataTypeFactory typeFactory, RelDataType argumentType) {
    if (SqlTypeUtil.isNumeric(argumentType)) {
      return typeFactory.createTypeWithNullability(
          typeFactory.createSqlType(SqlTypeName.DOUBLE), argumentType.isNullable());
    }
    return super.deriveAvgAggType(typeFactory, argumentType);
  }

  @Override
  public boolean shouldConvertRaggedUnionTypesToVarying() {
    return true;
  }
}
