package dev.quiver.engine.plan;

import dev.quiver.engine.error.ErrorCode;
import dev.quiver.engine.error.QuiverException;
import dev.quiver.engine.exec.Operator;
import dev.quiver.engine.exec.aggregate.AggregateMode;
import dev.quiver.engine.exec.aggregate.AggregateSpec;
import dev.quiver.engine.exec.operator.GatherOperator;
import dev.quiver.engine.exec.operator.HashAggregateOperator;
import dev.quiver.engine.exec.operator.ProjectOperator;
import dev.quiver.engine.exec.operator.ScanOperator;
import dev.quiver.engine.exec.operator.SharedUnits;
import dev.quiver.engine.expr.PhysicalExpr;
import dev.quiver.engine.plan.rel.QuiverAggregate;
import dev.quiver.engine.plan.rel.QuiverFilter;
import dev.quiver.engine.plan.rel.QuiverProject;
import dev.quiver.engine.plan.rel.QuiverTableScan;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.AggregateCall;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Runs an aggregate over a scan on every core: each worker runs its own copy of the pipeline
 * (scan of its share of the file's partitions, filters, projections, and a hash aggregate of the
 * rows it saw), a {@link GatherOperator} collects the per-worker groups, and a final hash
 * aggregate combines them.
 *
 * <p>The combination is exact because every supported function decomposes: COUNT into a SUM0 of
 * counts, SUM and SUM0 into sums of sums, MIN and MAX into themselves, and AVG into a SUM and a
 * COUNT per worker, divided once at the end. DISTINCT does not decompose, so such aggregates (and
 * any plan shape other than filters and projections over one scan) run single-threaded.
 */
final class ParallelAggregation {
  private static final Set<SqlKind> DECOMPOSABLE =
      EnumSet.of(SqlKind.COUNT, SqlKind.SUM, SqlKind.SUM0, SqlKind.MIN, SqlKind.MAX, SqlKind.AVG);

  private ParallelAggregation() {}

  /** The parallel operator tree for {@code aggregate}, or null when it should run single. */
  static Operator tryImplement(QuiverAggregate aggregate, PhysicalPlanner planner) {
    QuiverTableScan scan = pipelineScan(aggregate.getInput());
    if (scan == null || !decomposable(aggregate)) {
      return null;
    }
    int workers = ScanOperator.scanThreads();
    if (workers < 2) {
      return null;
    }
    SharedUnits units;
    try {
      units = ScanOperator.units(scan.fileTable(), scan.predicates(), workers);
    } catch (IOException e) {
      throw new QuiverException(ErrorCode.BAD_INPUT, e.getMessage(), e);
    }
    if (units.size() < 2) {
      return null;
    }
    Plan plan = new Plan(aggregate, planner);
    List<Operator> branches = new ArrayList<>();
    for (int i = 0; i < Math.min(workers, units.size()); i++) {
      branches.add(
          new HashAggregateOperator(
              planner.withSharedScan(units).implement(aggregate.getInput()),
              aggregate.getGroupSet().toArray(),
              plan.partialSpecs,
              plan.partialType,
              AggregateMode.SINGLE));
    }
    Operator combined =
        new HashAggregateOperator(
            new GatherOperator(branches),
            plan.keys(),
            plan.finalSpecs,
            plan.finalType,
            AggregateMode.SINGLE);
    return new ProjectOperator(combined, plan.finish(planner), aggregate.getRowType().getFieldNames());
  }

  /** The scan at the bottom of a chain of filters and projections, or null for other shapes. */
  private static QuiverTableScan pipelineScan(RelNode node) {
    RelNode current = node;
    while (current instanceof QuiverFilter || current instanceof QuiverProject) {
      current = current.getInput(0);
    }
    return current instanceof QuiverTableScan scan ? scan : null;
  }

  private static boolean decomposable(QuiverAggregate aggregate) {
    for (AggregateCall call : aggregate.getAggCallList()) {
      if (call.isDistinct() || !DECOMPOSABLE.contains(call.getAggregation().getKind())) {
        return false;
      }
    }
    return true;
  }

  /** The per-worker and final aggregate calls, their row types, and where each result lands. */
  private static final class Plan {
    final List<AggregateSpec> partialSpecs = new ArrayList<>();
    final List<AggregateSpec> finalSpecs = new ArrayList<>();
    final RelDataType partialType;
    final RelDataType finalType;
    private final QuiverAggregate aggregate;
    private final int groupCount;
    /** For each original call: its column in the final row (AVG: the sum's). */
    private final int[] finalColumn;
    /** For each AVG call: the final column of its count; -1 for other calls. */
    private final int[] countColumn;
    /** Partial calls already planned, by what they compute: equal calls share one column. */
    private final Map<List<Object>, Integer> columnOf = new HashMap<>();
    private final RelDataTypeFactory.Builder partial;
    private final RelDataTypeFactory.Builder combined;

