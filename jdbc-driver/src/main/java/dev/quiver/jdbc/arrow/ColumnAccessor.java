package dev.quiver.jdbc.arrow;

import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.Ref;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLXML;
import java.sql.Struct;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Calendar;
import java.util.Map;
import org.apache.arrow.vector.FieldVector;
import org.apache.calcite.avatica.ColumnMetaData;
import org.apache.calcite.avatica.util.Cursor;
import org.joou.UByte;
import org.joou.UInteger;
import org.joou.ULong;
import org.joou.UShort;

/**
 * Reads one column of an {@link ArrowCursor}'s current row, as each JDBC getter asks. Subclasses
 * (one per Arrow vector class) implement the getters their SQL type supports; the rest fail with a
 * SQLDataException naming the column, its type and the requested Java type. Every getter records
 * whether the value was NULL for {@code wasNull()}.
 */
public abstract class ColumnAccessor implements Cursor.Accessor {
  /** SQLState for a value that cannot be converted to the requested type. */
  static final String CANNOT_CONVERT = "22018";
  /** SQLState for a number that does not fit the requested type. */
  static final String OUT_OF_RANGE = "22003";

  protected final ArrowCursor cursor;
  private final int column;
  private final String label;
  private final String typeName;
  private final Class<?> objectClass;

  protected ColumnAccessor(ArrowCursor cursor, int column, ColumnMetaData metaData) {
    this.cursor = cursor;
    this.column = column;
    this.label = metaData.label;
    this.typeName = metaData.type.name;
    this.objectClass = resolve(metaData.columnClassName, naturalClass());
  }

  /** The accessor for a column, chosen by its JDBC type (one vector class per type). */
  static ColumnAccessor forColumn(ArrowCursor cursor, int column, ColumnMetaData metaData) {
    switch (metaData.type.id) {
      case Types.BOOLEAN:
      case Types.BIT:
        return new BitAccessor(cursor, column, metaData);
      case Types.TINYINT:
        return new TinyIntAccessor(cursor, column, metaData);
      case Types.SMALLINT:
        return new SmallIntAccessor(cursor, column, metaData);
      case Types.INTEGER:
        return new IntAccessor(cursor, column, metaData);
      case Types.BIGINT:
        return new BigIntAccessor(cursor, column, metaData);
      case Types.REAL:
        return new Float4Accessor(cursor, column, metaData);
      case Types.FLOAT:
      case Types.DOUBLE:
        return new Float8Accessor(cursor, column, metaData);
      case Types.DECIMAL:
      case Types.NUMERIC:
        return new DecimalAccessor(cursor, column, metaData);
      case Types.CHAR:
      case Types.VARCHAR:
        return new VarCharAccessor(cursor, column, metaData);
      case Types.BINARY:
      case Types.VARBINARY:
        return new VarBinaryAccessor(cursor, column, metaData);
      case Types.DATE:
        return new DateDayAccessor(cursor, column, metaData);
      case Types.TIME:
        return new TimeMicroAccessor(cursor, column, metaData);
      case Types.TIMESTAMP:
        return new TimeStampMicroAccessor(cursor, column, metaData);
      case Types.NULL:
        return new NullAccessor(cursor, column, metaData);
      case Types.ARRAY:
      case Types.STRUCT:
      case Types.OTHER:
        return new NestedAccessor(cursor, column, metaData);
      default:
        throw new IllegalArgumentException(
            "Column " + (column + 1) + " (" + metaData.label + ") has SQL type "
                + metaData.type.name + ", which the Quiver driver cannot read yet");
    }
  }

  /** Points this accessor at the current batch's vector. */
  abstract void bind(FieldVector vector) throws SQLException;

  abstract boolean isNull(int row);

  /** The class a value of this vector is by nature, when ColumnInfo names none. */
  abstract Class<?> naturalClass();

