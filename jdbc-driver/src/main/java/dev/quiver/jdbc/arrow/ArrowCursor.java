package dev.quiver.jdbc.arrow;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.calcite.avatica.ColumnMetaData;
import org.apache.calcite.avatica.util.ArrayImpl;
import org.apache.calcite.avatica.util.Cursor;

/**
 * An Avatica {@link Cursor} that walks the Arrow batches of a {@link BatchSource} row by row, with
 * one {@link ColumnAccessor} per column rebound to each new batch's vectors. No row is copied.
 */
public final class ArrowCursor implements Cursor {
  private final BatchSource source;
  private final long maxRows;
  private ColumnAccessor[] accessors = new ColumnAccessor[0];
  private VectorSchemaRoot batch;
  private int row = -1;
  private int rowCount;
  private long rowsReturned;
  private boolean done;
  private boolean wasNull;

  /**
   * @param maxRows the most rows to return ({@code Statement.setMaxRows}), 0 for all
   */
  public ArrowCursor(BatchSource source, long maxRows) {
    this.source = source;
    this.maxRows = maxRows;
  }

  @Override
  public List<Accessor> createAccessors(
      List<ColumnMetaData> columns, Calendar localCalendar, ArrayImpl.Factory factory) {
    accessors = new ColumnAccessor[columns.size()];
    List<Accessor> list = new ArrayList<>(columns.size());
    for (int i = 0; i < accessors.length; i++) {
      accessors[i] = ColumnAccessor.forColumn(this, i, columns.get(i));
      list.add(accessors[i]);
    }
    return list;
  }

  @Override
  public boolean next() throws SQLException {
    if (done) {
      return false;
    }
    if (maxRows > 0 && rowsReturned >= maxRows) {
      finish();
      return false;
    }
    if (batch != null && row + 1 < rowCount) {
      row++;
      rowsReturned++;
      return true;
    }
    VectorSchemaRoot next;
    do {
      next = source.next();
    } while (next != null && next.getRowCount() == 0);
    if (next == null) {
      finish();
      return false;
    }
    if (next.getFieldVectors().size() != accessors.length) {
      throw new SQLException(
          "The engine sent a batch of " + next.getFieldVectors().size() + " columns for a result of "
              + accessors.length + " columns (this is a bug in Quiver; please report it)",
          "XX000");
    }
    batch = next;
    rowCount = next.getRowCount();
    row = 0;
    for (int i = 0; i < accessors.length; i++) {
      accessors[i].bind(next.getVector(i));
    }
    rowsReturned++;
    return true;
  }

  /** The current row within the current batch. */
  int row() throws SQLException {
    if (batch == null) {
      throw new SQLException(
          done ? "No current row: the result set is past its last row"
              : "No current row: call next() first",
          "24000");
    }
    return row;
  }

  void setWasNull(boolean wasNull) {
    this.wasNull = wasNull;
  }

  @Override
  public boolean wasNull() {
    return wasNull;
  }

  /** Frees the batches as soon as the last row has been read. */
  private void finish() {
    done = true;
    batch = null;
    source.close();
  }

  @Override
  public void close() {
    done = true;
    batch = null;
    source.close();
  }
}
