package dev.quiver.engine.exec.operator;

import dev.quiver.engine.exec.Batch;
import dev.quiver.engine.exec.vector.TopNBound;

/**
 * The top-N's bound (see {@link TopNBound}) as a scan's late filter: {@code ORDER BY amount DESC LIMIT 10} over
 * a Parquet file decodes {@code amount} for every batch but the other columns only for the few
 * batches holding a row that may still enter the top 10. The sort publishes each bound it
 * computes; scan threads read the latest one (bounds are immutable, so a stale one only keeps
 * more rows, never fewer).
 */
public final class TopNLateFilter implements LateFilter {
  /** The columns of the bound's keys, first key first. */
  private final int[] keyColumns;
  private final Published published;

  /** The latest bound, shared by the filter and its remapped copies. */
  private static final class Published {
    private volatile TopNBound bound;
  }

  /**
   * @param keyColumns the scan output columns of the sort keys the bound compares (see {@link
   *     TopNBound#usableKeys}), first key first
   */
  public TopNLateFilter(int[] keyColumns) {
    this(keyColumns.clone(), new Published());
  }

  private TopNLateFilter(int[] keyColumns, Published published) {
    this.keyColumns = keyColumns;
    this.published = published;
  }

  /** Called by the top-N each time it tightens its bound. */
  void publish(TopNBound tighter) {
    published.bound = tighter;
  }

  @Override
  public LateFilter onColumns(int[] positions) {
    return new TopNLateFilter(positions.clone(), published);
  }

  @Override
  public int[] columns() {
    return keyColumns.clone();
  }

  @Override
  public Instance newInstance() {
    TopNBound.Scratch scratch = new TopNBound.Scratch();
    return (batch, firstRowId) -> {
      TopNBound current = published.bound;
      return current == null ? batch : current.keep(batch, keyColumns, scratch);
    };
  }

  @Override
  public String describe() {
    StringBuilder text = new StringBuilder("topN(");
    for (int i = 0; i < keyColumns.length; i++) {
      text.append(i == 0 ? "#" : ", #").append(keyColumns[i]);
    }
    return text.append(')').toString();
  }
}
