package dev.quiver.engine.exec.operator;

import dev.quiver.engine.exec.Batch;
import dev.quiver.engine.exec.ExecutionContext;
import dev.quiver.engine.exec.Operator;
import dev.quiver.engine.exec.OperatorMetrics;
import dev.quiver.engine.exec.rows.RowValueWriter;
import dev.quiver.engine.types.ArrowTypes;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeField;

/** Emits a fixed list of rows, given in storage form, as batches. */
public final class LiteralRowsOperator implements Operator {
  private final List<Object[]> rows;
  private final Schema schema;
  private final OperatorMetrics metrics = new OperatorMetrics();
  private ExecutionContext context;
  private BufferAllocator allocator;
  private List<FieldVector> vectors;
  private int nextRow;
  private boolean closed;

  public LiteralRowsOperator(RelDataType rowType, List<Object[]> rows) {
    this.rows = rows;
    List<Field> fields = new ArrayList<>();
    for (RelDataTypeField field : rowType.getFieldList()) {
      fields.add(ArrowTypes.toField(field.getName(), field.getType()));
    }
    this.schema = new Schema(fields);
  }

  @Override
  public Schema schema() {
    return schema;
  }

  @Override
  public void open(ExecutionContext executionContext) {
    context = executionContext;
    allocator = executionContext.allocator().newChildAllocator("Values", 0, Long.MAX_VALUE);
    vectors = new ArrayList<>();
    for (Field field : schema.getFields()) {
      vectors.add(field.createVector(allocator));
    }
  }

  @Override
  public Batch next() {
    context.checkCancelled();
    if (nextRow >= rows.size()) {
      return null;
    }
    int count = Math.min(context.batchRows(), rows.size() - nextRow);
    for (int column = 0; column < vectors.size(); column++) {
      FieldVector vector = vectors.get(column);
      vector.reset();
      RowValueWriter writer = RowValueWriter.ofStorage(vector);
      for (int k = 0; k < count; k++) {
        writer.write(k, rows.get(nextRow + k)[column]);
      }
      vector.setValueCount(count);
    }
    nextRow += count;
    Batch batch = Batch.of(vectors, count);
    metrics.recordBatch(batch);
    return batch;
  }

  @Override
  public List<Operator> children() {
    return List.of();
  }

  @Override
  public OperatorMetrics metrics() {
    return metrics;
  }

  @Override
  public String describe() {
    return "Values[rows=" + rows.size() + "]";
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (vectors != null) {
      vectors.forEach(FieldVector::close);
    }
    if (allocator != null) {
      allocator.close();
    }
  }
}
