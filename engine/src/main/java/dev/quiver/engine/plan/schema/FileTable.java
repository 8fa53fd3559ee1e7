package dev.quiver.engine.plan.schema;

import dev.quiver.adapters.spi.FileFormat;
import dev.quiver.adapters.spi.TableSchema;
import dev.quiver.engine.plan.rel.QuiverTableScan;
import dev.quiver.engine.types.ArrowTypes;
import java.nio.file.Path;
import java.util.List;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.Statistic;
import org.apache.calcite.schema.Statistics;
import org.apache.calcite.schema.TranslatableTable;
import org.apache.calcite.schema.impl.AbstractTable;

/**
 * A table backed by one file. Its columns are what the format inferred; scanning it always runs in
 * Quiver's vectorized engine ({@link QuiverTableScan}).
 */
public final class FileTable extends AbstractTable implements TranslatableTable {
  /** A guess at bytes per row when estimating row counts for the planner from a file's size. */
  private static final double ESTIMATED_BYTES_PER_ROW = 64;

  private final Path file;
  private final FileFormat format;
  private final TableSchema schema;
  private final long fileSize;

  public FileTable(Path file, FileFormat format, TableSchema schema, long fileSize) {
    this.file = file;
    this.format = format;
    this.schema = schema;
    this.fileSize = fileSize;
  }

  public Path file() {
    return file;
  }

  public FileFormat format() {
    return format;
  }

  public TableSchema tableSchema() {
    return schema;
  }

  @Override
  public RelDataType getRowType(RelDataTypeFactory typeFactory) {
    RelDataTypeFactory.Builder builder = typeFactory.builder();
    List<Field> fields = schema.arrowSchema().getFields();
    for (Field field : fields) {
      builder.add(field.getName(), ArrowTypes.toSql(field, typeFactory));
    }
    return builder.build();
  }

  @Override
  public Statistic getStatistic() {
    return Statistics.of(Math.max(1, fileSize / ESTIMATED_BYTES_PER_ROW), List.of());
  }

  @Override
  public RelNode toRel(RelOptTable.ToRelContext context, RelOptTable relOptTable) {
    return QuiverTableScan.create(context.getCluster(), relOptTable, this);
  }
}
