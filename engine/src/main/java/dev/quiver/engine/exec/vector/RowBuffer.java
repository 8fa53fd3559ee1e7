package dev.quiver.engine.exec.vector;

import dev.quiver.engine.exec.Batch;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Rows copied out of batches into vectors of its own, which grow (by doubling) as rows are
 * appended: what an operator keeps when it must see its whole input before emitting (sort).
 */
public final class RowBuffer implements AutoCloseable {
  private final List<FieldVector> columns;
  private int rowCount;

  /** An empty buffer with one vector per field of {@code schema}, allocated from {@code allocator}. */
  public RowBuffer(Schema schema, BufferAllocator allocator) {
    List<FieldVector> vectors = new ArrayList<>();
    for (Field field : schema.getFields()) {
      vectors.add(field.createVector(allocator));
    }
    this.columns = vectors;
  }

  /** Copies the live rows of {@code batch}. */
  public void append(Batch batch) {
    int[] positions = Positions.of(batch);
    int count = batch.selectedCount();
    for (int c = 0; c < columns.size(); c++) {
      RowCopier.append(batch.column(c), positions, 0, count, columns.get(c), rowCount);
    }
    rowCount += count;
  }

  /** Copies rows {@code rows[from..from+count)} of {@code other} (same schema), in that order. */
  public void append(RowBuffer other, int[] rows, int from, int count) {
    for (int c = 0; c < columns.size(); c++) {
      RowCopier.append(other.columns.get(c), rows, from, count, columns.get(c), rowCount);
    }
    rowCount += count;
  }

  /**
   * Empties each of {@code output} (one per leading column of this buffer) and fills it with rows
   * {@code order[from..from+count)}, in that order.
   */
  public void copyTo(List<FieldVector> output, int[] order, int from, int count) {
    for (int c = 0; c < output.size(); c++) {
      FieldVector target = output.get(c);
      target.clear();
      RowCopier.append(columns.get(c), order, from, count, target, 0);
    }
  }

  public int rowCount() {
    return rowCount;
  }

  public FieldVector column(int index) {
    return columns.get(index);
  }

  public List<FieldVector> columns() {
    return columns;
  }

  @Override
  public void close() {
    for (FieldVector vector : columns) {
      vector.close();
    }
    rowCount = 0;
  }
}
