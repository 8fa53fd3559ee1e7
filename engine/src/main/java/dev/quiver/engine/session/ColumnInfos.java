package dev.quiver.engine.session;

import dev.quiver.engine.api.ColumnInfo;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.sql.type.SqlTypeName;

/** Describes SQL types the way JDBC metadata does. */
final class ColumnInfos {
  private ColumnInfos() {}

  static List<ColumnInfo> of(RelDataType rowType) {
    List<ColumnInfo> columns = new ArrayList<>();
    for (RelDataTypeField field : rowType.getFieldList()) {
      columns.add(of(field.getName(), field.getType()));
    }
    return columns;
  }

  static ColumnInfo of(String name, RelDataType type) {
    SqlTypeName sqlType = type.getSqlTypeName();
    // A string literal is CHAR(n) to Calcite; users and tools expect VARCHAR, and values are
    // never blank-padded in Quiver, so CHAR is reported as VARCHAR.
    if (sqlType == SqlTypeName.CHAR) {
      sqlType = SqlTypeName.VARCHAR;
    }
    int precision;
    int scale = 0;
    switch (sqlType) {
      case DECIMAL:
        precision = type.getPrecision();
        scale = type.getScale();
        break;
      case VARCHAR:
      case VARBINARY:
        precision = type.getPrecision() == RelDataType.PRECISION_NOT_SPECIFIED
            || type.getSqlTypeName() == SqlTypeName.CHAR ? -1 : type.getPrecision();
        break;
      case TIME:
      case TIMESTAMP:
        precision = type.getPrecision();
        break;
      default:
        precision = type.getPrecision() == RelDataType.PRECISION_NOT_SPECIFIED
            ? 0 : type.getPrecision();
    }
    boolean nested =
        sqlType == SqlTypeName.ROW || sqlType == SqlTypeName.ARRAY || sqlType == SqlTypeName.MAP;
    return new ColumnInfo(
        name,
        jdbcType(sqlType),
        nested ? typeName(type) : sqlType == SqlTypeName.FLOAT ? "DOUBLE" : sqlType.getName(),
        precision,
        scale,
        type.isNullable(),
        javaClass(sqlType));
  }

  /** SQL spelling of a type, nested ones included: {@code ROW(id BIGINT, tags VARCHAR ARRAY)}. */
  static String typeName(RelDataType type) {
    switch (type.getSqlTypeName()) {
      case ROW:
        {
          StringBuilder text = new StringBuilder("ROW(");
          for (RelDataTypeField field : type.getFieldList()) {
            if (field.getIndex() > 0) {
              text.append(", ");
            }
            text.append(field.getName()).append(' ').append(typeName(field.getType()));
          }
          return text.append(')').toString();
        }
      case ARRAY:
        return typeName(type.getComponentType()) + " ARRAY";
      case MAP:
        return "MAP(" + typeName(type.getKeyType()) + ", " + typeName(type.getValueType()) + ")";
      case CHAR:
        return "VARCHAR";
      case FLOAT:
        return "DOUBLE";
      case DECIMAL:
        return "DECIMAL(" + type.getPrecision() + ", " + type.getScale() + ")";
      default:
        return type.getSqlTypeName().getName();
    }
  }

  private static int jdbcType(SqlTypeName type) {
    switch (type) {
      case FLOAT:
        return Types.DOUBLE;
      case NULL:
        return Types.NULL;
      case ROW:
        return Types.STRUCT;
      case ARRAY:
        return Types.ARRAY;
      case MAP:
        return Types.OTHER;
      default:
        return type.getJdbcOrdinal();
    }
  }

  private static String javaClass(SqlTypeName type) {
    switch (type) {
      case BOOLEAN:
        return Boolean.class.getName();
      case TINYINT:
        return Byte.class.getName();
      case SMALLINT:
        return Short.class.getName();
      case INTEGER:
        return Integer.class.getName();
      case BIGINT:
        return Long.class.getName();
      case REAL:
        return Float.class.getName();
      case FLOAT:
      case DOUBLE:
        return Double.class.getName();
      case DECIMAL:
        return java.math.BigDecimal.class.getName();
      case DATE:
        return java.sql.Date.class.getName();
      case TIME:
        return java.sql.Time.class.getName();
      case TIMESTAMP:
        return java.sql.Timestamp.class.getName();
      case BINARY:
      case VARBINARY:
        return byte[].class.getName();
      case NULL:
        return Object.class.getName();
      case ARRAY:
        return java.util.List.class.getName();
      case ROW:
      case MAP:
        return java.util.Map.class.getName();
      default:
        return String.class.getName();
    }
  }
}
