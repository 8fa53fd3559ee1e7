package dev.quiver.engine.exec.dictionary;

import dev.quiver.adapters.spi.DictionaryColumn;
import dev.quiver.adapters.spi.StringDictionary;
import dev.quiver.engine.exec.Batch;
import dev.quiver.engine.exec.ExecutionContext;
import dev.quiver.engine.expr.PhysicalExpr;
import dev.quiver.engine.expr.PhysicalExprs;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.arrow.memory.util.MemoryUtil;
import org.apache.arrow.vector.FieldVector;

/**
 * A filter condition that reads one string column, evaluated on that column's dictionary instead
 * of its rows: once per dictionary (a Parquet column chunk), the condition runs over the entries
 * (the NULL entry included, so {@code IS NULL} works), and each batch then keeps the rows whose
 * code passed. {@code status = 'refunded'} over a million rows costs a handful of string compares
 * and a million byte lookups.
 *
 * <p>Expressions are deterministic (no kernel is random), so a row's result is its entry's. An
 * entry that fails to evaluate (a CAST of a value that no live row holds, say) must not fail the
 * query: then this dictionary is evaluated row by row, which raises the error only if a live row
 * holds it.
 */
public final class DictionaryFilter {
  private final PhysicalExpr condition;
  private final int column;
  private StringDictionary evaluatedFor;
  /** Per entry of {@link #evaluatedFor}: 1 when the condition is TRUE, else 0; null: row by row. */
  private byte[] passes;
  private int[] scratch = new int[0];

  private DictionaryFilter(PhysicalExpr condition, int column) {
    this.condition = condition;
    this.column = column;
  }

  /** A dictionary filter for {@code condition}, or null unless it reads exactly one column. */
  public static DictionaryFilter of(PhysicalExpr condition) {
    int[] columns = PhysicalExprs.inputColumns(condition);
    return columns.length == 1 ? new DictionaryFilter(condition, columns[0]) : null;
  }

  /**
   * Writes the live positions of {@code batch} where the condition is TRUE into {@code out} and
   * returns how many, or -1 when the column is not coded in this batch (evaluate row by row).
   */
  public int select(Batch batch, int[] out, ExecutionContext context) {
    DictionaryColumn coded = batch.dictionary(column);
    if (coded == null) {
      return -1;
    }
    StringDictionary dictionary = coded.dictionary();
    if (dictionary != evaluatedFor) {
      passes = evaluate(dictionary, batch.columnCount(), context);
      evaluatedFor = dictionary;
    }
    byte[] pass = passes;
    if (pass == null) {
      return -1;
    }
    long codes = coded.codes().getDataBufferAddress();
    int count = batch.selectedCount();
    int[] selection = batch.selection();
    int n = 0;
    if (selection == null) {
      for (int row = 0; row < count; row++) {
        out[n] = row;
        n += pass[MemoryUtil.getInt(codes + ((long) row << 2))];
      }
    } else {
      for (int k = 0; k < count; k++) {
        int row = selection[k];
        out[n] = row;
        n += pass[MemoryUtil.getInt(codes + ((long) row << 2))];
      }
    }
    return n;
  }

  /** The condition over every entry of {@code dictionary}, or null when an entry fails. */
  private byte[] evaluate(StringDictionary dictionary, int columnCount, ExecutionContext context) {
    FieldVector entries = dictionary.entries();
    int size = dictionary.size();
    List<FieldVector> columns = new ArrayList<>(Collections.nCopies(columnCount, (FieldVector) null));
    columns.set(column, entries);
    Batch entriesBatch = Batch.of(columns, size);
    if (scratch.length < size) {
      scratch = new int[size];
    }
    int passing;
    try {
      passing = condition.select(entriesBatch, scratch, context);
    } catch (RuntimeException e) {
      return null;
    }
    byte[] result = new byte[size];
    for (int k = 0; k < passing; k++) {
      result[scratch[k]] = 1;
    }
    return result;
  }
}
