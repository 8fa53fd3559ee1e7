package dev.quiver.engine.exec.operator;

import dev.quiver.engine.exec.Batch;
import dev.quiver.engine.exec.ExecutionContext;
import dev.quiver.engine.exec.Operator;
import dev.quiver.engine.exec.OperatorMetrics;
import java.util.List;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * OFFSET/FETCH without ordering: passes through the live rows after the first {@code offset},
 * narrowing batches with a selection (no copy), and stops pulling its child once {@code fetch}
 * rows are out.
 */
public final class LimitOperator implements Operator {
  private final Operator child;
  private final long offset;
  private final long fetch;
  private final OperatorMetrics metrics = new OperatorMetrics();

  private ExecutionContext context;
  private long toSkip;
  private long remaining;
  private int[] positions = new int[0];
  private boolean closed;

  /**
   * @param offset rows to skip
   * @param fetch rows to return after the offset; negative for all
   */
  public LimitOperator(Operator child, long offset, long fetch) {
    this.child = child;
    this.offset = Math.max(0, offset);
    this.fetch = fetch;
  }

  @Override
  public Schema schema() {
    return child.schema();
  }

  @Override
  public void open(ExecutionContext context) {
    this.context = context;
    this.toSkip = offset;
    this.remaining = fetch < 0 ? Long.MAX_VALUE : fetch;
    child.open(context);
  }

  @Override
  public Batch next() {
    long start = System.nanoTime();
    try {
      while (remaining > 0) {
        Batch batch = child.next();
        if (batch == null) {
          remaining = 0;
          return null;
        }
        context.checkCancelled();
        int live = batch.selectedCount();
        if (toSkip >= live) {
          toSkip -= live;
          continue;
        }
        int first = (int) toSkip;
        int count = (int) Math.min(remaining, live - first);
        toSkip = 0;
        remaining -= count;
        Batch out = first == 0 && count == live ? batch : slice(batch, first, count);
        metrics.recordBatch(out);
        return out;
      }
      return null;
    } finally {
      metrics.addNanos(System.nanoTime() - start);
    }
  }

  /** The live rows {@code first..first+count)} of {@code batch}, as a selection. */
  private Batch slice(Batch batch, int first, int count) {
    if (positions.length < count) {
      positions = new int[Math.max(count, batch.rowCount())];
    }
    for (int k = 0; k < count; k++) {
      positions[k] = batch.position(first + k);
    }
    return batch.withSelection(positions, count);
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
    return "Limit[" + (offset > 0 ? "offset=" + offset + ", " : "") + "fetch=" + (fetch < 0 ? "ALL" : fetch) + "]";
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      child.close();
    }
  }
}
