package dev.quiver.adapters.spi;

import java.util.List;

/**
 * What a scan asks of a reader.
 *
 * @param columns indexes into the table schema of the columns to decode, in output order
 * @param batchRows the largest number of rows per batch
 * @param predicates conditions all rows must meet, which the reader may use to skip data (see
 *     {@link ColumnPredicate}); empty when there are none
 * @param dictionaryCodes whether the caller takes string columns as dictionary codes ({@link
 *     BatchReader#dictionary}); when false every column's vector is filled
 * @param deferred output positions (indexes into {@code columns}) whose decoding the reader may
 *     put off until {@link BatchReader#loadDeferred()}, and skip for batches where it is not
 *     called; empty when every column is decoded by {@code next()}
 */
public record ScanSpec(
    int[] columns,
    int batchRows,
    List<ColumnPredicate> predicates,
    boolean dictionaryCodes,
    int[] deferred) {
  private static final int[] NONE = new int[0];

  public ScanSpec(
      int[] columns, int batchRows, List<ColumnPredicate> predicates, boolean dictionaryCodes) {
    this(columns, batchRows, predicates, dictionaryCodes, NONE);
  }

  public ScanSpec(int[] columns, int batchRows) {
    this(columns, batchRows, List.of());
  }

  public ScanSpec(int[] columns, int batchRows, List<ColumnPredicate> predicates) {
    this(columns, batchRows, predicates, false);
  }

  /** The same request, taking (or not) string columns as dictionary codes. */
  public ScanSpec withDictionaryCodes(boolean codes) {
    return new ScanSpec(columns, batchRows, predicates, codes, deferred);
  }

  /** The same request, letting the reader put off the given output positions. */
  public ScanSpec withDeferred(int[] positions) {
    return new ScanSpec(columns, batchRows, predicates, dictionaryCodes, positions.clone());
  }

  /** Rows per batch when nobody says otherwise: large enough to amortise per-batch work. */
  public static final int DEFAULT_BATCH_ROWS = 4096;

  public static ScanSpec allColumns(TableSchema schema) {
    int[] columns = new int[schema.arrowSchema().getFields().size()];
    for (int i = 0; i < columns.length; i++) {
      columns[i] = i;
    }
    return new ScanSpec(columns, DEFAULT_BATCH_ROWS);
  }
}
