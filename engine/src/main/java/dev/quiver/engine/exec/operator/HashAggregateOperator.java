package dev.quiver.engine.exec.operator;

import dev.quiver.engine.error.ErrorCode;
import dev.quiver.engine.error.QuiverException;
import dev.quiver.engine.exec.Batch;
import dev.quiver.engine.exec.ExecutionContext;
import dev.quiver.engine.exec.Operator;
import dev.quiver.engine.exec.OperatorMetrics;
import dev.quiver.engine.exec.aggregate.AggregateMode;
import dev.quiver.engine.exec.aggregate.AggregateSpec;
import dev.quiver.engine.exec.aggregate.GroupedAggregation;
import dev.quiver.engine.memory.MemoryCharge;
import dev.quiver.engine.types.ArrowTypes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.OutOfMemoryException;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeField;

/**
 * GROUP BY with aggregate calls: consumes the whole input into a {@link GroupedAggregation}, then
 * emits one row per group (keys in {@code groupKeys} order, then aggregates) in order of each
 * group's first appearance, in batches of at most {@link ExecutionContext#batchRows()} rows.
 *
 * <p>With no group keys it is a global aggregate and returns exactly one row, even for empty
 * input. Hash table and accumulator state count against the query's memory limit; a breach is a
 * {@link ErrorCode#MEMORY_LIMIT} error naming this operator.
 */
public final class HashAggregateOperator implements Operator {
  private final Operator child;
  private final int[] groupKeys;
  private final List<AggregateSpec> aggregates;
  private final RelDataType outputRowType;
  private final Schema schema;
  private final OperatorMetrics metrics = new OperatorMetrics();

  private ExecutionContext context;
  private BufferAllocator allocator;
  private MemoryCharge charge;
  private GroupedAggregation aggregation;
  private List<FieldVector> output;
  private boolean built;
  private int emitted;
  private boolean closed;

  /**
   * @param groupKeys input columns to group by, in output order
   * @param outputRowType keys then aggregates, as the plan types them
   * @param mode only {@link AggregateMode#SINGLE} runs today
   */
  public HashAggregateOperator(
      Operator child,
      int[] groupKeys,
      List<AggregateSpec> aggregates,
      RelDataType outputRowType,
      AggregateMode mode) {
    if (mode != AggregateMode.SINGLE) {
      throw new QuiverException(
          ErrorCode.NOT_SUPPORTED, mode + " aggregation is not implemented yet; plan SINGLE");
    }
    this.child = child;
    this.groupKeys = groupKeys.clone();
    this.aggregates = List.copyOf(aggregates);
    this.outputRowType = outputRowType;
    List<Field> fields = new ArrayList<>();
    for (RelDataTypeField field : outputRowType.getFieldList()) {
      fields.add(ArrowTypes.toField(field.getName(), field.getType()));
    }
    this.schema = new Schema(fields);
  }

  @Override
  public Schema schema() {
    return schema;
  }

  @Override
  public void open(ExecutionContext context) {
    this.context = context;
    child.open(context);
    allocator = context.allocator().newChildAllocator(describe(), 0, Long.MAX_VALUE);
    charge =
        new MemoryCharge(
            allocator,
            "building the hash table of " + describe(),
            groupKeys.length > 0 ? "reduce the number of groups" : null);
    aggregation = new GroupedAggregation(child.schema(), groupKeys, aggregates, charge);
    output = new ArrayList<>();
    for (RelDataTypeField field : outputRowType.getFieldList()) {
      output.add(ArrowTypes.newVector(field.getName(), field.getType(), allocator));
    }
  }

  @Override
  public Batch next() {
    long start = System.nanoTime();
    try {
      if (!built) {
        for (Batch batch = child.next(); batch != null; batch = child.next()) {
          context.checkCancelled();
          if (aggregation.add(batch)) {
            metrics.addCodedBatch();
          }
        }
        built = true;
      }
      int remaining = aggregation.groupCount() - emitted;
      if (remaining <= 0) {
        return null;
      }
      context.checkCancelled();
      int count = Math.min(remaining, context.batchRows());
      for (FieldVector vector : output) {
        vector.clear();
        vector.setInitialCapacity(count);
        vector.allocateNew();
      }
      aggregation.write(output, emitted, count);
      for (FieldVector vector : output) {
        vector.setValueCount(count);
      }
      emitted += count;
      Batch batch = Batch.of(output, count);
      metrics.recordBatch(batch);
      return batch;
    } catch (OutOfMemoryException e) {
      throw charge.limitExceeded(e);
    } finally {
      metrics.addNanos(System.nanoTime() - start);
    }
  }

  @Override
  public List<Operator> children() {
    return List.of(child);
  }

  @Override
  public OperatorMetrics metrics() {
    return metrics;
  }

  @Override
  public String describe() {
    return "HashAggregate[keys="
        + Arrays.stream(groupKeys).mapToObj(key -> "#" + key).collect(Collectors.toList())
        + ", aggs="
        + aggregates
        + "]";
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    aggregation = null;
    try {
      child.close();
    } finally {
      if (allocator != null) {
        if (output != null) {
          for (FieldVector vector : output) {
            vector.close();
          }
        }
        charge.close();
        allocator.close();
      }
    }
  }
}
