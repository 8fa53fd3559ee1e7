package dev.quiver.engine.session;

import dev.quiver.engine.api.ColumnInfo;
import dev.quiver.engine.api.PreparedQuery;
import dev.quiver.engine.api.QueryResult;
import dev.quiver.engine.error.QuiverException;
import dev.quiver.engine.exec.ExecutionContext;
import dev.quiver.engine.exec.operator.LiteralRowsOperator;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * {@code DESCRIBE orders}, {@code DESCRIBE "logs/*.csv"} or {@code DESCRIBE read_csv('x.csv',
 * delim => ';')}: the columns Quiver inferred for a table, with their SQL types, as DuckDB's
 * DESCRIBE shows them. The table is resolved exactly as in a query ({@code SELECT * FROM ...}),
 * so paths, globs and table functions work.
 */
final class DescribeQuery implements PreparedQuery {
  private static final Pattern DESCRIBE =
      Pattern.compile("(?is)^\\s*DESC(?:RIBE)?\\s+(?:TABLE\\s+)?(.+?)\\s*;?\\s*$");

  private final DefaultQuiverSession session;
  private final String sql;
  private final RelDataType rowType;

  private DescribeQuery(DefaultQuiverSession session, String sql, RelDataType rowType) {
    this.session = session;
    this.sql = sql;
    this.rowType = rowType;
  }

  /** The DESCRIBE statement {@code sql} prepared, or null when {@code sql} is not one. */
  static DescribeQuery tryPrepare(DefaultQuiverSession session, String sql) {
    Matcher matcher = DESCRIBE.matcher(sql);
    if (!matcher.matches()) {
      return null;
    }
    String table = matcher.group(1);
    try {
      RelDataType rowType = session.planner().validate("SELECT * FROM " + table).rowType();
      return new DescribeQuery(session, sql, rowType);
    } catch (QuiverException e) {
      // The positions refer to the SELECT written here, not to the user's text: drop them.
      String message = String.valueOf(e.getMessage()).replaceFirst("^From line .*?: ", "");
      throw new QuiverException(e.code(), "DESCRIBE: " + message, e);
    }
  }

  @Override
  public String sql() {
    return sql;
  }

  @Override
  public List<ColumnInfo> columns() {
    return List.of(
        text("column_name", false), text("column_type", false), text("null", false));
  }

  private static ColumnInfo text(String name, boolean nullable) {
    return new ColumnInfo(name, Types.VARCHAR, "VARCHAR", -1, 0, nullable, String.class.getName());
  }

  @Override
  public List<ColumnInfo> parameters() {
    return List.of();
  }

  @Override
  public QueryResult execute(List<Object> parameterValues) {
    List<Object[]> rows = new ArrayList<>();
    for (RelDataTypeField field : rowType.getFieldList()) {
      rows.add(
          new Object[] {
            field.getName(),
            ColumnInfos.typeName(field.getType()),
            field.getType().isNullable() ? "YES" : "NO"
          });
    }
    RelDataType resultType =
        session
            .planner()
            .typeFactory()
            .builder()
            .add("column_name", SqlTypeName.VARCHAR)
            .add("column_type", SqlTypeName.VARCHAR)
            .add("null", SqlTypeName.VARCHAR)
            .build();
    BufferAllocator allocator = session.newQueryAllocator();
    ExecutionContext context =
        new ExecutionContext(allocator, List.of(), session.options().batchRows());
    return session.track(
        new OperatorQueryResult(
            columns(),
            new LiteralRowsOperator(resultType, rows),
            context,
            allocator,
            session::untrack));
  }
}
