package dev.quiver.engine.exec.operator;

import dev.quiver.adapters.spi.BatchReader;
import dev.quiver.adapters.spi.ColumnPredicate;
import dev.quiver.adapters.spi.ScanPartition;
import dev.quiver.adapters.spi.ScanSpec;
import dev.quiver.engine.error.ErrorCode;
import dev.quiver.engine.error.QuiverException;
import dev.quiver.engine.exec.Batch;
import dev.quiver.engine.exec.ExecutionContext;
import dev.quiver.engine.exec.Operator;
import dev.quiver.engine.exec.OperatorMetrics;
import dev.quiver.engine.plan.schema.FileTable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Reads a file table through its format's {@link BatchReader}, decoding only the projected
 * columns. A file the format splits into several partitions is read on several threads ({@link
 * PartitionedScan}); a single partition is read on the caller's thread and the reader's reused
 * root is handed on as the batch, without a copy.
 */
public final class ScanOperator implements Operator {
  /** More threads than this gain little for one file and cost memory in queued batches. */
  private static final int MAX_SCAN_THREADS = 8;

  private final FileTable table;
  private final int[] columns;
  private final List<ColumnPredicate> predicates;
  private final String tableName;
  private final Schema schema;
  private final OperatorMetrics metrics = new OperatorMetrics();
  private ExecutionContext context;
  private BufferAllocator allocator;
  private BatchReader reader;
  private PartitionedScan partitioned;
  private boolean started;
  private boolean closed;

  /**
   * @param columns the table columns to decode, in output order
   * @param predicates conditions the reader may use to skip data (see {@link ColumnPredicate})
   */
  public ScanOperator(
      FileTable table, int[] columns, List<ColumnPredicate> predicates, String tableName) {
    this.table = table;
    this.columns = columns.clone();
    this.predicates = predicates;
    this.tableName = tableName;
    List<Field> all = table.tableSchema().arrowSchema().getFields();
    List<Field> projected = new ArrayList<>();
    for (int column : columns) {
      projected.add(all.get(column));
    }
    this.schema = new Schema(projected);
  }

  @Override
  public Schema schema() {
    return schema;
  }

  @Override
  public void open(ExecutionContext executionContext) {
    this.context = executionContext;
    this.allocator =
        executionContext.allocator().newChildAllocator("Scan " + tableName, 0, Long.MAX_VALUE);
  }

  @Override
  public Batch next() {
    context.checkCancelled();
    long start = System.nanoTime();
    try {
      if (!started) {
        started = true;
        start();
      }
      if (partitioned != null) {
        Batch batch = partitioned.next();
        metrics.recordBatch(batch);
        return batch;
      }
      if (!reader.next()) {
        return null;
      }
      VectorSchemaRoot root = reader.root();
      Batch batch = Batch.of(root.getFieldVectors(), root.getRowCount());
      metrics.recordBatch(batch);
      return batch;
    } catch (IOException e) {
      throw new QuiverException(ErrorCode.BAD_INPUT, e.getMessage(), e);
    } finally {
      metrics.addNanos(System.nanoTime() - start);
    }
  }

  /** Reads a large file's partitions on all cores, a small one on this thread. */
  private void start() throws IOException {
    ScanSpec spec = new ScanSpec(columns, context.batchRows(), predicates);
    int workers = Math.min(Runtime.getRuntime().availableProcessors(), MAX_SCAN_THREADS);
    List<ScanPartition> partitions =
        workers > 1
            ? table.format().partitions(table.file(), table.tableSchema(), workers)
            : List.of(ScanPartition.wholeFile(table.file()));
    if (partitions.size() > 1) {
      partitioned =
          new PartitionedScan(
              table, partitions, spec, allocator, Math.min(workers, partitions.size()));
    } else {
      reader = table.format().open(partitions.get(0), table.tableSchema(), spec, allocator);
    }
  }

  @Override
  public List<Operator> children() {
    return List.of();
  }

  @Override
  public OperatorMetrics metrics() {
    return metrics;
  }

  @Override
  public String describe() {
    return "Scan[" + tableName + ", format=" + table.format().name() + ", columns="
        + Arrays.toString(columns) + "]";
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (partitioned != null) {
      partitioned.close();
    }
    if (reader != null) {
      reader.close();
    }
    if (allocator != null) {
      allocator.close();
    }
  }
}
