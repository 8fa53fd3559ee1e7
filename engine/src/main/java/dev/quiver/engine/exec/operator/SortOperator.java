package dev.quiver.engine.exec.operator;

import dev.quiver.engine.exec.Batch;
import dev.quiver.engine.exec.ExecutionContext;
import dev.quiver.engine.exec.Operator;
import dev.quiver.engine.exec.OperatorMetrics;
import dev.quiver.engine.exec.vector.PermutationSort;
import dev.quiver.engine.exec.vector.RowBuffer;
import dev.quiver.engine.exec.vector.RowOrder;
import dev.quiver.engine.exec.vector.TopNBound;
import dev.quiver.engine.memory.MemoryCharge;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.OutOfMemoryException;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * ORDER BY with optional OFFSET/FETCH: copies the whole input into vectors of its own, sorts a
 * permutation of row numbers, and emits rows in that order.
 *
 * <p>With a small {@code offset + fetch} (top-N) it keeps at most about twice that many rows: each
 * time the buffer reaches that size it is sorted and cut back to the first {@code offset + fetch}
 * rows. The order is total (ties broken by input order), so top-N and a full sort emit the same
 * rows.
 */
public final class SortOperator implements Operator {
  /** Above this many rows to keep, top-N pruning saves little; sort everything instead. */
  public static final long TOP_N_MAX_ROWS = 1 << 16;
  /** A top-N buffer is never cut back below this many rows (cutting costs a sort). */
  private static final long MIN_PRUNE_ROWS = 64;

  private static final int INT_BYTES = 4;

  private final Operator child;
  private final List<SortKey> keys;
  private final long offset;
  private final long fetch;
  private final TopNLateFilter publishedBound;
  private final OperatorMetrics metrics = new OperatorMetrics();

  private ExecutionContext context;
  private BufferAllocator allocator;
  private MemoryCharge charge;
  private RowBuffer rows;
  private List<FieldVector> output;
  private int[] sorted;
  private int nextRow;
  private int endRow;
  private boolean done;
  private boolean closed;

  /**
   * @param offset rows to skip after sorting
   * @param fetch rows to return after the offset; negative for all
   */
  public SortOperator(Operator child, List<SortKey> keys, long offset, long fetch) {
    this(child, keys, offset, fetch, null);
  }

  /**
   * @param publishedBound where a top-N publishes each first-key bound it computes, for a scan
   *     below to drop rows early ({@link TopNLateFilter}); null when nobody listens
   */
  public SortOperator(
      Operator child, List<SortKey> keys, long offset, long fetch, TopNLateFilter publishedBound) {
    this.child = child;
    this.keys = List.copyOf(keys);
    this.offset = Math.max(0, offset);
    this.fetch = fetch;
    this.publishedBound = publishedBound;
  }

  @Override
  public Schema schema() {
    return child.schema();
  }

  @Override
  public void open(ExecutionContext context) {
    this.context = context;
    child.open(context);
    allocator = context.allocator().newChildAllocator(describe(), 0, Long.MAX_VALUE);
    charge = new MemoryCharge(allocator, "sorting the rows of " + describe(), "add a LIMIT");
    rows = new RowBuffer(schema(), allocator);
    output = new ArrayList<>();
    for (Field field : schema().getFields()) {
      output.add(field.createVector(allocator));
    }
  }

  @Override
  public Batch next() {
    long start = System.nanoTime();
    try {
      if (sorted == null && !done) {
        sortInput();
      }
      if (done || nextRow >= endRow) {
        done = true;
        return null;
      }
      context.checkCancelled();
      int count = Math.min(context.batchRows(), endRow - nextRow);
      rows.copyTo(output, sorted, nextRow, count);
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

  private long limitRows() {
    return fetch < 0 ? Long.MAX_VALUE : offset + fetch;
  }

  private void sortInput() {
    if (fetch == 0) {
      done = true;
      return;
    }
    long limit = limitRows();
    boolean topN = limit <= TOP_N_MAX_ROWS;
    // Prune as soon as a batch makes the buffer twice the limit: each prune tightens the bound that
    // drops later rows (and that a scan below may apply before decoding most columns).
    long pruneAt = Math.max(2 * limit, MIN_PRUNE_ROWS);
    List<TopNBound.Key> boundKeys = new ArrayList<>();
    for (SortKey key : keys) {
      boundKeys.add(new TopNBound.Key(key.column(), key.descending(), key.nullsFirst()));
    }
    int[] keyColumns = keys.stream().mapToInt(SortKey::column).toArray();
    TopNBound bound = null;
    TopNBound.Scratch scratch = new TopNBound.Scratch();
    for (Batch batch = child.next(); batch != null; batch = child.next()) {
      context.checkCancelled();
      if (bound != null) {
        batch = bound.keep(batch, keyColumns, scratch);
        if (batch == null) {
          continue;
        }
      }
      rows.append(batch);
      if (topN && rows.rowCount() >= pruneAt) {
        keepFirst((int) limit);
        if (rows.rowCount() == limit) {
          bound = TopNBound.of(rows.columns(), (int) limit - 1, boundKeys);
          if (publishedBound != null) {
            publishedBound.publish(bound);
          }
        }
      }
    }
    sorted = sortRows();
    nextRow = (int) Math.min(offset, rows.rowCount());
    endRow = (int) Math.min(limit, rows.rowCount());
  }

  /** Cuts the buffer back to its first {@code count} rows in sort order. */
  private void keepFirst(int count) {
    int[] order = sortRows();
    RowBuffer kept = new RowBuffer(schema(), allocator);
    try {
      kept.append(rows, order, 0, count);
    } catch (RuntimeException e) {
      kept.close();
      throw e;
    }
    rows.close();
    rows = kept;
    charge.release(charge.bytes());
  }

  private int[] sortRows() {
    int rowCount = rows.rowCount();
    charge.grow(2L * rowCount * INT_BYTES + RowOrder.estimateHeapBytes(rowCount, keys.size()));
    List<FieldVector> keyVectors = new ArrayList<>();
    boolean[] descending = new boolean[keys.size()];
    boolean[] nullsFirst = new boolean[keys.size()];
    for (int i = 0; i < keys.size(); i++) {
      SortKey key = keys.get(i);
      keyVectors.add(rows.column(key.column()));
      descending[i] = key.descending();
      nullsFirst[i] = key.nullsFirst();
    }
    RowOrder order = new RowOrder(keyVectors, descending, nullsFirst, rowCount);
    return PermutationSort.sortedRows(rowCount, order);
  }

  @Override
  public List<Operator> children() {
    return List.of(child);
  }

  @Override
  public OperatorMetrics metrics() {
    return metrics;
  }

  @Override
  public String describe() {
    return "Sort[keys="
        + keys
        + (offset > 0 ? ", offset=" + offset : "")
        + (fetch >= 0 ? ", fetch=" + fetch : "")
        + "]";
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    sorted = null;
    try {
      child.close();
    } finally {
      if (allocator != null) {
        if (output != null) {
          for (FieldVector vector : output) {
            vector.close();
          }
        }
        if (rows != null) {
          rows.close();
        }
        charge.close();
        allocator.close();
      }
    }
  }
}
