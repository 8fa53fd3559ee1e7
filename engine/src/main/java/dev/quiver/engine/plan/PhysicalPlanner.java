package dev.quiver.engine.plan;

import dev.quiver.engine.error.QuiverException;
import dev.quiver.engine.exec.ExecutionContext;
import dev.quiver.engine.exec.Operator;
import dev.quiver.engine.exec.operator.EnumerableSourceOperator;
import dev.quiver.engine.exec.operator.SharedUnits;
import dev.quiver.engine.exec.rows.BatchRowsEnumerable;
import dev.quiver.engine.expr.ExprCompiler;
import dev.quiver.engine.expr.PhysicalExpr;
import dev.quiver.engine.plan.rel.QuiverAggregate;
import dev.quiver.engine.plan.rel.QuiverRel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.calcite.DataContext;
import org.apache.calcite.adapter.enumerable.EnumerableInterpretable;
import org.apache.calcite.adapter.enumerable.EnumerableRel;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.QueryProvider;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.runtime.Bindable;
import org.apache.calcite.schema.SchemaPlus;

/**
 * Turns one optimized plan into a tree of runtime operators for one execution.
 *
 * <p>Quiver nodes implement themselves ({@link QuiverRel#implement}). An Enumerable subtree (the
 * fallback) is compiled by Calcite into a {@link Bindable} and bound to a {@link DataContext}
 * that, besides the usual variables and {@code ?} parameters, hands this planner to the generated
 * code, so that a Quiver subtree below the fallback ({@code QuiverToEnumerableConverter}) becomes
 * operators of the same execution.
 */
public final class PhysicalPlanner {
  private static final String PLANNER_KEY = "quiver.physicalPlanner";

  private final ExecutionContext context;
  private final RexBuilder rexBuilder;
  private final SchemaPlus rootSchema;
  private final List<RelDataType> parameterTypes;
  /** When set, the scan below reads its share of these units (a parallel pipeline's copy). */
  private final SharedUnits sharedScan;

  public PhysicalPlanner(
      ExecutionContext context,
      RexBuilder rexBuilder,
      SchemaPlus rootSchema,
      List<RelDataType> parameterTypes) {
    this(context, rexBuilder, rootSchema, parameterTypes, null);
  }

  private PhysicalPlanner(
      ExecutionContext context,
      RexBuilder rexBuilder,
      SchemaPlus rootSchema,
      List<RelDataType> parameterTypes,
      SharedUnits sharedScan) {
    this.context = context;
    this.rexBuilder = rexBuilder;
    this.rootSchema = rootSchema;
    this.parameterTypes = parameterTypes;
    this.sharedScan = sharedScan;
  }

  /**
   * A planner for one copy of a parallel pipeline: the scan it builds takes its units from {@code
   * units}, shared with the other copies.
   */
  PhysicalPlanner withSharedScan(SharedUnits units) {
    return new PhysicalPlanner(context, rexBuilder, rootSchema, parameterTypes, units);
  }

  /** The units a scan built by this planner shares with sibling pipelines, or null. */
  public SharedUnits sharedScan() {
    return sharedScan;
  }

  /** The parallel form of an aggregate over a scan, or null when it should run single. */
  public Operator parallelAggregate(QuiverAggregate aggregate) {
    return ParallelAggregation.tryImplement(aggregate, this);
  }

  public ExecutionContext context() {
    return context;
  }

  /** The operator tree for a node in the QUIVER convention. */
  public Operator implement(RelNode rel) {
    if (rel instanceof QuiverRel quiverRel) {
      return quiverRel.implement(this);
    }
    throw QuiverException.internal(
        "Plan node " + rel.getRelTypeName() + " is not in the QUIVER convention", null);
  }

  /** Compiles a scalar expression over rows of {@code inputRowType} into vectorized form. */
  public PhysicalExpr compile(RexNode node, RelDataType inputRowType) {
    return ExprCompiler.compile(node, inputRowType, rexBuilder);
  }

  /** Compiles an Enumerable subtree with Calcite's code generator and reads its rows as batches. */
  public Operator implementEnumerable(RelNode enumerable) {
    Map<String, Object> stash = new HashMap<>();
    Bindable<?> bindable =
        EnumerableInterpretable.toBindable(
            stash, null, (EnumerableRel) enumerable, EnumerableRel.Prefer.ARRAY);
    DataContext dataContext = new FallbackDataContext(stash);
    @SuppressWarnings("unchecked")
    Bindable<Object> rows = (Bindable<Object>) bindable;
    return new EnumerableSourceOperator(
        () -> rows.bind(dataContext), enumerable.getRowType(), enumerable.getRelTypeName());
  }

  /**
   * Called from code generated for {@code QuiverToEnumerableConverter}: the rows of a Quiver
   * subtree, as the Enumerable parent expects them.
   */
  public static Enumerable<Object> rowsOf(DataContext root, RelNode subtree) {
    PhysicalPlanner planner = (PhysicalPlanner) root.get(PLANNER_KEY);
    return new BatchRowsEnumerable(() -> planner.implement(subtree), planner.context);
  }

  /** What Calcite's generated code may ask of its {@code root}. */
  private final class FallbackDataContext implements DataContext {
    private final Map<String, Object> stash;
    private final long startMillis = System.currentTimeMillis();

    FallbackDataContext(Map<String, Object> stash) {
      this.stash = stash;
    }

    @Override
    public SchemaPlus getRootSchema() {
      return rootSchema;
    }

    @Override
    public JavaTypeFactory getTypeFactory() {
      return (JavaTypeFactory) rexBuilder.getTypeFactory();
    }

    @Override
    public QueryProvider getQueryProvider() {
      return null;
    }

    @Override
    public Object get(String name) {
      if (PLANNER_KEY.equals(name)) {
        return PhysicalPlanner.this;
      }
      if (stash.containsKey(name)) {
        return stash.get(name);
      }
      if (name.startsWith("?")) {
        int index = Integer.parseInt(name.substring(1));
        return EnumerableValues.fromParameter(context.parameter(index), parameterTypes.get(index));
      }
      switch (name) {
        case "currentTimestamp":
        case "localTimestamp":
          return startMillis + java.util.TimeZone.getDefault().getOffset(startMillis);
        case "utcTimestamp":
        case "sysTimestamp":
          return startMillis;
        case "timeZone":
          return java.util.TimeZone.getDefault();
        case "cancelFlag":
          return new java.util.concurrent.atomic.AtomicBoolean(context.isCancelled());
        default:
          return null;
      }
    }
  }
}
