package dev.quiver.engine.plan;

import dev.quiver.engine.error.ErrorCode;
import dev.quiver.engine.error.QuiverException;
import dev.quiver.engine.plan.schema.DirectorySchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.calcite.avatica.util.TimeUnit;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlCharStringLiteral;
import org.apache.calcite.sql.SqlIdentifier;
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
 *   <li>{@code read_csv('x.csv', delim => ';')}: a positional path before named options gets its
 *       name, since Calcite takes named arguments only when all are named; an option the function
 *       does not have is an error listing the ones it has.
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

  /** The name of the first parameter of the read_ table functions. */
  private static final String PATH_PARAMETER = "path";

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
    if (name.toLowerCase(Locale.ROOT).startsWith("read_")) {
      checkOptionNames(visited);
      if (mixesNamedArguments(visited)) {
        return nameLeadingArguments(visited);
      }
    }
    if (name.equalsIgnoreCase("STRPTIME") && visited.operandCount() == 2) {
      return SqlLibraryOperators.PARSE_DATETIME.createCall(
          visited.getParserPosition(), visited.operand(1), visited.operand(0));
    }
    return visited;
  }

  /**
   * {@code read_csv('x.csv', nope => 1)}: an option the function does not have is named, with the
   * ones it has, instead of Calcite's "No match found for function signature".
   */
  private static void checkOptionNames(SqlCall call) {
    String function = call.getOperator().getName();
    List<String> options = DirectorySchema.readOptionNames(function);
    if (options == null) {
      return;
    }
    for (SqlNode operand : call.getOperandList()) {
      if (operand == null || operand.getKind() != SqlKind.ARGUMENT_ASSIGNMENT) {
        continue;
      }
      String option = ((SqlCall) operand).operand(1).toString();
      if (option.equalsIgnoreCase(PATH_PARAMETER)) {
        continue;
      }
      boolean known = options.stream().anyMatch(option::equalsIgnoreCase);
      if (!known) {
        throw new QuiverException(
            ErrorCode.SYNTAX_OR_BINDING,
            function.toLowerCase(Locale.ROOT) + " has no option '" + option + "'; its options are "
                + String.join(", ", options));
      }
    }
  }

  private static boolean mixesNamedArguments(SqlCall call) {
    boolean named = false;
    boolean positional = false;
    for (SqlNode operand : call.getOperandList()) {
      if (operand != null && operand.getKind() == SqlKind.ARGUMENT_ASSIGNMENT) {
        named = true;
      } else {
        positional = true;
      }
    }
    return named && positional;
  }

  /**
   * {@code read_csv('x.csv', delim => ';')}: Calcite accepts named arguments only when all are
   * named, so the leading positional one, the path, gets its name.
   */
  private static SqlNode nameLeadingArguments(SqlCall call) {
    List<SqlNode> operands = new ArrayList<>(call.getOperandList());
    SqlNode first = operands.get(0);
    if (first.getKind() != SqlKind.ARGUMENT_ASSIGNMENT) {
      operands.set(
          0,
          SqlStdOperatorTable.ARGUMENT_ASSIGNMENT.createCall(
              first.getParserPosition(),
              first,
              new SqlIdentifier(PATH_PARAMETER, first.getParserPosition())));
    }
    for (SqlNode operand : operands.subList(1, operands.size())) {
      if (operand.getKind() != SqlKind.ARGUMENT_ASSIGNMENT) {
        throw new QuiverException(
            ErrorCode.SYNTAX_OR_BINDING,
            call.getOperator().getName() + ": after the path, give options by name, e.g."
                + " delim => ';'");
      }
    }
    return call.getOperator().createCall(call.getFunctionQuantifier(), call.getParserPosition(),
        operands.toArray(new SqlNode[0]));
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
