package dev.quiver.engine.exec.vector;

import dev.quiver.engine.exec.Batch;
import org.apache.arrow.vector.FieldVector;

/**
 * The first sort key's value of the last row a top-N currently keeps. A row of a later batch whose
 * first key sorts strictly after it cannot enter the top-N, so it is dropped before it is copied
 * or compared on the other keys: for {@code ORDER BY amount DESC LIMIT 10} over millions of rows
 * almost every row is dropped by one primitive comparison.
 *
 * <p>Only numeric and temporal first keys (the LONG and DOUBLE layouts) get a bound; for others
 * {@link #of} returns null and the top-N keeps every row until its next prune.
 */
public final class TopNBound {
  private final ValueLayout layout;
  private final boolean boundIsNull;
  private final long longBound;
  private final double doubleBound;
  private final int direction;
  private final boolean nullsFirst;
  private final ColumnValues values;
  private int[] kept = new int[0];

  private TopNBound(
      ValueLayout layout,
      boolean boundIsNull,
      long longBound,
      double doubleBound,
      boolean descending,
      boolean nullsFirst) {
    this.layout = layout;
    this.boundIsNull = boundIsNull;
    this.longBound = longBound;
    this.doubleBound = doubleBound;
    this.direction = descending ? -1 : 1;
    this.nullsFirst = nullsFirst;
    this.values = new ColumnValues(layout);
  }

  /** The bound at {@code row} of {@code keyVector}, or null when its type gets no bound. */
  public static TopNBound of(
      FieldVector keyVector, int row, boolean descending, boolean nullsFirst) {
    ValueLayout layout = ValueLayout.of(keyVector.getField().getType());
    if (layout != ValueLayout.LONG && layout != ValueLayout.DOUBLE) {
      return null;
    }
    ColumnValues one = new ColumnValues(layout);
    one.gather(keyVector, new int[] {row}, 1);
    boolean isNull = !one.isValid(0);
    return new TopNBound(
        layout,
        isNull,
        layout == ValueLayout.LONG && !isNull ? one.longs()[0] : 0,
        layout == ValueLayout.DOUBLE && !isNull ? one.doubles()[0] : 0,
        descending,
        nullsFirst);
  }

  /**
   * The live rows of {@code batch} whose key in column {@code keyColumn} does not sort after the
   * bound, as a batch with a selection; null when there are none.
   */
  public Batch keep(Batch batch, int keyColumn) {
    int count = batch.selectedCount();
    int[] positions = Positions.of(batch);
    values.gather(batch.column(keyColumn), positions, count);
    if (kept.length < count) {
      kept = new int[count];
    }
    int keptCount = 0;
    for (int k = 0; k < count; k++) {
      if (mayEnter(k)) {
        kept[keptCount++] = positions[k];
      }
    }
    if (keptCount == 0) {
      return null;
    }
    return keptCount == count ? batch : batch.withSelection(kept.clone(), keptCount);
  }

  private boolean mayEnter(int k) {
    boolean isNull = !values.isValid(k);
    if (boundIsNull) {
      // Nulls last: every row ties or beats a NULL bound. Nulls first: only NULLs tie it.
      return !nullsFirst || isNull;
    }
    if (isNull) {
      return nullsFirst;
    }
    int c =
        layout == ValueLayout.LONG
            ? Long.compare(values.longs()[k], longBound)
            : Double.compare(values.doubles()[k], doubleBound);
    return direction * c <= 0;
  }
}
