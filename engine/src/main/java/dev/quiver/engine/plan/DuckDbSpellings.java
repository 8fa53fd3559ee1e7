package dev.quiver.engine.plan;

import dev.quiver.engine.error.ErrorCode;
import dev.quiver.engine.error.QuiverException;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.calcite.avatica.util.TimeUnit;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlCharStringLiteral;
import org.apache.calcite.sql.SqlIntervalQualifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.fun.SqlLibraryOperators;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.util.SqlShuttle;

/**
 * Rewrites, right after parsing, function spellings that pandas and DuckDB users type into the
 * Calcite functions that mean the same, so that validation, planning and the kernels need nothing
 * new:
 *
 * <ul>
 *   <li>{@code DATE_TRUNC('hour', ts)} (DuckDB and PostgreSQL argument order) becomes {@code
 *       FLOOR(ts TO HOUR)}; Calcite's BigQuery form {@code DATE_TRUNC(d, MONTH)} is left alone.
 *       {@code 'week'} is refused: Calcite's weeks start on Sunday, DuckDB's on Monday.
 *   <li>{@code STRPTIME(text, '%Y-%m-%d %H:%M:%S')} becomes {@code PARSE_DATETIME(format, text)},
 *       a TIMESTAMP.
 * </ul>
 */
final class DuckDbSpellings extends SqlShuttle {
  static final DuckDbSpellings INSTANCE = new DuckDbSpellings();

  private static final Map<String, TimeUnit> TRUNCATION_UNITS =
      new TreeMap<>(
          Map.of(
              "year", TimeUnit.YEAR,
              "quarter", TimeUnit.QUARTER,
              "month", TimeUnit.MONTH,
              "day", TimeUnit.DAY,
              "hour", TimeUnit.HOUR,
              "minute", TimeUnit.MINUTE,
              "second", TimeUnit.SECOND));

  private DuckDbSpellings() {}

  @Override
  public SqlNode visit(SqlCall call) {
    SqlCall visited = (SqlCall) super.visit(call);
    if (visited == null) {
      return null;
    }
    String name = visited.getOperator().getName();
    if (visited.getKind() == SqlKind.DATE_TRUNC
        && visited.operandCount() == 2
        && visited.operand(0) instanceof SqlCharStringLiteral unit) {
      return SqlStdOperatorTable.FLOOR.createCall(
          visited.getParserPosition(),
          visited.operand(1),
          new SqlIntervalQualifier(truncationUnit(unit), null, unit.getParserPosition()));
    }
    if (name.equalsIgnoreCase("STRPTIME") && visited.operandCount() == 2) {
      return SqlLibraryOperators.PARSE_DATETIME.createCall(
          visited.getParserPosition(), visited.operand(1), visited.operand(0));
    }
    return visited;
  }

  private static TimeUnit truncationUnit(SqlCharStringLiteral literal) {
    String unit = literal.getValueAs(String.class).toLowerCase(Locale.ROOT);
    TimeUnit timeUnit = TRUNCATION_UNITS.get(unit);
    if (timeUnit == null) {
      throw new QuiverException(
          ErrorCode.SYNTAX_OR_BINDING,
          "DATE_TRUNC does not know the unit '" + unit + "'; use one of "
              + String.join(", ", TRUNCATION_UNITS.keySet()));
    }
    return timeUnit;
  }
}
