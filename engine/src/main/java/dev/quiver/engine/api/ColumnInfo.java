package dev.quiver.engine.api;

/**
 * One column of a result, a parameter or a table, described the way JDBC metadata wants it.
 *
 * @param name the column label
 * @param jdbcType a {@link java.sql.Types} code
 * @param typeName the SQL type name, e.g. {@code DECIMAL}, {@code TIMESTAMP}
 * @param precision digits for DECIMAL, fractional-second digits for TIMESTAMP, max length for
 *     VARCHAR (or -1 when unbounded), 0 when it does not apply
 * @param scale digits after the point for DECIMAL, 0 otherwise
 * @param nullable whether the column may hold NULL
 * @param javaClassName the class {@code ResultSet.getObject(int)} returns
 */
public record ColumnInfo(
    String name,
    int jdbcType,
    String typeName,
    int precision,
    int scale,
    boolean nullable,
    String javaClassName) {}
