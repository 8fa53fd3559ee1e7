package dev.quiver.engine.exec.operator;

import dev.quiver.engine.exec.Batch;
import dev.quiver.engine.exec.ExecutionContext;
import dev.quiver.engine.exec.Operator;
import dev.quiver.engine.exec.OperatorMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;
import org.apache.calcite.rel.type.RelDataType;

/**
 * A fake source that produces given batches (built lazily, so large inputs stay cheap), with
 * their selections, and counts how often it is pulled.
 */
public final class BatchListOperator implements Operator {
  private final Schema schema;
  private final IntFunction<TestBatches.Rows> batches;
  private final int batchCount;
  private final OperatorMetrics metrics = new OperatorMetrics();
  private ExecutionContext context;
  private List<FieldVector> current = List.of();
  private int nextBatch;
  private int nextCalls;
  private boolean closed;

  public BatchListOperator(List<RelDataType> types, IntFunction<TestBatches.Rows> batches, int batchCount) {
    this.schema = TestBatches.schema(types);
    this.batches = batches;
    this.batchCount = batchCount;
  }

  public static BatchListOperator of(List<RelDataType> types, TestBatches.Rows... batches) {
    return new BatchListOperator(types, i -> batches[i], batches.length);
  }

  public int nextCalls() {
    return nextCalls;
  }

  public boolean isClosed() {
    return closed;
  }

  @Override
  public Schema schema() {
    return schema;
  }

  @Override
  public void open(ExecutionContext context) {
    this.context = context;
  }

  @Override
  public Batch next() {
    nextCalls++;
    release();
    if (nextBatch >= batchCount) {
      return null;
    }
    TestBatches.Rows rows = batches.apply(nextBatch++);
    List<FieldVector> vectors = new ArrayList<>();
    for (Field field : schema.getFields()) {
      FieldVector vector = field.createVector(context.allocator());
      vector.setInitialCapacity(rows.rows().size());
      vector.allocateNew();
      vectors.add(vector);
    }
    current = vectors;
    for (int r = 0; r < rows.rows().size(); r++) {
      for (int c = 0; c < vectors.size(); c++) {
        TestBatches.set(vectors.get(c), r, rows.rows().get(r)[c]);
      }
    }
    for (FieldVector vector : vectors) {
      vector.setValueCount(rows.rows().size());
    }
    Batch batch = Batch.of(vectors, rows.rows().size());
    if (rows.selection() != null) {
      batch = batch.withSelection(rows.selection(), rows.selection().length);
    }
    return batch.selectedCount() == 0 ? next() : batch;
  }

  private void release() {
    for (FieldVector vector : current) {
      vector.close();
    }
    current = List.of();
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
    return "BatchList[" + batchCount + "]";
  }

  @Override
  public void close() {
    closed = true;
    release();
  }
}
