package dev.quiver.adapters.spi;

/** Counters a reader keeps for EXPLAIN ANALYZE and the benchmark output. Single-threaded. */
public final class ScanMetrics {
  private long bytesRead;
  private long rowsRead;
  private long batches;
  private long unitsTotal;
  private long unitsSkipped;
  private long rejectedRows;
  private long pagesSkipped;

  public void addBytes(long bytes) {
    bytesRead += bytes;
  }

  public void addBatch(int rows) {
    rowsRead += rows;
    batches++;
  }

  /**
   * Counts a unit of the file the reader could skip (a Parquet row group, a file of a dataset),
   * and whether a pushed predicate let it skip it; EXPLAIN ANALYZE shows "kept/total".
   */
  public void addUnit(boolean skipped) {
    unitsTotal++;
    if (skipped) {
      unitsSkipped++;
    }
  }

  public long unitsTotal() {
    return unitsTotal;
  }

  public long unitsSkipped() {
    return unitsSkipped;
  }

  /** Sets how many malformed rows the reader skipped so far (with {@code ignore_errors}). */
  public void setRejectedRows(long rows) {
    rejectedRows = rows;
  }

  public long rejectedRows() {
    return rejectedRows;
  }

  /** Counts pages of columns decoded late that were skipped without being decompressed. */
  public void addPagesSkipped(long pages) {
    pagesSkipped += pages;
  }

  public long pagesSkipped() {
    return pagesSkipped;
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
