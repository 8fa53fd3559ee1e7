package dev.quiver.engine.exec.vector;

import dev.quiver.engine.exec.Batch;
import java.util.List;
import org.apache.arrow.vector.FieldVector;

/**
 * The leading sort keys' values of the last row a top-N currently keeps. A row of a later batch
 * that sorts strictly after it on those keys cannot enter the top-N, so it is dropped before it is
 * copied or compared on the other keys: for {@code ORDER BY amount DESC LIMIT 10} over millions of
 * rows almost every row is dropped by one primitive comparison. The second key settles ties on
 * the first ({@code ORDER BY amount DESC, id}: of the many rows at the bound's amount, only those
 * with a smaller id may enter).
 *
 * <p>Only numeric and temporal keys (the LONG and DOUBLE layouts) take part: the bound covers the
 * leading such keys, at most {@link #MAX_KEYS}; when the first key is of another type {@link #of}
 * returns null and the top-N keeps every row until its next prune.
 *
 * <p>A bound is immutable; {@link #keep} works in a caller's {@link Scratch}, so a scan's worker
 * threads may apply the bound their top-N publishes (see {@code TopNLateFilter}).
 */
public final class TopNBound {
  /** Keys compared: the first and the one that breaks its ties. */
  public static final int MAX_KEYS = 2;

  /** One sort key: its column in the rows the bound is taken from, and its order. */
  public record Key(int column, boolean descending, boolean nullsFirst) {}

  /** One key's bound value. */
  private record KeyBound(
      ValueLayout layout, boolean isNull, long longValue, double doubleValue, int direction,
      boolean nullsFirst) {}

  private final KeyBound[] keys;

  /** The working arrays of {@link #keep}, one per thread. */
  public static final class Scratch {
    private final ColumnValues[] longs = new ColumnValues[MAX_KEYS];
    private final ColumnValues[] doubles = new ColumnValues[MAX_KEYS];
    private int[] kept = new int[0];

    private ColumnValues values(int key, ValueLayout layout) {
      ColumnValues[] byKey = layout == ValueLayout.LONG ? longs : doubles;
      if (byKey[key] == null) {
        byKey[key] = new ColumnValues(layout);
      }
      return byKey[key];
    }
  }

  private TopNBound(KeyBound[] keys) {
    this.keys = keys;
  }

  /**
   * The bound at {@code row} of {@code vectors} (the rows the top-N keeps, columns as the keys
   * say), over the leading numeric or temporal keys; null when the first key is of another type.
   */
  public static TopNBound of(List<FieldVector> vectors, int row, List<Key> sortKeys) {
    int n = usableKeys(vectors, sortKeys);
    if (n == 0) {
      return null;
    }
    KeyBound[] bounds = new KeyBound[n];
    for (int i = 0; i < n; i++) {
      Key key = sortKeys.get(i);
      FieldVector vector = vectors.get(key.column());
      ValueLayout layout = ValueLayout.of(vector.getField().getType());
      ColumnValues one = new ColumnValues(layout);
      one.gather(vector, new int[] {row}, 1);
      boolean isNull = !one.isValid(0);
      bounds[i] =
          new KeyBound(
              layout,
              isNull,
              layout == ValueLayout.LONG && !isNull ? one.longs()[0] : 0,
              layout == ValueLayout.DOUBLE && !isNull ? one.doubles()[0] : 0,
              key.descending() ? -1 : 1,
              key.nullsFirst());
    }
    return new TopNBound(bounds);
  }

  /** How many leading keys a bound over {@code sortKeys} covers (0: no bound). */
  public static int usableKeys(List<FieldVector> vectors, List<Key> sortKeys) {
    int n = 0;
    while (n < Math.min(MAX_KEYS, sortKeys.size())
        && takesPart(ValueLayout.of(vectors.get(sortKeys.get(n).column()).getField().getType()))) {
      n++;
    }
    return n;
  }

  /** Whether a key of this layout can be part of a bound: numbers and temporals. */
  public static boolean takesPart(ValueLayout layout) {
    return layout == ValueLayout.LONG || layout == ValueLayout.DOUBLE;
  }

  /** Keys the bound compares. */
  public int keyCount() {
    return keys.length;
  }

  /**
   * The live rows of {@code batch} that do not sort after the bound, its key {@code i} being in
   * column {@code columns[i]} of the batch, as a batch with a selection; null when there are none.
   */
  public Batch keep(Batch batch, int[] columns, Scratch scratch) {
    int count = batch.selectedCount();
    int[] positions = Positions.of(batch);
    ColumnValues[] values = new ColumnValues[keys.length];
    for (int i = 0; i < keys.length; i++) {
      values[i] = scratch.values(i, keys[i].layout());
      values[i].gather(batch.column(columns[i]), positions, count);
    }
    if (scratch.kept.length < count) {
      scratch.kept = new int[count];
    }
    int[] kept = scratch.kept;
    int keptCount = 0;
    for (int k = 0; k < count; k++) {
      if (mayEnter(values, k)) {
        kept[keptCount++] = positions[k];
      }
    }
    if (keptCount == 0) {
      return null;
    }
    return keptCount == count ? batch : batch.withSelection(kept.clone(), keptCount);
  }

  /** Whether row {@code k} sorts before the bound or ties it on every key compared. */
  private boolean mayEnter(ColumnValues[] values, int k) {
    for (int i = 0; i < keys.length; i++) {
      int c = compare(keys[i], values[i], k);
      if (c != 0) {
        return c < 0;
      }
    }
    return true;
  }

  /** Where row {@code k} sorts against the bound on one key: negative before, 0 tied. */
  private static int compare(KeyBound key, ColumnValues values, int k) {
    boolean isNull = !values.isValid(k);
    if (isNull || key.isNull()) {
      if (isNull && key.isNull()) {
        return 0;
      }
      // The NULL sorts first with NULLS FIRST, last otherwise.
      boolean rowFirst = isNull == key.nullsFirst();
      return rowFirst ? -1 : 1;
    }
    int c =
        key.layout() == ValueLayout.LONG
            ? Long.compare(values.longs()[k], key.longValue())
            : Double.compare(values.doubles()[k], key.doubleValue());
    return key.direction() * c;
  }
}