  /** Casts a vector to the class this accessor reads, or reports the engine's mistake. */
  protected final <V> V expect(FieldVector vector, Class<V> vectorClass) throws SQLException {
    if (!vectorClass.isInstance(vector)) {
      throw new SQLException(
          "Column " + (column + 1) + " (" + label + ", " + typeName + "): the engine sent a "
              + vector.getClass().getSimpleName() + ", expected " + vectorClass.getSimpleName()
              + " (this is a bug in Quiver; please report it)",
          "XX000");
    }
    return vectorClass.cast(vector);
  }

  /** The current row, after recording whether its value is NULL; -1 when it is NULL. */
  protected final int rowOrNull() throws SQLException {
    int row = cursor.row();
    boolean isNull = isNull(row);
    cursor.setWasNull(isNull);
    return isNull ? -1 : row;
  }

  protected final SQLException cannotConvert(String javaType) {
    return new SQLDataException(
        "Cannot read column " + (column + 1) + " (" + label + ", " + typeName + ") as " + javaType,
        CANNOT_CONVERT);
  }

  protected final SQLException outOfRange(Object value, String javaType) {
    return new SQLDataException(
        "Value " + value + " of column " + (column + 1) + " (" + label + ") is out of range for "
            + javaType,
        OUT_OF_RANGE);
  }

  /** Narrows a long, failing instead of wrapping around. */
  protected final long checkRange(long value, long min, long max, String javaType)
      throws SQLException {
    if (value < min || value > max) {
      throw outOfRange(value, javaType);
    }
    return value;
  }

  /** A BigDecimal's integer part as a long, failing when it does not fit. */
  protected final long toLong(BigDecimal value) throws SQLException {
    try {
      return value.setScale(0, RoundingMode.DOWN).longValueExact();
    } catch (ArithmeticException e) {
      throw outOfRange(value.toPlainString(), "long");
    }
  }

  // ---- getObject ----

  @Override
  public Object getObject() throws SQLException {
    if (rowOrNull() < 0) {
      return null;
    }
    return objectAs(objectClass);
  }

  @Override
  public <T> T getObject(Class<T> type) throws SQLException {
    if (type == null) {
      throw new SQLException("getObject needs a class, got null");
    }
    if (rowOrNull() < 0) {
      return null;
    }
    Object value = type == Object.class ? objectAs(objectClass) : objectAs(type);
    return type.cast(value);
  }

  @Override
  public Object getObject(Map<String, Class<?>> map) throws SQLException {
    return getObject();
  }

  /**
   * The current, non-NULL value as {@code type}. The base class covers the types every getter
   * maps to; temporal accessors add java.time and java.sql classes.
   */
  protected Object objectAs(Class<?> type) throws SQLException {
    if (type == String.class) {
      return getString();
    }
    if (type == Long.class || type == long.class) {
      return getLong();
    }
    if (type == Integer.class || type == int.class) {
      return getInt();
    }
    if (type == Short.class || type == short.class) {
      return getShort();
    }
    if (type == Byte.class || type == byte.class) {
      return getByte();
    }
    if (type == Double.class || type == double.class) {
      return getDouble();
    }
    if (type == Float.class || type == float.class) {
      return getFloat();
    }
    if (type == Boolean.class || type == boolean.class) {
      return getBoolean();
    }
    if (type == BigDecimal.class) {
      return getBigDecimal();
    }
    if (type == byte[].class) {
      return getBytes();
    }
    throw cannotConvert(type.getName());
  }

