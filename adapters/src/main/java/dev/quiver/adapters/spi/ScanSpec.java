package dev.quiver.adapters.spi;

import java.util.List;

/**
 * What a scan asks of a reader.
 *
 * @param columns indexes into the table schema of the columns to decode, in output order
 * @param batchRows the largest number of rows per batch
 * @param predicates conditions all rows must meet, which the reader may use to skip data (see
 *     {@link ColumnPredicate}); empty when there are none
 */
public record ScanSpec(int[] columns, int batchRows, List<ColumnPredicate> predicates) {
  public ScanSpec(int[] columns, int batchRows) {
    this(columns, batchRows, List.of());
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
