package dev.quiver.engine.exec;

/** Rows, batches and time an operator produced; kept by the operator itself. Single-threaded. */
public final class OperatorMetrics {
  private long rowsOut;
  private long batchesOut;
  private long nanos;

  public void recordBatch(Batch batch) {
    if (batch != null) {
      rowsOut += batch.selectedCount();
      batchesOut++;
    }
  }

  public void addNanos(long elapsed) {
    nanos += elapsed;
  }

  public long rowsOut() {
    return rowsOut;
  }

  public long batchesOut() {
    return batchesOut;
  }

  public long nanos() {
    return nanos;
  }
}
