package dev.quiver.engine.exec.operator;

import dev.quiver.engine.exec.Batch;

/**
 * A condition a scan applies to each batch as soon as the columns it reads are decoded: a batch
 * in which no row survives never has its other columns decoded (a Parquet reader skips their
 * rows, whole pages without decompressing them), and the rows it keeps leave the scan as a
 * selection. Scans read on several threads, so each thread asks for its own {@link Instance}.
 */
public interface LateFilter {
  /** The scan output columns the condition reads; all others may be decoded late. */
  int[] columns();

  /**
   * The same condition (sharing any state, such as a top-N's bound) reading column {@code
   * positions[i]} where this one reads {@code columns()[i]}: a scan applies it to its readers'
   * batches, whose columns come in another order.
   */
  LateFilter onColumns(int[] positions);

  /** A filter for one thread. */
  Instance newInstance();

  /** One thread's filter. */
  interface Instance {
    /**
     * The live rows of {@code batch} that may pass, as a batch with a selection, or null when
     * none may. Only {@link #columns()} of {@code batch} are decoded. {@code firstRowId} is the
     * row id (see {@link ScanOperator#ROW_ID}) of the batch's first row.
     */
    Batch keep(Batch batch, long firstRowId);
  }

  /** For EXPLAIN ANALYZE, e.g. {@code topN(#3)}. */
  String describe();
}
