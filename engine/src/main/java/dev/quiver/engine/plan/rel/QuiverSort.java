package dev.quiver.engine.plan.rel;

import dev.quiver.engine.exec.Operator;
import dev.quiver.engine.exec.operator.FilterOperator;
import dev.quiver.engine.exec.operator.LimitOperator;
import dev.quiver.engine.exec.operator.ScanOperator;
import dev.quiver.engine.exec.operator.SortKey;
import dev.quiver.engine.exec.operator.SortOperator;
import dev.quiver.engine.exec.operator.TopNLateFilter;
import dev.quiver.engine.exec.vector.TopNBound;
import dev.quiver.engine.exec.vector.ValueLayout;
import dev.quiver.engine.expr.PhysicalExpr;
import dev.quiver.engine.plan.PhysicalPlanner;
import dev.quiver.engine.types.ArrowTypes;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptCost;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelCollation;
import org.apache.calcite.rel.RelFieldCollation;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Sort;
import org.apache.calcite.rel.metadata.RelMetadataQuery;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexShuttle;

/** Vectorized ORDER BY with optional OFFSET/LIMIT (a top-N when the limit is small), or a bare LIMIT. */
public final class QuiverSort extends Sort implements QuiverRel {
  public QuiverSort(
      RelOptCluster cluster,
      RelTraitSet traits,
      RelNode input,
      RelCollation collation,
      RexNode offset,
      RexNode fetch) {
    super(cluster, traits, input, collation, offset, fetch);
  }

  @Override
  public Sort copy(
      RelTraitSet traitSet, RelNode input, RelCollation collation, RexNode offset, RexNode fetch) {
    return new QuiverSort(getCluster(), traitSet, input, collation, offset, fetch);
  }

  @Override
  public RelOptCost computeSelfCost(RelOptPlanner planner, RelMetadataQuery mq) {
    return super.computeSelfCost(planner, mq).multiplyBy(COST_FACTOR);
  }

  /** Whether OFFSET and FETCH are absent or integer literals, the only forms implemented here. */
  public static boolean hasLiteralBounds(Sort sort) {
    return (sort.offset == null || sort.offset instanceof RexLiteral)
        && (sort.fetch == null || sort.fetch instanceof RexLiteral);
  }

  /** Top-Ns up to this many rows fetch their non-key columns late (the rows are buffered). */
  private static final long LATE_FETCH_MAX_ROWS = 10_000;

  @Override
  public Operator implement(PhysicalPlanner planner) {
    long offsetRows = offset == null ? 0 : RexLiteral.longValue(offset);
    long fetchRows = fetch == null ? -1 : RexLiteral.longValue(fetch);
    if (getCollation().getFieldCollations().isEmpty()) {
      return new LimitOperator(planner.implement(getInput()), offsetRows, fetchRows);
    }
    List<SortKey> keys = new ArrayList<>();
    for (RelFieldCollation field : getCollation().getFieldCollations()) {
      boolean descending = field.getDirection().isDescending();
      boolean nullsFirst = field.nullDirection == RelFieldCollation.NullDirection.FIRST;
      keys.add(new SortKey(field.getFieldIndex(), descending, nullsFirst));
    }
    Operator lateFetch = lateFetch(planner, offsetRows, fetchRows, keys);
    if (lateFetch != null) {
      return lateFetch;
    }
    TopNLateFilter scanBound = scanBound(offsetRows, fetchRows, keys);
    Operator child =
        scanBound == null
            ? planner.implement(getInput())
            : ((QuiverTableScan) getInput()).implement(planner, scanBound);
    return new SortOperator(child, keys, offsetRows, fetchRows, scanBound);
  }

