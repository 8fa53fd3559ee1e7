package dev.quiver.engine.exec;

import java.util.List;

/**
 * Rows, batches and time an operator produced, plus what its readers report (bytes read, units
 * such as Parquet row groups read and skipped); kept by the operator itself. Single-threaded,
 * except {@link #addReader}, which parallel scan threads call.
 */
public final class OperatorMetrics {
  private static final long NANOS_PER_MILLI = 1_000_000;

  private long rowsOut;
  private long batchesOut;
  private long nanos;
  /** Batches the operator worked on as dictionary codes instead of values. */
  private long codedBatches;
  private final java.util.concurrent.atomic.AtomicLong bytesRead =
      new java.util.concurrent.atomic.AtomicLong();
  private final java.util.concurrent.atomic.AtomicLong unitsTotal =
      new java.util.concurrent.atomic.AtomicLong();
  private final java.util.concurrent.atomic.AtomicLong unitsSkipped =
      new java.util.concurrent.atomic.AtomicLong();
  private final java.util.concurrent.atomic.AtomicLong rejectedRows =
      new java.util.concurrent.atomic.AtomicLong();
  private final java.util.concurrent.atomic.AtomicLong pagesSkipped =
      new java.util.concurrent.atomic.AtomicLong();

  /** The sum of several operators' counts (the copies of a parallel pipeline). */
  public static OperatorMetrics sum(List<OperatorMetrics> parts) {
    OperatorMetrics total = new OperatorMetrics();
    for (OperatorMetrics part : parts) {
      total.rowsOut += part.rowsOut;
      total.batchesOut += part.batchesOut;
      total.nanos += part.nanos;
      total.codedBatches += part.codedBatches;
      total.bytesRead.addAndGet(part.bytesRead.get());
      total.unitsTotal.addAndGet(part.unitsTotal.get());
      total.unitsSkipped.addAndGet(part.unitsSkipped.get());
      total.rejectedRows.addAndGet(part.rejectedRows.get());
      total.pagesSkipped.addAndGet(part.pagesSkipped.get());
    }
    return total;
  }

  /** Adds what a finished reader counted. */
  public void addReader(dev.quiver.adapters.spi.ScanMetrics reader) {
    bytesRead.addAndGet(reader.bytesRead());
    unitsTotal.addAndGet(reader.unitsTotal());
    unitsSkipped.addAndGet(reader.unitsSkipped());
    rejectedRows.addAndGet(reader.rejectedRows());
    pagesSkipped.addAndGet(reader.pagesSkipped());
  }

  /** Rows the readers of this operator skipped as malformed ({@code ignore_errors}). */
  public long rejectedRows() {
    return rejectedRows.get();
  }

  /** The figures for EXPLAIN ANALYZE, e.g. {@code rows=5 batches=1 time=3ms}. */
  public String summary() {
    StringBuilder text = new StringBuilder();
    text.append("rows=").append(rowsOut).append(" batches=").append(batchesOut);
    text.append(" time=").append(nanos / NANOS_PER_MILLI).append("ms");
    if (bytesRead.get() > 0) {
      text.append(" bytes=").append(bytesRead.get());
    }
    if (unitsTotal.get() > 0) {
      text.append(" units_read=").append(unitsTotal.get() - unitsSkipped.get())
          .append('/').append(unitsTotal.get());
    }
    if (rejectedRows.get() > 0) {
      text.append(" rejected_rows=").append(rejectedRows.get());
    }
    if (pagesSkipped.get() > 0) {
      text.append(" pages_skipped=").append(pagesSkipped.get());
    }
    if (codedBatches > 0) {
      text.append(" coded_batches=").append(codedBatches);
    }
    return text.toString();
  }

  /** Counts a batch that was read, filtered or grouped as dictionary codes. */
  public void addCodedBatch() {
    codedBatches++;
  }

  public long codedBatches() {
    return codedBatches;
  }

  public void recordBatch(Batch batch) {
    if (batch != null) {
      rowsOut += batch.selectedCount();
      batchesOut++;
    }
  }

  public void addNanos(long elapsed) {
    nanos += elapsed;
  }

  public long bytesRead() {
    return bytesRead.get();
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
