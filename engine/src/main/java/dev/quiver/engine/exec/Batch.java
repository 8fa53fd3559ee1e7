package dev.quiver.engine.exec;

import java.util.List;
import org.apache.arrow.vector.FieldVector;

/**
 * A set of equal-length Arrow vectors and the positions in them that are live.
 *
 * <p>A batch is a view: it owns no memory. The vectors belong to the operator that produced the
 * batch and stay valid until that operator's next {@code next()} or {@code close()}. An operator
 * that must keep values longer (aggregation, sort) copies them into vectors of its own.
 *
 * <p>Selection: when {@link #hasSelection()} is true, only the positions {@code selection()[0 ..
 * selectedCount())} are live, in ascending order; other positions hold undefined values. Filters
 * produce selections instead of copying, and the next operator that needs dense data compacts.
 */
public final class Batch {
  private final List<FieldVector> columns;
  private final int rowCount;
  private final int[] selection;
  private final int selectedCount;

  private Batch(List<FieldVector> columns, int rowCount, int[] selection, int selectedCount) {
    this.columns = columns;
    this.rowCount = rowCount;
    this.selection = selection;
    this.selectedCount = selectedCount;
  }

  /** A batch in which all {@code rowCount} rows are live. */
  public static Batch of(List<FieldVector> columns, int rowCount) {
    return new Batch(columns, rowCount, null, rowCount);
  }

  /** Physical rows in the vectors. */
  public int rowCount() {
    return rowCount;
  }

  /** Live rows: {@link #rowCount()} without a selection. */
  public int selectedCount() {
    return selectedCount;
  }

  public boolean hasSelection() {
    return selection != null;
  }

  /** Ascending live positions, valid in {@code [0, selectedCount())}; null when all are live. */
  public int[] selection() {
    return selection;
  }

  /** The position of the {@code k}-th live row. */
  public int position(int k) {
    return selection == null ? k : selection[k];
  }

  public FieldVector column(int index) {
    return columns.get(index);
  }

  public List<FieldVector> columns() {
    return columns;
  }

  public int columnCount() {
    return columns.size();
  }

  /** The same vectors with only {@code positions[0..count)} live; no copy. */
  public Batch withSelection(int[] positions, int count) {
    return new Batch(columns, rowCount, positions, count);
  }

  /** The same rows over other vectors of the same length (e.g. a projection's outputs). */
  public Batch withColumns(List<FieldVector> newColumns) {
    return new Batch(newColumns, rowCount, selection, selectedCount);
  }
}
