package dev.quiver.engine.exec.operator;

import dev.quiver.adapters.spi.ColumnPredicate;
import dev.quiver.engine.exec.Batch;
import dev.quiver.engine.exec.ExecutionContext;
import dev.quiver.engine.exec.Operator;
import dev.quiver.engine.exec.OperatorMetrics;
import dev.quiver.engine.exec.vector.Positions;
import dev.quiver.engine.exec.vector.RowBuffer;
import dev.quiver.engine.memory.MemoryCharge;
import dev.quiver.engine.plan.schema.FileTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.OutOfMemoryException;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Late materialization of a top-N over a scan: the child sorts only the sort keys and the rows'
 * ids (a scan of those few columns), and this operator then reads the winning rows' other
 * columns from the units they came from, decoding only the batches that hold them, and emits the
 * rows in the child's order. {@code SELECT * ... ORDER BY amount DESC LIMIT 10} over a wide
 * Parquet file decodes {@code amount} everywhere and everything else for ten rows.
 *
 * <p>Row ids name a unit of the key scan and a row of it; the units are read again with the same
 * predicates, so the same rows come at the same ids.
 */
public final class LateFetchOperator implements Operator {
  private final Operator sortedIds;
  private final int rowIdColumn;
  private final ScanOperator keyScan;
  private final FileTable table;
  private final int[] columns;
  private final List<ColumnPredicate> predicates;
  private final String tableName;
  private final Schema schema;
  private final OperatorMetrics metrics = new OperatorMetrics();
  private ExecutionContext context;
  private BufferAllocator allocator;
  private MemoryCharge charge;
  private RowBuffer fetched;
  /** For each output row in order: its row in {@link #fetched}. */
  private int[] order;
  private int nextRow;
  private List<FieldVector> output;
  private OperatorMetrics fetchMetrics;
  private boolean closed;

  /**
   * @param sortedIds the top-N over {@code keyScan}, whose column {@code rowIdColumn} holds row ids
   * @param columns the table columns to output, as the original scan's
   */
  public LateFetchOperator(
      Operator sortedIds, int rowIdColumn, ScanOperator keyScan, FileTable table, int[] columns,
      List<ColumnPredicate> predicates, String tableName, Schema schema) {
    this.sortedIds = sortedIds;
    this.rowIdColumn = rowIdColumn;
    this.keyScan = keyScan;
    this.table = table;
    this.columns = columns.clone();
    this.predicates = predicates;
    this.tableName = tableName;
    this.schema = schema;
  }

  @Override
  public Schema schema() {
    return schema;
  }

  @Override
  public void open(ExecutionContext executionContext) {
    this.context = executionContext;
    sortedIds.open(executionContext);
    allocator = executionContext.allocator().newChildAllocator("LateFetch", 0, Long.MAX_VALUE);
    charge = new MemoryCharge(allocator, "fetching the rows of a top-N", "lower the LIMIT");
  }

  @Override
  public Batch next() {
    context.checkCancelled();
    long start = System.nanoTime();
    try {
      if (order == null) {
        fetch();
      }
      if (nextRow >= order.length) {
        return null;
      }
      int count = Math.min(order.length - nextRow, context.batchRows());
      if (output == null) {
        output = new ArrayList<>();
        for (Field field : schema.getFields()) {
          output.add(field.createVector(allocator));
        }
      }
      fetched.copyTo(output, order, nextRow, count); // every column but the row ids
      nextRow += count;
      Batch batch = Batch.of(output, count);
      metrics.recordBatch(batch);
      return batch;
    } catch (OutOfMemoryException e) {
      throw charge.limitExceeded(e);
    } finally {
      metrics.addNanos(System.nanoTime() - start);
    }
  }

  /** Takes the top-N's row ids, reads those rows from their units, and orders them. */
  private void fetch() {
    List<Long> ids = new ArrayList<>();
    for (Batch batch = sortedIds.next(); batch != null; batch = sortedIds.next()) {
      BigIntVector column = (BigIntVector) batch.column(rowIdColumn);
      int[] positions = Positions.of(batch);
      for (int k = 0; k < batch.selectedCount(); k++) {
        ids.add(column.get(positions[k]));
      }
    }
    long[] wanted = ids.stream().mapToLong(Long::longValue).sorted().distinct().toArray();
    TreeMap<Integer, ScanOperator.ScanUnit> units = new TreeMap<>();
    for (long id : wanted) {
      int ordinal = (int) (id >>> Integer.SIZE);
      units.computeIfAbsent(ordinal, keyScan::unit);
    }
    fetched = new RowBuffer(ScanOperator.withRowIds(schema), allocator);
    try (ScanOperator rows =
        new ScanOperator(
            table, columns, predicates, tableName,
            new SharedUnits(new ArrayList<>(units.values())), new RowIdFilter(wanted), true)) {
      rows.open(context);
      for (Batch batch = rows.next(); batch != null; batch = rows.next()) {
        fetched.append(batch);
      }
      fetchMetrics = rows.metrics();
    }
    Map<Long, Integer> rowOf = new HashMap<>();
    BigIntVector fetchedIds = (BigIntVector) fetched.column(schema.getFields().size());
    for (int row = 0; row < fetched.rowCount(); row++) {
      rowOf.put(fetchedIds.get(row), row);
    }
    order = new int[ids.size()];
    for (int k = 0; k < order.length; k++) {
      Integer row = rowOf.get(ids.get(k));
      if (row == null) {
        throw new IllegalStateException(
            "row " + Long.toHexString(ids.get(k)) + " of " + tableName + " was not found again"
                + " (the file changed during the query?)");
      }
      order[k] = row;
    }
  }

  @Override
  public List<Operator> children() {
    return List.of(sortedIds);
  }

  @Override
  public OperatorMetrics metrics() {
    return metrics;
  }

  @Override
  public String describe() {
    // What reading the winners again cost: the batches that held them, and the bytes read.
    String fetched =
        fetchMetrics == null
            ? ""
            : ", fetched_batches=" + fetchMetrics.batchesOut() + ", fetched_bytes="
                + fetchMetrics.bytesRead();
    return "LateFetch[" + tableName + ", columns=" + Arrays.toString(columns) + fetched + "]";
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      sortedIds.close();
    } finally {
      if (output != null) {
        output.forEach(FieldVector::close);
      }
      if (fetched != null) {
        fetched.close();
      }
      if (charge != null) {
        charge.close();
      }
      if (allocator != null) {
        allocator.close();
      }
    }
  }
}
