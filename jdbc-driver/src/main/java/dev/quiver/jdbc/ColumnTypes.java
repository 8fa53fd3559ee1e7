package dev.quiver.jdbc;

import dev.quiver.engine.api.ColumnInfo;
import java.sql.DatabaseMetaData;
import java.sql.Types;
import org.apache.calcite.avatica.AvaticaParameter;
import org.apache.calcite.avatica.ColumnMetaData;

/**
 * The JDBC view of a {@link ColumnInfo}: precision as JDBC defines it (characters for datetimes,
 * digits for numbers), display size, Avatica's representation, and the {@link ColumnMetaData} or
 * {@link AvaticaParameter} built from them.
 */
final class ColumnTypes {
  /** Reported as the size of VARCHAR columns without a declared length. */
  static final int UNBOUNDED_LENGTH = Integer.MAX_VALUE;

  /** {@code yyyy-MM-dd}. */
  private static final int DATE_LENGTH = 10;
  /** {@code HH:mm:ss}. */
  private static final int TIME_LENGTH = 8;
  /** {@code yyyy-MM-dd HH:mm:ss}. */
  private static final int TIMESTAMP_LENGTH = 19;
  /** Significant decimal digits of a DOUBLE and of a REAL. */
  private static final int DOUBLE_DIGITS = 15;

  private static final int REAL_DIGITS = 7;
  /** Characters of the longest rendering of a DOUBLE, e.g. {@code -1.7976931348623157E308}. */
  private static final int DOUBLE_DISPLAY = 24;

  private static final int REAL_DISPLAY = 15;

  private ColumnTypes() {}

  /** The result column at 0-based {@code ordinal}. */
  static ColumnMetaData columnMetaData(int ordinal, ColumnInfo c) {
    return new ColumnMetaData(
        ordinal,
        false,
        isText(c.jdbcType()),
        true,
        false,
        c.nullable() ? DatabaseMetaData.columnNullable : DatabaseMetaData.columnNoNulls,
        isSigned(c.jdbcType()),
        displaySize(c),
        c.name(),
        c.name(),
        null,
        precision(c),
        scale(c),
        null,
        null,
        ColumnMetaData.scalar(c.jdbcType(), c.typeName(), rep(c.jdbcType())),
        true,
        false,
        false,
        c.javaClassName());
  }

  /** The {@code ?} at 0-based {@code ordinal}. */
  static AvaticaParameter parameter(int ordinal, ColumnInfo c) {
    return new AvaticaParameter(
        isSigned(c.jdbcType()),
        precision(c),
        scale(c),
        c.jdbcType(),
        c.typeName(),
        c.javaClassName(),
        "?" + (ordinal + 1));
  }

  /** JDBC precision: digits for numbers, characters for text and datetimes, bytes for binary. */
  static int precision(ColumnInfo c) {
    switch (c.jdbcType()) {
      case Types.BOOLEAN:
      case Types.BIT:
        return 1;
      case Types.TINYINT:
        return 3;
      case Types.SMALLINT:
        return 5;
      case Types.INTEGER:
        return 10;
      case Types.BIGINT:
        return 19;
      case Types.REAL:
        return REAL_DIGITS;
      case Types.FLOAT:
      case Types.DOUBLE:
        return DOUBLE_DIGITS;
      case Types.DATE:
        return DATE_LENGTH;
      case Types.TIME:
        return TIME_LENGTH + fractionLength(c);
      case Types.TIMESTAMP:
        return TIMESTAMP_LENGTH + fractionLength(c);
      case Types.CHAR:
      case Types.VARCHAR:
      case Types.BINARY:
      case Types.VARBINARY:
        return c.precision() <= 0 ? UNBOUNDED_LENGTH : c.precision();
      default:
        return Math.max(0, c.precision());
    }
  }

  /** Digits after the point: DECIMAL's scale, fractional-second digits for TIME/TIMESTAMP. */
  static int scale(ColumnInfo c) {
    switch (c.jdbcType()) {
      case Types.DECIMAL:
      case Types.NUMERIC:
        return c.scale();
      case Types.TIME:
      case Types.TIMESTAMP:
        return Math.max(0, c.precision());
      default:
        return 0;
    }
  }

  /** The most characters a value of this column renders to. */
  static int displaySize(ColumnInfo c) {
    switch (c.jdbcType()) {
      case Types.BOOLEAN:
      case Types.BIT:
        return "false".length();
      case Types.TINYINT:
      case Types.SMALLINT:
      case Types.INTEGER:
      case Types.BIGINT:
        return precision(c) + 1;
      case Types.REAL:
        return REAL_DISPLAY;
      case Types.FLOAT:
      case Types.DOUBLE:
        return DOUBLE_DISPLAY;
      case Types.DECIMAL:
      case Types.NUMERIC:
        // sign and point
        return c.precision() + 2;
      case Types.BINARY:
      case Types.VARBINARY:
        // two hex digits a byte
        return c.precision() <= 0 ? UNBOUNDED_LENGTH : 2 * c.precision();
      default:
        return precision(c);
    }
  }

  static boolean isSigned(int jdbcType) {
    switch (jdbcType) {
      case Types.TINYINT:
      case Types.SMALLINT:
      case Types.INTEGER:
      case Types.BIGINT:
      case Types.REAL:
      case Types.FLOAT:
      case Types.DOUBLE:
      case Types.DECIMAL:
      case Types.NUMERIC:
        return true;
      default:
        return false;
    }
  }

  static boolean isText(int jdbcType) {
    return jdbcType == Types.CHAR || jdbcType == Types.VARCHAR;
  }

  /** 10 for numbers, null where a radix does not apply (DatabaseMetaData.getColumns). */
  static Integer radix(int jdbcType) {
    return isSigned(jdbcType) ? 10 : null;
  }

  /** Avatica's representation of values of a JDBC type. */
  static ColumnMetaData.Rep rep(int jdbcType) {
    switch (jdbcType) {
      case Types.BOOLEAN:
      case Types.BIT:
        return ColumnMetaData.Rep.BOOLEAN;
      case Types.TINYINT:
        return ColumnMetaData.Rep.BYTE;
      case Types.SMALLINT:
        return ColumnMetaData.Rep.SHORT;
      case Types.INTEGER:
        return ColumnMetaData.Rep.INTEGER;
      case Types.BIGINT:
        return ColumnMetaData.Rep.LONG;
      case Types.REAL:
        return ColumnMetaData.Rep.FLOAT;
      case Types.FLOAT:
      case Types.DOUBLE:
        return ColumnMetaData.Rep.DOUBLE;
      case Types.DECIMAL:
      case Types.NUMERIC:
        return ColumnMetaData.Rep.NUMBER;
      case Types.CHAR:
      case Types.VARCHAR:
        return ColumnMetaData.Rep.STRING;
      case Types.BINARY:
      case Types.VARBINARY:
        return ColumnMetaData.Rep.BYTE_STRING;
      case Types.DATE:
        return ColumnMetaData.Rep.JAVA_SQL_DATE;
      case Types.TIME:
        return ColumnMetaData.Rep.JAVA_SQL_TIME;
      case Types.TIMESTAMP:
        return ColumnMetaData.Rep.JAVA_SQL_TIMESTAMP;
      default:
        return ColumnMetaData.Rep.OBJECT;
    }
  }

  /** Characters of {@code .ffffff}, or 0 without fractional seconds. */
  private static int fractionLength(ColumnInfo c) {
    return c.precision() > 0 ? c.precision() + 1 : 0;
  }
}
