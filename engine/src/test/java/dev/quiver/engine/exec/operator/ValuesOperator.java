package dev.quiver.engine.exec.operator;

import dev.quiver.engine.exec.Batch;
import dev.quiver.engine.exec.ExecutionContext;
import dev.quiver.engine.exec.Operator;
import dev.quiver.engine.exec.OperatorMetrics;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * A test fake: emits the given batches in order and closes their vectors when closed. Records
 * whether it was opened and closed.
 */
public final class ValuesOperator implements Operator {
  private final Schema schema;
  private final List<Batch> batches;
  private final OperatorMetrics metrics = new OperatorMetrics();
  private int next;
  boolean opened;
  int closeCount;

  public ValuesOperator(Schema schema, List<Batch> batches) {
    this.schema = schema;
    this.batches = new ArrayList<>(batches);
  }

  @Override
  public Schema schema() {
    return schema;
  }

  @Override
  public void open(ExecutionContext context) {
    opened = true;
  }

  @Override
  public Batch next() {
    if (next >= batches.size()) {
      return null;
    }
    Batch batch = batches.get(next++);
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
    return "Values[" + batches.size() + " batches]";
  }

  @Override
  public void close() {
    closeCount++;
    Map<FieldVector, Boolean> closed = new IdentityHashMap<>();
    for (Batch batch : batches) {
      for (FieldVector vector : batch.columns()) {
        if (closed.put(vector, Boolean.TRUE) == null) {
          vector.close();
        }
      }
    }
    batches.clear();
  }
}
