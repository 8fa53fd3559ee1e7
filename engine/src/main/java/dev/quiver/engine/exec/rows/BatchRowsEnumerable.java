package dev.quiver.engine.exec.rows;

import dev.quiver.engine.exec.Batch;
import dev.quiver.engine.exec.ExecutionContext;
import dev.quiver.engine.exec.Operator;
import java.util.function.Supplier;
import org.apache.calcite.linq4j.AbstractEnumerable;
import org.apache.calcite.linq4j.Enumerator;

/**
 * Presents a vectorized operator's batches as Calcite Enumerable rows: the bridge that lets a
 * fallback (Enumerable) operator consume the output of Quiver operators.
 *
 * <p>Rows are {@code Object[]} in Enumerable storage form, or the bare value when there is one
 * column (as Calcite's generated code expects). Calcite may enumerate the same input several
 * times (a nested-loop join re-reads its inner side for every outer row), so each enumerator
 * builds its own operator tree, opened on the first {@code moveNext} and closed with the
 * enumerator.
 */
public final class BatchRowsEnumerable extends AbstractEnumerable<Object> {
  private final Supplier<Operator> operators;
  private final ExecutionContext context;

  /**
   * @param operators builds a fresh operator tree for each enumeration
   */
  public BatchRowsEnumerable(Supplier<Operator> operators, ExecutionContext context) {
    this.operators = operators;
    this.context = context;
  }

  @Override
  public Enumerator<Object> enumerator() {
    Operator operator = operators.get();
    return new Enumerator<>() {
      private boolean opened;
      private Batch batch;
      private RowValueReader[] readers;
      private int next;
      private Object current;

      @Override
      public Object current() {
        return current;
      }

      @Override
      public boolean moveNext() {
        if (!opened) {
          operator.open(context);
          opened = true;
        }
        while (batch == null || next >= batch.selectedCount()) {
          batch = operator.next();
          if (batch == null) {
            return false;
          }
          readers = new RowValueReader[batch.columnCount()];
          for (int column = 0; column < readers.length; column++) {
            readers[column] = RowValueReader.of(batch.column(column));
          }
          next = 0;
        }
        int position = batch.position(next++);
        if (readers.length == 1) {
          current = readers[0].read(position);
        } else {
          Object[] row = new Object[readers.length];
          for (int column = 0; column < readers.length; column++) {
            row[column] = readers[column].read(position);
          }
          current = row;
        }
        return true;
      }

      @Override
      public void reset() {
        throw new UnsupportedOperationException("reset");
      }

      @Override
      public void close() {
        operator.close();
      }
    };
  }
}
