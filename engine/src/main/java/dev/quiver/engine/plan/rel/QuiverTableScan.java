package dev.quiver.engine.plan.rel;

import dev.quiver.engine.exec.Operator;
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

/**
 * Scan of a file table that decodes only the columns in {@code fields} (projection pushdown).
 */
public final class QuiverTableScan extends TableScan implements QuiverRel {
  private final FileTable fileTable;
  private final int[] fields;

  private QuiverTableScan(
      RelOptCluster cluster, RelTraitSet traits, RelOptTable table, FileTable fileTable,
      int[] fields) {
    super(cluster, traits, List.of(), table);
    this.fileTable = fileTable;
    this.fields = fields;
  }

  /** A scan of every column. */
  public static QuiverTableScan create(
      RelOptCluster cluster, RelOptTable table, FileTable fileTable) {
    int[] all = new int[table.getRowType().getFieldCount()];
    Arrays.setAll(all, i -> i);
    return new QuiverTableScan(
        cluster, cluster.traitSetOf(QuiverRel.CONVENTION), table, fileTable, all);
  }

  /** The same scan decoding only {@code newFields} (indexes into the table's columns). */
  public QuiverTableScan withFields(int[] newFields) {
    return new QuiverTableScan(getCluster(), getTraitSet(), getTable(), fileTable, newFields);
  }

  public int[] fields() {
    return fields.clone();
  }

  public FileTable fileTable() {
    return fileTable;
  }

  @Override
  public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
    return new QuiverTableScan(getCluster(), traitSet, getTable(), fileTable, fields);
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
    return super.explainTerms(pw)
        .item("format", fileTable.format().name())
        .item("fields", Arrays.toString(fields));
  }

  @Override
  public RelOptCost computeSelfCost(RelOptPlanner planner, RelMetadataQuery mq) {
    // Fewer decoded columns cost less, so the planner prefers the pushed-down projection.
    double columnShare = (fields.length + 2.0) / (table.getRowType().getFieldCount() + 2.0);
    return super.computeSelfCost(planner, mq).multiplyBy(COST_FACTOR * columnShare);
  }

  @Override
  public Operator implement(PhysicalPlanner planner) {
    return new ScanOperator(fileTable, fields, String.join(".", table.getQualifiedName()));
  }
}