    Plan(QuiverAggregate aggregate, PhysicalPlanner planner) {
      this.aggregate = aggregate;
      this.groupCount = aggregate.getGroupCount();
      RelDataTypeFactory types = aggregate.getCluster().getTypeFactory();
      RelDataType bigint = types.createSqlType(SqlTypeName.BIGINT);
      partial = types.builder();
      combined = types.builder();
      List<RelDataTypeField> inputFields = aggregate.getInput().getRowType().getFieldList();
      for (int key : aggregate.getGroupSet()) {
        partial.add(inputFields.get(key));
        combined.add(inputFields.get(key));
      }
      List<AggregateCall> calls = aggregate.getAggCallList();
      finalColumn = new int[calls.size()];
      countColumn = new int[calls.size()];
      for (int i = 0; i < calls.size(); i++) {
        AggregateCall call = calls.get(i);
        SqlKind kind = call.getAggregation().getKind();
        String name = "p" + i;
        countColumn[i] = -1;
        if (kind == SqlKind.AVG) {
          RelDataType argType = inputFields.get(call.getArgList().get(0)).getType();
          RelDataType sumType =
              types.createTypeWithNullability(
                  types.getTypeSystem().deriveSumType(types, argType), true);
          finalColumn[i] = column(SqlKind.SUM, call.getArgList(), call.filterArg, sumType, name + "_sum");
          countColumn[i] = column(SqlKind.COUNT, call.getArgList(), call.filterArg, bigint, name + "_count");
        } else {
          finalColumn[i] = column(kind, call.getArgList(), call.filterArg, call.getType(), name);
        }
      }
      partialType = partial.build();
      finalType = combined.build();
    }

    /**
     * The final column of a partial call computing {@code kind(args) FILTER filterArg} as {@code
     * type}, planning the partial call and the final one that combines it unless an equal call
     * was planned already (SUM(x) beside AVG(x) computes the sum once).
     */
    private int column(SqlKind kind, List<Integer> args, int filterArg, RelDataType type, String name) {
      List<Object> key = List.of(kind, args, filterArg, type.getFullTypeString());
      Integer existing = columnOf.get(key);
      if (existing != null) {
        return existing;
      }
      int column = groupCount + partialSpecs.size();
      add(partial, partialSpecs, kind, args, filterArg, type, name);
      SqlKind combine =
          kind == SqlKind.COUNT ? SqlKind.SUM0 : kind == SqlKind.SUM ? SqlKind.SUM : kind;
      add(combined, finalSpecs, combine, List.of(column), -1, type, name);
      columnOf.put(key, column);
      return column;
    }

    private static void add(
        RelDataTypeFactory.Builder row,
        List<AggregateSpec> specs,
        SqlKind kind,
        List<Integer> args,
        int filterArg,
        RelDataType type,
        String name) {
      specs.add(new AggregateSpec(kind, args, false, filterArg, type, name));
      row.add(name, type);
    }

    int[] keys() {
      int[] keys = new int[groupCount];
      for (int i = 0; i < groupCount; i++) {
        keys[i] = i;
      }
      return keys;
    }

    private RexNode inputRef(RexBuilder rex, int column) {
      return rex.makeInputRef(finalType.getFieldList().get(column).getType(), column);
    }

    /** The original output: keys and results as they are, AVG as sum / count (NULL for none). */
    List<PhysicalExpr> finish(PhysicalPlanner planner) {
      RexBuilder rex = aggregate.getCluster().getRexBuilder();
      List<PhysicalExpr> outputs = new ArrayList<>();
      for (int i = 0; i < groupCount; i++) {
        outputs.add(planner.compile(inputRef(rex, i), finalType));
      }
      List<AggregateCall> calls = aggregate.getAggCallList();
      for (int i = 0; i < calls.size(); i++) {
        AggregateCall call = calls.get(i);
        RexNode result = inputRef(rex, finalColumn[i]);
        if (call.getAggregation().getKind() == SqlKind.AVG) {
          RexNode count = inputRef(rex, countColumn[i]);
          RelDataType doubleType =
              rex.getTypeFactory().createTypeWithNullability(
                  rex.getTypeFactory().createSqlType(SqlTypeName.DOUBLE), true);
          RexNode quotient =
              rex.makeCall(
                  SqlStdOperatorTable.DIVIDE,
                  rex.makeCast(doubleType, result),
                  rex.makeCast(doubleType, count));
          result =
              rex.makeCast(
                  call.getType(),
                  rex.makeCall(
                      SqlStdOperatorTable.CASE,
                      rex.makeCall(
                          SqlStdOperatorTable.EQUALS, count, rex.makeBigintLiteral(BigDecimal.ZERO)),
                      rex.makeNullLiteral(doubleType),
                      quotient),
                  true);
        }
        outputs.add(planner.compile(result, finalType));
      }
      return outputs;
    }
  }
}