  /**
   * A top-N over a scan (or a filter over a scan) whose format decodes columns late, with columns
   * beyond the sort keys and the filter's: the top-N sorts the keys and row ids of a scan of those
   * columns alone (filtered there), and the winners' other columns are fetched at the end ({@link
   * dev.quiver.engine.exec.operator.LateFetchOperator}); else null.
   */
  private Operator lateFetch(
      PhysicalPlanner planner, long offsetRows, long fetchRows, List<SortKey> keys) {
    RelNode input = getInput();
    QuiverFilter filter = input instanceof QuiverFilter f ? f : null;
    RelNode below = filter == null ? input : filter.getInput();
    if (fetchRows < 0 || offsetRows + fetchRows > LATE_FETCH_MAX_ROWS
        || !(below instanceof QuiverTableScan scan) || !scan.readsColumnsLate()
        || planner.sharedScan() != null) {
      return null;
    }
    List<Integer> keyColumns = new ArrayList<>();
    for (SortKey key : keys) {
      if (!keyColumns.contains(key.column())) {
        keyColumns.add(key.column());
      }
    }
    if (filter != null) {
      for (int column : RelOptUtil.InputFinder.bits(filter.getCondition())) {
        if (!keyColumns.contains(column)) {
          keyColumns.add(column);
        }
      }
    }
    if (keyColumns.size() >= scan.getRowType().getFieldCount()) {
      return null; // every column is read first anyway: nothing to fetch late
    }
    int[] outputs = keyColumns.stream().mapToInt(Integer::intValue).toArray();
    List<SortKey> onKeyScan = new ArrayList<>();
    for (SortKey key : keys) {
      onKeyScan.add(new SortKey(keyColumns.indexOf(key.column()), key.descending(), key.nullsFirst()));
    }
    ScanOperator keyScan = scan.implementWithRowIds(planner, outputs);
    Operator rows = keyScan;
    if (filter != null) {
      rows = new FilterOperator(keyScan, compileOnKeyScan(planner, filter, scan, keyColumns));
    }
    Operator sorted = new SortOperator(rows, onKeyScan, offsetRows, fetchRows, null);
    return scan.implementLateFetch(sorted, outputs.length, keyScan);
  }

  /** The filter's condition over the key scan's columns ({@code keyColumns} of the scan, in order). */
  private static PhysicalExpr compileOnKeyScan(
      PhysicalPlanner planner, QuiverFilter filter, QuiverTableScan scan, List<Integer> keyColumns) {
    RexBuilder rex = filter.getCluster().getRexBuilder();
    RexNode condition =
        filter.getCondition().accept(new RexShuttle() {
          @Override
          public RexNode visitInputRef(RexInputRef ref) {
            return rex.makeInputRef(ref.getType(), keyColumns.indexOf(ref.getIndex()));
          }
        });
    RelDataTypeFactory.Builder rowType = filter.getCluster().getTypeFactory().builder();
    List<RelDataTypeField> fields = scan.getRowType().getFieldList();
    for (int column : keyColumns) {
      rowType.add(fields.get(column));
    }
    return planner.compile(condition, rowType.build());
  }

  /**
   * For a top-N straight over a scan whose first key is numeric or temporal: the bound the sort
   * will publish (over the leading such keys, as {@link TopNBound} takes them), which the scan
   * applies before decoding the other columns; else null.
   */
  private TopNLateFilter scanBound(long offsetRows, long fetchRows, List<SortKey> keys) {
    if (fetchRows < 0 || offsetRows + fetchRows > SortOperator.TOP_N_MAX_ROWS
        || !(getInput() instanceof QuiverTableScan)) {
      return null;
    }
    List<Integer> columns = new ArrayList<>();
    for (SortKey key : keys) {
      if (columns.size() == TopNBound.MAX_KEYS) {
        break;
      }
      RelDataType keyType = getInput().getRowType().getFieldList().get(key.column()).getType();
      if (!TopNBound.takesPart(ValueLayout.of(ArrowTypes.toArrow(keyType)))) {
        break;
      }
      columns.add(key.column());
    }
    return columns.isEmpty()
        ? null
        : new TopNLateFilter(columns.stream().mapToInt(Integer::intValue).toArray());
  }
}
