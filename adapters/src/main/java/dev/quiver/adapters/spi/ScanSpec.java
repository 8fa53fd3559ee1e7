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
 */
public record ScanSpec(
    int[] columns, int batchRows, List<ColumnPredicate> predicates, boolean dictionaryCodes) {
  public ScanSpec(int[] columns, int batchRows) {
    this(columns, batchRows, List.of());
  }

  public ScanSpec(int[] columns, int batchRows, List<ColumnPredicate> predicates) {
    this(columns, batchRows, predicates, false);
  }

  /** The same request, taking (or not) string columns as dictionary codes. */
  public ScanSpec withDictionaryCodes(boolean codes) {
    return new ScanSpec(columns, batchRows, predicates, codes);
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
