package dev.quiver.engine.exec.operator;

import dev.quiver.engine.exec.Batch;
import dev.quiver.engine.exec.ExecutionContext;
import dev.quiver.engine.exec.Operator;
import dev.quiver.engine.exec.OperatorMetrics;
import dev.quiver.engine.exec.rows.RowValueWriter;
import dev.quiver.engine.types.ArrowTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Enumerator;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeField;

/**
 * Turns the rows of a Calcite Enumerable (the fallback engine) back into Arrow batches, so that
 * vectorized operators and the result path can consume them.
 */
public final class EnumerableSourceOperator implements Operator {
  private final Supplier<Enumerable<Object>> rows;
  private final String description;
  private final Schema schema;
  private final OperatorMetrics metrics = new OperatorMetrics();
  private ExecutionContext context;
  private BufferAllocator allocator;
  private Enumerator<Object> enumerator;
  private List<FieldVector> vectors;
  private RowValueWriter[] writers;
  private boolean closed;

  /**
   * @param rows binds and returns the Enumerable; called once, for the first batch
   * @param rowType the rows' type; with one column the rows are bare values, not arrays
   */
  public EnumerableSourceOperator(
      Supplier<Enumerable<Object>> rows, RelDataType rowType, String description) {
    this.rows = rows;
    this.description = description;
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
    this.context = executionContext;
    this.allocator =
        executionContext.allocator().newChildAllocator("EnumerableSource", 0, Long.MAX_VALUE);
    vectors = new ArrayList<>();
    writers = new RowValueWriter[schema.getFields().size()];
    for (int i = 0; i < writers.length; i++) {
      FieldVector vector = schema.getFields().get(i).createVector(allocator);
      vectors.add(vector);
      writers[i] = RowValueWriter.of(vector);
    }
  }

  @Override
  public Batch next() {
    context.checkCancelled();
    long start = System.nanoTime();
    if (enumerator == null) {
      enumerator = rows.get().enumerator();
    }
    for (FieldVector vector : vectors) {
      vector.reset();
    }
    int columns = writers.length;
    int count = 0;
    int limit = context.batchRows();
    while (count < limit && enumerator.moveNext()) {
      Object row = enumerator.current();
      if (columns == 1) {
        writers[0].write(count, row);
      } else {
        Object[] values = (Object[]) row;
        for (int column = 0; column < columns; column++) {
          writers[column].write(count, values[column]);
        }
      }
      count++;
    }
    metrics.addNanos(System.nanoTime() - start);
    if (count == 0) {
      return null;
    }
    for (FieldVector vector : vectors) {
      vector.setValueCount(count);
    }
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
    return "EnumerableSource[" + description + "]";
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (enumerator != null) {
      enumerator.close();
    }
    if (vectors != null) {
      vectors.forEach(FieldVector::close);
    }
    if (allocator != null) {
      allocator.close();
    }
  }
}
