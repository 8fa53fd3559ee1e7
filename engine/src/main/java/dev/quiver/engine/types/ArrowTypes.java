package dev.quiver.engine.types;

import dev.quiver.engine.error.ErrorCode;
import dev.quiver.engine.error.QuiverException;
import org.apache.arrow.memory.BufferAllocator;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.complex.ListVector;
import org.apache.arrow.vector.complex.MapVector;
import org.apache.arrow.vector.types.DateUnit;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * The one mapping between SQL types (Calcite {@link RelDataType}) and Arrow types, used by the
 * planner, the operators and the result path alike.
 *
 * <table>
 *   <tr><th>SQL</th><th>Arrow</th><th>vector</th></tr>
 *   <tr><td>BOOLEAN</td><td>Bool</td><td>BitVector</td></tr>
 *   <tr><td>TINYINT/SMALLINT/INTEGER/BIGINT</td><td>Int(8/16/32/64)</td><td>TinyInt..BigIntVector</td></tr>
 *   <tr><td>REAL</td><td>FloatingPoint(SINGLE)</td><td>Float4Vector</td></tr>
 *   <tr><td>FLOAT/DOUBLE</td><td>FloatingPoint(DOUBLE)</td><td>Float8Vector</td></tr>
 *   <tr><td>DECIMAL(p,s)</td><td>Decimal(p,s,128)</td><td>DecimalVector</td></tr>
 *   <tr><td>CHAR/VARCHAR</td><td>Utf8</td><td>VarCharVector</td></tr>
 *   <tr><td>BINARY/VARBINARY</td><td>Binary</td><td>VarBinaryVector</td></tr>
 *   <tr><td>DATE</td><td>Date(DAY)</td><td>DateDayVector (days since 1970-01-01)</td></tr>
 *   <tr><td>TIME</td><td>Time(MICROSECOND, 64)</td><td>TimeMicroVector</td></tr>
 *   <tr><td>TIMESTAMP</td><td>Timestamp(MICROSECOND, null)</td><td>TimeStampMicroVector</td></tr>
 *   <tr><td>NULL</td><td>Null</td><td>NullVector</td></tr>
 *   <tr><td>ROW(...)</td><td>Struct</td><td>StructVector</td></tr>
 *   <tr><td>t ARRAY</td><td>List</td><td>ListVector</td></tr>
 *   <tr><td>MAP(k, v)</td><td>Map</td><td>MapVector (entries: key, value)</td></tr>
 * </table>
 *
 * <p>Nested types can be held in batches and passed through filters and projections; operators
 * that compare or copy values one by one (aggregation keys and arguments, sort) take only flat
 * types ({@link #isFlat}), and the planner leaves the rest to Calcite's engine.
 */
public final class ArrowTypes {
  private ArrowTypes() {}

  /** Whether values of {@code type} can live in Arrow batches. */
  public static boolean isSupported(RelDataType type) {
    switch (type.getSqlTypeName()) {
      case ROW:
        for (RelDataTypeField field : type.getFieldList()) {
          if (!isSupported(field.getType())) {
            return false;
          }
        }
        return true;
      case ARRAY:
        return isSupported(type.getComponentType());
      case MAP:
        return isSupported(type.getKeyType()) && isSupported(type.getValueType());
      default:
        return toArrowOrNull(type) != null;
    }
  }

  /** Whether {@code type} is supported and not nested (ROW, ARRAY, MAP). */
  public static boolean isFlat(RelDataType type) {
    return toArrowOrNull(type) != null;
  }

  public static ArrowType toArrow(RelDataType type) {
    ArrowType arrow = toArrowOrNull(type);
    if (arrow == null) {
      throw new QuiverException(
          ErrorCode.NOT_SUPPORTED,
          "Type " + type.getFullTypeString() + " cannot be held in Arrow batches yet");
    }
    return arrow;
  }

  private static ArrowType toArrowOrNull(RelDataType type) {
    SqlTypeName name = type.getSqlTypeName();
    switch (name) {
      case BOOLEAN:
        return ArrowType.Bool.INSTANCE;
      case TINYINT:
        return new ArrowType.Int(8, true);
      case SMALLINT:
        return new ArrowType.Int(16, true);
      case INTEGER:
        return new ArrowType.Int(32, true);
      case BIGINT:
        return new ArrowType.Int(64, true);
      case REAL:
        return new ArrowType.FloatingPoint(FloatingPointPrecision.SINGLE);
      case FLOAT:
      case DOUBLE:
        return new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE);
      case DECIMAL:
        return new ArrowType.Decimal(type.getPrecision(), Math.max(0, type.getScale()), 128);
      case CHAR:
      case VARCHAR:
        return ArrowType.Utf8.INSTANCE;
      case BINARY:
      case VARBINARY:
        return ArrowType.Binary.INSTANCE;
      case DATE:
        return new ArrowType.Date(DateUnit.DAY);
      case TIME:
        return new ArrowType.Time(TimeUnit.MICROSECOND, 64);
      case TIMESTAMP:
        return new ArrowType.Timestamp(TimeUnit.MICROSECOND, null);
      case NULL:
        return ArrowType.Null.INSTANCE;
      default:
        return null;
    }
  }

  public static Field toField(String name, RelDataType type) {
    switch (type.getSqlTypeName()) {
      case ROW:
        {
          List<Field> children = new ArrayList<>();
          for (RelDataTypeField field : type.getFieldList()) {
            children.add(toField(field.getName(), field.getType()));
          }
          return new Field(name, FieldType.nullable(ArrowType.Struct.INSTANCE), children);
        }
      case ARRAY:
        return new Field(
            name,
            FieldType.nullable(ArrowType.List.INSTANCE),
            List.of(toField(ListVector.DATA_VECTOR_NAME, type.getComponentType())));
      case MAP:
        {
          Field key = toField(MapVector.KEY_NAME, type.getKeyType());
          Field keyNotNull = new Field(key.getName(), FieldType.notNullable(key.getType()),
              key.getChildren());
          Field entries =
              new Field(
                  MapVector.DATA_VECTOR_NAME,
                  FieldType.notNullable(ArrowType.Struct.INSTANCE),
                  List.of(keyNotNull, toField(MapVector.VALUE_NAME, type.getValueType())));
          return new Field(name, FieldType.nullable(new ArrowType.Map(false)), List.of(entries));
        }
      default:
        return new Field(name, new FieldType(true, toArrow(type), null), null);
    }
  }

  /** A new, empty vector for a column of {@code type}, owned by {@code allocator}. */
  public static FieldVector newVector(String name, RelDataType type, BufferAllocator allocator) {
    return toField(name, type).createVector(allocator);
  }

  /**
   * The SQL type of an Arrow type that a reader produces, always nullable.
   *
   * @throws QuiverException for Arrow types that have no SQL counterpart yet
   */
  public static RelDataType toSql(ArrowType arrow, RelDataTypeFactory factory) {
    if (arrow.isComplex()) {
      throw new QuiverException(
          ErrorCode.INTERNAL, "Nested Arrow type " + arrow + " needs its field: use toSql(Field)");
    }
    return toSql(new Field("", FieldType.nullable(arrow), null), factory);
  }

  /** The SQL type of a reader's field, nested types included; always nullable. */
  public static RelDataType toSql(Field field, RelDataTypeFactory factory) {
    ArrowType arrow = field.getType();
    RelDataType type;
    switch (arrow.getTypeID()) {
      case Struct:
        {
          RelDataTypeFactory.Builder builder = factory.builder();
          for (Field child : field.getChildren()) {
            builder.add(child.getName(), toSql(child, factory));
          }
          type = builder.build();
          break;
        }
      case List:
      case LargeList:
      case FixedSizeList:
        type = factory.createArrayType(toSql(field.getChildren().get(0), factory), -1);
        break;
      case Map:
        {
          Field entries = field.getChildren().get(0);
          type =
              factory.createMapType(
                  factory.createTypeWithNullability(
                      toSql(entries.getChildren().get(0), factory), false),
                  toSql(entries.getChildren().get(1), factory));
          break;
        }
      case Bool:
        type = factory.createSqlType(SqlTypeName.BOOLEAN);
        break;
      case Int:
        {
          int width = ((ArrowType.Int) arrow).getBitWidth();
          SqlTypeName name =
              width == 8
                  ? SqlTypeName.TINYINT
                  : width == 16
                      ? SqlTypeName.SMALLINT
                      : width == 32 ? SqlTypeName.INTEGER : SqlTypeName.BIGINT;
          type = factory.createSqlType(name);
          break;
        }
      case FloatingPoint:
        type =
            factory.createSqlType(
                ((ArrowType.FloatingPoint) arrow).getPrecision() == FloatingPointPrecision.SINGLE
                    ? SqlTypeName.REAL
                    : SqlTypeName.DOUBLE);
        break;
      case Decimal:
        {
          ArrowType.Decimal decimal = (ArrowType.Decimal) arrow;
          type =
              factory.createSqlType(
                  SqlTypeName.DECIMAL, decimal.getPrecision(), decimal.getScale());
          break;
        }
      case Utf8:
        type = factory.createSqlType(SqlTypeName.VARCHAR);
        break;
      case Binary:
        type = factory.createSqlType(SqlTypeName.VARBINARY);
        break;
      case Date:
        type = factory.createSqlType(SqlTypeName.DATE);
        break;
      case Time:
        type = factory.createSqlType(SqlTypeName.TIME, 6);
        break;
      case Timestamp:
        type = factory.createSqlType(SqlTypeName.TIMESTAMP, 6);
        break;
      case Null:
        type = factory.createSqlType(SqlTypeName.NULL);
        break;
      default:
        throw new QuiverException(
            ErrorCode.NOT_SUPPORTED, "Arrow type " + arrow + " has no SQL type in Quiver yet");
    }
    return factory.createTypeWithNullability(type, true);
  }
}
