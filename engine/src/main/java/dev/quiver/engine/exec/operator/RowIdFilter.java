package dev.quiver.engine.exec.operator;

import dev.quiver.engine.exec.Batch;
import java.util.Arrays;

/**
 * Keeps the rows whose {@link ScanOperator#ROW_ID}s are among given ones: how a late fetch picks
 * its rows out of the units it reads again. It reads no column, so every column is decoded late,
 * and only the batches holding a wanted row decode anything.
 */
final class RowIdFilter implements LateFilter {
  /** Ascending, distinct. */
  private final long[] ids;

  /** @param ids the row ids to keep, ascending and distinct */
  RowIdFilter(long[] ids) {
    this.ids = ids.clone();
  }

  @Override
  public int[] columns() {
    return new int[0];
  }

  @Override
  public LateFilter onColumns(int[] positions) {
    return this;
  }

  @Override
  public Instance newInstance() {
    return (batch, firstRowId) -> {
      int from = lowerBound(firstRowId);
      int to = lowerBound(firstRowId + batch.rowCount());
      if (from == to) {
        return null;
      }
      int[] positions = new int[to - from];
      for (int k = from; k < to; k++) {
        positions[k - from] = (int) (ids[k] - firstRowId);
      }
      return batch.withSelection(positions, positions.length);
    };
  }

  /** The index of the first id not below {@code id}. */
  private int lowerBound(long id) {
    int at = Arrays.binarySearch(ids, id);
    return at >= 0 ? at : -at - 1;
  }

  @Override
  public String describe() {
    return "rowIds(" + ids.length + ")";
  }
}
