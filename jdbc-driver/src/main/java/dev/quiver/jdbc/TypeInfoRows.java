package dev.quiver.jdbc;

import java.sql.DatabaseMetaData;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.calcite.avatica.MetaImpl.MetaTypeInfo;

/** The rows of {@code DatabaseMetaData.getTypeInfo()}: the SQL types Quiver's batches hold. */
final class TypeInfoRows {
  private static final short NULLABLE = (short) DatabaseMetaData.typeNullable;
  private static final short SEARCHABLE = (short) DatabaseMetaData.typeSearchable;
  private static final short MAX_DECIMAL_SCALE = 38;
  private static final short MICROSECONDS = 6;

  /** Sorted by DATA_TYPE, as JDBC asks. */
  static final List<MetaTypeInfo> ROWS = rows();

  private TypeInfoRows() {}

  private static List<MetaTypeInfo> rows() {
    List<MetaTypeInfo> rows = new ArrayList<>();
    rows.add(number("TINYINT", Types.TINYINT, 3));
    rows.add(number("BIGINT", Types.BIGINT, 19));
    rows.add(other("VARBINARY", Types.VARBINARY, Integer.MAX_VALUE, "X'", "'"));
    rows.add(other("BINARY", Types.BINARY, Integer.MAX_VALUE, "X'", "'"));
    rows.add(text("CHAR", Types.CHAR));
    rows.add(
        new MetaTypeInfo("DECIMAL", Types.DECIMAL, 38, null, null, NULLABLE, false, SEARCHABLE,
            false, true, false, (short) 0, MAX_DECIMAL_SCALE, 10));
    rows.add(number("INTEGER", Types.INTEGER, 10));
    rows.add(number("SMALLINT", Types.SMALLINT, 5));
    rows.add(number("FLOAT", Types.FLOAT, 15));
    rows.add(number("REAL", Types.REAL, 7));
    rows.add(number("DOUBLE", Types.DOUBLE, 15));
    rows.add(text("VARCHAR", Types.VARCHAR));
    rows.add(other("BOOLEAN", Types.BOOLEAN, 1, null, null));
    rows.add(other("DATE", Types.DATE, 10, "DATE '", "'"));
    rows.add(temporal("TIME", Types.TIME, 15, "TIME '"));
    rows.add(temporal("TIMESTAMP", Types.TIMESTAMP, 26, "TIMESTAMP '"));
    rows.sort(Comparator.comparingInt(row -> row.dataType));
    return List.copyOf(rows);
  }

  private static MetaTypeInfo number(String name, int type, int precision) {
    return new MetaTypeInfo(name, type, precision, null, null, NULLABLE, false, SEARCHABLE, false,
        false, false, (short) 0, (short) 0, 10);
  }

  private static MetaTypeInfo text(String name, int type) {
    return new MetaTypeInfo(name, type, Integer.MAX_VALUE, "'", "'", NULLABLE, true, SEARCHABLE,
        false, false, false, (short) 0, (short) 0, 0);
  }

  private static MetaTypeInfo temporal(String name, int type, int precision, String prefix) {
    return new MetaTypeInfo(name, type, precision, prefix, "'", NULLABLE, false, SEARCHABLE, false,
        false, false, (short) 0, MICROSECONDS, 0);
  }

  private static MetaTypeInfo other(
      String name, int type, int precision, String prefix, String suffix) {
    return new MetaTypeInfo(name, type, precision, prefix, suffix, NULLABLE, false, SEARCHABLE,
        false, false, false, (short) 0, (short) 0, 0);
  }
}
