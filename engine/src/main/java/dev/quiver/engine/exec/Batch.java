package dev.quiver.engine.exec;

import dev.quiver.adapters.spi.DictionaryColumn;
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
 *
 * <p>Dictionary codes: a string column may come as codes into a dictionary ({@link
 * #dictionary(int)}, e.g. a Parquet dictionary page), its vector left empty. Operators that know
 * codes (filters and group-by on one string column) work on them; {@link #column(int)} and
 * {@link #columns()} fill the vector first, so every other operator sees plain values.
 */
public final class Batch {
  private final List<FieldVector> columns;
  private final int rowCount;
  private final int[] selection;
  private final int selectedCount;
  /** Per column, its codes or null; null when no column is coded. */
  private final DictionaryColumn[] dictionaries;

  private Batch(
      List<FieldVector> columns, int rowCount, int[] selection, int selectedCount,
      DictionaryColumn[] dictionaries) {
    this.columns = columns;
    this.rowCount = rowCount;
    this.selection = selection;
    this.selectedCount = selectedCount;
    this.dictionaries = dictionaries;
  }

  /** A batch in which all {@code rowCount} rows are live. */
  public static Batch of(List<FieldVector> columns, int rowCount) {
    return new Batch(columns, rowCount, null, rowCount, null);
  }

  /**
   * A batch in which all {@code rowCount} rows are live and the columns with a non-null entry in
   * {@code dictionaries} (or all, when it is null) come as codes.
   */
  public static Batch of(List<FieldVector> columns, int rowCount, DictionaryColumn[] dictionaries) {
    return new Batch(columns, rowCount, null, rowCount, dictionaries);
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

  /** Column {@code index}'s vector, its values filled from the dictionary if it came as codes. */
  public FieldVector column(int index) {
    if (dictionaries != null && dictionaries[index] != null) {
      dictionaries[index].materialize();
    }
    return columns.get(index);
  }

  /** Column {@code index} as dictionary codes, or null when it is plain (or already filled). */
  public DictionaryColumn dictionary(int index) {
    return dictionaries == null ? null : dictionaries[index];
  }

  /** Every column's vector, values filled (see {@link #column(int)}). */
  public List<FieldVector> columns() {
    if (dictionaries != null) {
      for (DictionaryColumn dictionary : dictionaries) {
        if (dictionary != null) {
          dictionary.materialize();
        }
      }
    }
    return columns;
  }

  public int columnCount() {
    return columns.size();
  }

  /** The same vectors with only {@code positions[0..count)} live; no copy. */
  public Batch withSelection(int[] positions, int count) {
    return new Batch(columns, rowCount, positions, count, dictionaries);
  }

  /** The same rows over other vectors of the same length (e.g. a projection's outputs). */
  public Batch withColumns(List<FieldVector> newColumns) {
    return new Batch(newColumns, rowCount, selection, selectedCount, null);
  }

  /**
   * The same rows over other vectors, the columns with a non-null entry in {@code
   * newDictionaries} (which may be null) coded.
   */
  public Batch withColumns(List<FieldVector> newColumns, DictionaryColumn[] newDictionaries) {
    return new Batch(newColumns, rowCount, selection, selectedCount, newDictionaries);
  }
}
