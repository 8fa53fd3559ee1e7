package dev.quiver.engine.plan.rel;

import dev.quiver.adapters.spi.ColumnPredicate;
import dev.quiver.adapters.spi.Pushdown;
import dev.quiver.engine.exec.Operator;
import dev.quiver.engine.exec.operator.LateFetchOperator;
import dev.quiver.engine.exec.operator.LateFilter;
import dev.quiver.engine.exec.operator.ScanOperator;
import dev.quiver.engine.plan.PhysicalPlanner;
import dev.quiver.engine.plan.schema.FileTable;
import java.util.Arrays;
import java.util.List;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptCost;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelWriter;
import org.apache.calcite.rel.core.TableScan;
import org.apache.calcite.rel.metadata.RelMetadataQuery;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.util.ImmutableBitSet;
import org.apache.calcite.util.mapping.Mapping;
import org.apache.calcite.util.mapping.MappingType;
import org.apache.calcite.util.mapping.Mappings;

/**
 * Scan of a file table that decodes only the columns in {@code fields} (projection pushdown) and
 * may skip data using pushed predicates (filter pushdown). EXPLAIN shows each pushed predicate
 * with how the format applies it: {@code EXACT} (the filter above was dropped) or {@code
 * INEXACT} (the format skips what cannot match; the filter above stays).
 */
public final class QuiverTableScan extends TableScan implements QuiverRel {
  /** Cost discount of a scan with pushed predicates, so the planner keeps the pushdown. */
  private static final double PUSHED_PREDICATES_COST_FACTOR = 0.5;

  private final FileTable fileTable;
  private final int[] fields;
  private final List<ColumnPredicate> predicates;
  private final List<Pushdown> pushdowns;

  private QuiverTableScan(
      RelOptCluster cluster,
      RelTraitSet traits,
      RelOptTable table,
      FileTable fileTable,
      int[] fields,
      List<ColumnPredicate> predicates,
      List<Pushdown> pushdowns) {
    super(cluster, traits, List.of(), table);
    this.fileTable = fileTable;
    this.fields = fields;
    this.predicates = predicates;
    this.pushdowns = pushdowns;
  }

  /** A scan of every column. */
  public static QuiverTableScan create(
      RelOptCluster cluster, RelOptTable table, FileTable fileTable) {
    int[] all = new int[table.getRowType().getFieldCount()];
    Arrays.setAll(all, i -> i);
    return new QuiverTableScan(
        cluster, cluster.traitSetOf(QuiverRel.CONVENTION), table, fileTable, all, List.of(),
        List.of());
  }

  /** The same scan decoding only {@code newFields} (indexes into the table's columns). */
  public QuiverTableScan withFields(int[] newFields) {
    return new QuiverTableScan(
        getCluster(), getTraitSet(), getTable(), fileTable, newFields, predicates, pushdowns);
  }

  /** A scan narrowed to some of its columns, and where each kept column moved. */
  public record Narrowed(QuiverTableScan scan, Mapping mapping) {}

  /**
   * The same scan decoding only the columns in {@code used} (positions in this scan's output),
   * with the mapping from old output positions to new ones.
   */
  public Narrowed narrowTo(ImmutableBitSet used) {
    int[] newFields = new int[used.cardinality()];
    Mapping mapping =
        Mappings.create(MappingType.INVERSE_SURJECTION, fields.length, newFields.length);
    int target = 0;
    for (int source : used) {
      newFields[target] = fields[source];
      mapping.set(source, target);
      target++;
    }
    return new Narrowed(withFields(newFields), mapping);
  }

  /** The same scan with predicates pushed into the reader, and how the format applies each. */
  public QuiverTableScan withPredicates(
      List<ColumnPredicate> newPredicates, List<Pushdown> newPushdowns) {
    return new QuiverTableScan(
        getCluster(), getTraitSet(), getTable(), fileTable, fields, newPredicates, newPushdowns);
  }

  public List<ColumnPredicate> predicates() {
    return predicates;
  }

  public int[] fields() {
    return fields.clone();
  }

  public FileTable fileTable() {
    return fileTable;
  }

  @Override
  public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
    return new QuiverTableScan(
        getCluster(), traitSet, getTable(), fileTable, fields, predicates, pushdowns);
  }

  @Override
  public RelDataType deriveRowType() {
    List<RelDataTypeField> tableFields = table.getRowType().getFieldList();
    RelDataTypeFactory.Builder builder = getCluster().getTypeFactory().builder();
    for (int field : fields) {
      builder.add(tableFields.get(field));
    }
    return builder.build();
  }

  @Override
  public RelWriter explainTerms(RelWriter pw) {
    RelWriter writer =
        super.explainTerms(pw)
            .item("format", fileTable.format().name())
            .item("fields", Arrays.toString(fields));
    if (!predicates.isEmpty()) {
      List<String> pushed = new java.util.ArrayList<>();
      for (int i = 0; i < predicates.size(); i++) {
        pushed.add(predicates.get(i) + ":" + pushdowns.get(i));
      }
      writer.item("pushed", pushed);
    }
    return writer;
  }

  @Override
  public RelOptCost computeSelfCost(RelOptPlanner planner, RelMetadataQuery mq) {
    // Fewer decoded columns cost less, so the planner prefers the pushed-down projection.
    double columnShare = (fields.length + 2.0) / (table.getRowType().getFieldCount() + 2.0);
    double pushedShare = predicates.isEmpty() ? 1.0 : PUSHED_PREDICATES_COST_FACTOR;
    return super.computeSelfCost(planner, mq).multiplyBy(COST_FACTOR * columnShare * pushedShare);
  }

  @Override
  public Operator implement(PhysicalPlanner planner) {
    return implement(planner, null);
  }

  /** Whether the readers decode columns late, so a top-N over this scan may fetch rows late. */
  public boolean readsColumnsLate() {
    return fileTable.format().readsColumnsLate();
  }

  /**
   * A scan of output columns {@code outputs} of this one only, ending with their row ids: the
   * first half of a late fetch ({@link LateFetchOperator}).
   */
  public ScanOperator implementWithRowIds(PhysicalPlanner planner, int[] outputs) {
    int[] tableColumns = new int[outputs.length];
    for (int i = 0; i < outputs.length; i++) {
      tableColumns[i] = fields[outputs[i]];
    }
    return new ScanOperator(
        fileTable, tableColumns, predicates, tableName(), planner.sharedScan(), null, true);
  }

  /**
   * The second half of a late fetch: every column of this scan for the row ids {@code sortedIds}
   * yields in column {@code rowIdColumn}, read from the units of {@code keyScan}.
   */
  public Operator implementLateFetch(Operator sortedIds, int rowIdColumn, ScanOperator keyScan) {
    return new LateFetchOperator(
        sortedIds, rowIdColumn, keyScan, fileTable, fields, predicates, tableName(),
        ScanOperator.outputSchema(fileTable, fields));
  }

  private String tableName() {
    return String.join(".", table.getQualifiedName());
  }

  /** The scan, applying {@code lateFilter} (over its output columns; may be null) early. */
  public Operator implement(PhysicalPlanner planner, LateFilter lateFilter) {
    return new ScanOperator(
        fileTable,
        fields,
        predicates,
        String.join(".", table.getQualifiedName()),
        planner.sharedScan(),
        lateFilter);
  }
}
