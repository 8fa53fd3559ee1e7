package dev.quiver.engine.session;

import dev.quiver.engine.api.ColumnInfo;
import dev.quiver.engine.api.PreparedQuery;
import dev.quiver.engine.api.QueryResult;
import dev.quiver.engine.error.ErrorCode;
import dev.quiver.engine.error.QuiverException;
import dev.quiver.engine.exec.ExecutionContext;
import dev.quiver.engine.exec.Operator;
import dev.quiver.engine.exec.operator.EnumerableSourceOperator;
import dev.quiver.engine.plan.PhysicalPlanner;
import dev.quiver.engine.plan.QueryPlanner;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.calcite.linq4j.Linq4j;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * A validated statement. Each execution plans afresh with the bound values' types already known,
 * so the plan and the operators belong to that execution alone.
 */
final class DefaultPreparedQuery implements PreparedQuery {
  private static final String EXPLAIN_COLUMN = "PLAN";

  private final DefaultQuiverSession session;
  private final String sql;
  private final QueryPlanner.Validated validated;
  /** {@link #validated} until an execution right after prepare plans from it. */
  private final AtomicReference<QueryPlanner.Validated> unplanned;
  private final List<ColumnInfo> columns;
  private final List<ColumnInfo> parameters;
  private final List<RelDataType> parameterTypes;

  DefaultPreparedQuery(DefaultQuiverSession session, String sql, QueryPlanner.Validated validated) {
    this.session = session;
    this.sql = sql;
    this.validated = validated;
    this.unplanned = new AtomicReference<>(validated);
    this.columns = validated.isExplain()
        ? List.of(new ColumnInfo(EXPLAIN_COLUMN, java.sql.Types.VARCHAR, "VARCHAR", -1, 0, false,
            String.class.getName()))
        : ColumnInfos.of(validated.rowType());
    this.parameterTypes = new ArrayList<>();
    for (RelDataTypeField field : validated.parameterRowType().getFieldList()) {
      parameterTypes.add(field.getType());
    }
    this.parameters = ColumnInfos.of(validated.parameterRowType());
  }

  /** The result's SQL row type, as validated. */
  RelDataType rowType() {
    return validated.rowType();
  }

  @Override
  public String sql() {
    return sql;
  }

  @Override
  public List<ColumnInfo> columns() {
    return columns;
  }

  @Override
  public List<ColumnInfo> parameters() {
    return parameters;
  }

  @Override
  public QueryResult execute(List<Object> parameterValues) {
    return execute(parameterValues, null);
  }

  @Override
  public QueryResult executeJustPrepared(List<Object> parameterValues) {
    return execute(parameterValues, unplanned.getAndSet(null));
  }

  /** @param fresh the prepare's validation, not planned yet, or null to validate again */
  private QueryResult execute(List<Object> parameterValues, QueryPlanner.Validated fresh) {
    if (parameterValues.size() != parameterTypes.size()) {
      throw new QuiverException(
          ErrorCode.USER_ERROR,
          "The statement has " + parameterTypes.size() + " parameter(s) but "
              + parameterValues.size() + " value(s) were bound");
    }
    // A validator is single-use once a plan is built from it: validate again for each execution,
    // except the one right after prepare.
    QueryPlanner planner = session.planner();
    QueryPlanner.Plan plan = planner.plan(fresh != null ? fresh : planner.validate(sql));
    BufferAllocator allocator = session.newQueryAllocator();
    try {
      ExecutionContext context =
          new ExecutionContext(
              allocator, ParameterValues.normalize(parameterValues), session.options().batchRows());
      Operator root;
      if (validated.isExplain()) {
        List<String> lines;
        if (validated.isExplainAnalyze()) {
          PhysicalPlanner physicalPlanner =
              new PhysicalPlanner(
                  context, plan.rexBuilder(), session.rootSchema().plus(), parameterTypes);
          lines = ExplainAnalyze.run(physicalPlanner.implement(plan.rel()), context);
        } else {
          lines = Arrays.asList(plan.explain().split("\n"));
        }
        RelDataType rowType =
            planner.typeFactory().builder()
                .add(EXPLAIN_COLUMN, SqlTypeName.VARCHAR)
                .build();
        List<Object> rows = new ArrayList<>(lines);
        root = new EnumerableSourceOperator(() -> Linq4j.asEnumerable(rows), rowType, "explain");
      } else {
        PhysicalPlanner physicalPlanner =
            new PhysicalPlanner(
                context, plan.rexBuilder(), session.rootSchema().plus(), parameterTypes);
        root = physicalPlanner.implement(plan.rel());
      }
      return session.track(
          new OperatorQueryResult(
              columns, root, context, allocator, session::untrack));
    } catch (RuntimeException e) {
      allocator.close();
      throw e;
    }
  }
}
