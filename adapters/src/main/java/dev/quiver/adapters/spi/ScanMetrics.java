package dev.quiver.adapters.spi;

/** Counters a reader keeps for EXPLAIN ANALYZE and the benchmark output. Single-threaded. */
public final class ScanMetrics {
  private long bytesRead;
  private long rowsRead;
  private long batches;

  public void addBytes(long bytes) {
    bytesRead += bytes;
  }

  public void addBatch(int rows) {
    rowsRead += rows;
    batches++;
  }

  public long bytesRead() {
    return bytesRead;
  }

  public long rowsRead() {
    return rowsRead;
  }

  public long batches() {
    return batches;
  }
}