  private static Class<?> resolve(String className, Class<?> fallback) {
    if (className == null || className.equals(Object.class.getName())) {
      return fallback;
    }
    if (className.equals("[B")) {
      return byte[].class;
    }
    try {
      return Class.forName(className, false, ColumnAccessor.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      return fallback;
    }
  }

  // ---- getters each subclass may support; the default is a conversion error ----

  @Override
  public boolean wasNull() {
    return cursor.wasNull();
  }

  @Override
  public String getString() throws SQLException {
    throw cannotConvert("String");
  }

  @Override
  public boolean getBoolean() throws SQLException {
    throw cannotConvert("boolean");
  }

  @Override
  public byte getByte() throws SQLException {
    return (byte) checkRange(getLong(), Byte.MIN_VALUE, Byte.MAX_VALUE, "byte");
  }

  @Override
  public short getShort() throws SQLException {
    return (short) checkRange(getLong(), Short.MIN_VALUE, Short.MAX_VALUE, "short");
  }

  @Override
  public int getInt() throws SQLException {
    return (int) checkRange(getLong(), Integer.MIN_VALUE, Integer.MAX_VALUE, "int");
  }

  @Override
  public long getLong() throws SQLException {
    throw cannotConvert("long");
  }

  @Override
  public float getFloat() throws SQLException {
    return (float) getDouble();
  }

  @Override
  public double getDouble() throws SQLException {
    throw cannotConvert("double");
  }

  @Override
  public BigDecimal getBigDecimal() throws SQLException {
    throw cannotConvert("BigDecimal");
  }

  @Override
  public BigDecimal getBigDecimal(int scale) throws SQLException {
    BigDecimal value = getBigDecimal();
    return value == null ? null : value.setScale(scale, RoundingMode.HALF_UP);
  }

  @Override
  public byte[] getBytes() throws SQLException {
    throw cannotConvert("byte[]");
  }

  @Override
  public Date getDate(Calendar calendar) throws SQLException {
    throw cannotConvert("java.sql.Date");
  }

  @Override
  public Time getTime(Calendar calendar) throws SQLException {
    throw cannotConvert("java.sql.Time");
  }

  @Override
  public Timestamp getTimestamp(Calendar calendar) throws SQLException {
    throw cannotConvert("java.sql.Timestamp");
  }

  @Override
  public UByte getUByte() throws SQLException {
    throw cannotConvert("UByte");
  }

  @Override
  public UShort getUShort() throws SQLException {
    throw cannotConvert("UShort");
  }

  @Override
  public UInteger getUInt() throws SQLException {
    throw cannotConvert("UInteger");
  }

  @Override
  public ULong getULong() throws SQLException {
    throw cannotConvert("ULong");
  }

  @Override
  public InputStream getAsciiStream() throws SQLException {
    throw new SQLFeatureNotSupportedException("getAsciiStream");
  }

  @Override
  public InputStream getUnicodeStream() throws SQLException {
    throw new SQLFeatureNotSupportedException("getUnicodeStream");
  }

  @Override
  public InputStream getBinaryStream() throws SQLException {
    byte[] bytes = getBytes();
    return bytes == null ? null : new java.io.ByteArrayInputStream(bytes);
  }

  @Override
  public Reader getCharacterStream() throws SQLException {
    String text = getString();
    return text == null ? null : new java.io.StringReader(text);
  }

  @Override
  public Reader getNCharacterStream() throws SQLException {
    return getCharacterStream();
  }

  @Override
  public String getNString() throws SQLException {
    return getString();
  }

  @Override
  public Ref getRef() throws SQLException {
    throw new SQLFeatureNotSupportedException("getRef");
  }

  @Override
  public Blob getBlob() throws SQLException {
    throw new SQLFeatureNotSupportedException("getBlob");
  }

  @Override
  public Clob getClob() throws SQLException {
    throw new SQLFeatureNotSupportedException("getClob");
  }

  @Override
  public Array getArray() throws SQLException {
    throw cannotConvert("java.sql.Array");
  }

  @Override
  public Struct getStruct() throws SQLException {
    throw cannotConvert("java.sql.Struct");
  }

  @Override
  public URL getURL() throws SQLException {
    throw new SQLFeatureNotSupportedException("getURL");
  }

  @Override
  public NClob getNClob() throws SQLException {
    throw new SQLFeatureNotSupportedException("getNClob");
  }

  @Override
  public SQLXML getSQLXML() throws SQLException {
    throw new SQLFeatureNotSupportedException("getSQLXML");
  }
}
