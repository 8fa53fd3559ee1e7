package dev.quiver.engine.plan.schema;

import dev.quiver.adapters.spi.ColumnPredicate;
import dev.quiver.adapters.spi.FileFormat;
import dev.quiver.adapters.spi.Pushdown;
import dev.quiver.adapters.spi.TableSchema;
import dev.quiver.engine.plan.rel.QuiverTableScan;
import dev.quiver.engine.types.ArrowTypes;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * A table backed by one file, or by a dataset: several files of one format with the same columns
 * (a directory, or a glob), plus Hive-style partition columns taken from their paths. Its columns
 * are the files' columns, then the partition columns. Scanning it always runs in Quiver's
 * vectorized engine ({@link QuiverTableScan}).
 */
public final class FileTable extends AbstractTable implements TranslatableTable {
  /** A guess at bytes per row when estimating row counts for the planner from file sizes. */
  private static final double ESTIMATED_BYTES_PER_ROW = 64;

  /**
   * One file of the table.
   *
   * @param path the file
   * @param readSchema the schema to read it with: the table's file columns and types, and this
   *     file's own format facts (e.g. its CSV dialect) when known
   * @param partitionValues this file's value for each partition column, in storage form (Long or
   *     String, or null)
   */
  public record DataFile(Path path, TableSchema readSchema, List<Object> partitionValues) {}

  private final String displayName;
  private final FileFormat format;
  private final List<DataFile> files;
  private final TableSchema schema;
  private final int fileColumnCount;
  private final long totalBytes;

  /**
   * @param displayName the file, directory or glob, as shown in EXPLAIN and errors
   * @param schema every column: the files' columns, then the partition columns
   * @param fileColumnCount how many leading columns of {@code schema} the files hold
   */
  public FileTable(
      String displayName,
      FileFormat format,
      List<DataFile> files,
      TableSchema schema,
      int fileColumnCount,
      long totalBytes) {
    this.displayName = displayName;
    this.format = format;
    this.files = List.copyOf(files);
    this.schema = schema;
    this.fileColumnCount = fileColumnCount;
    this.totalBytes = totalBytes;
  }

  /** A table of one file, without partition columns. */
  public static FileTable ofFile(Path file, FileFormat format, TableSchema schema, long size) {
    return new FileTable(
        file.toString(),
        format,
        List.of(new DataFile(file, schema, List.of())),
        schema,
        schema.arrowSchema().getFields().size(),
        size);
  }

  public String displayName() {
    return displayName;
  }

  public FileFormat format() {
    return format;
  }

  public List<DataFile> files() {
    return files;
  }

  /** Every column: the files' columns, then the partition columns. */
  public TableSchema tableSchema() {
    return schema;
  }

  /** How many leading columns the files hold; the rest are partition columns. */
  public int fileColumnCount() {
    return fileColumnCount;
  }

  /**
   * How the scan applies each predicate: predicates on partition columns skip whole files
   * (INEXACT, the filter stays); the others are the format's to answer.
   */
  public List<Pushdown> classify(List<ColumnPredicate> predicates) {
    List<Pushdown> answers = new ArrayList<>();
    for (ColumnPredicate predicate : predicates) {
      if (predicate.column() >= fileColumnCount) {
        answers.add(Pushdown.INEXACT);
      } else {
        answers.add(format.classify(List.of(predicate), files.get(0).readSchema()).get(0));
      }
    }
    return answers;
  }

  @Override
  public RelDataType getRowType(RelDataTypeFactory typeFactory) {
    RelDataTypeFactory.Builder builder = typeFactory.builder();
    for (Field field : schema.arrowSchema().getFields()) {
      builder.add(field.getName(), ArrowTypes.toSql(field, typeFactory));
    }
    return builder.build();
  }

  @Override
  public Statistic getStatistic() {
    return Statistics.of(Math.max(1, totalBytes / ESTIMATED_BYTES_PER_ROW), List.of());
  }

  @Override
  public RelNode toRel(RelOptTable.ToRelContext context, RelOptTable relOptTable) {
    return QuiverTableScan.create(context.getCluster(), relOptTable, this);
  }
}
