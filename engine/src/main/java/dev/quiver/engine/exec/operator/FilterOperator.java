package dev.quiver.engine.exec.operator;

import dev.quiver.engine.exec.Batch;
import dev.quiver.engine.exec.ExecutionContext;
import dev.quiver.engine.exec.Operator;
import dev.quiver.engine.exec.OperatorMetrics;
import dev.quiver.engine.exec.dictionary.DictionaryFilter;
import dev.quiver.engine.expr.PhysicalExpr;
import java.util.List;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Keeps the rows where a BOOLEAN condition is TRUE. Emits the child's vectors unchanged with a
 * selection of the surviving positions (no copy), and skips batches where nothing survives. A
 * condition on one string column that comes as dictionary codes is evaluated per dictionary entry
 * ({@link DictionaryFilter}).
 */
public final class FilterOperator implements Operator {
  private final Operator child;
  private final PhysicalExpr condition;
  /** The condition over dictionary codes, or null when it reads more than one column. */
  private final DictionaryFilter dictionaryFilter;
  private final OperatorMetrics metrics = new OperatorMetrics();
  private ExecutionContext context;
  private int[] positions = new int[0];
  private boolean closed;

  public FilterOperator(Operator child, PhysicalExpr condition) {
    this.child = child;
    this.condition = condition;
    this.dictionaryFilter = DictionaryFilter.of(condition);
  }

  @Override
  public Schema schema() {
    return child.schema();
  }

  @Override
  public void open(ExecutionContext context) {
    this.context = context;
    child.open(context);
  }

  @Override
  public Batch next() {
    while (true) {
      context.checkCancelled();
      Batch input = child.next();
      if (input == null) {
        return null;
      }
      long start = System.nanoTime();
      if (positions.length < input.rowCount()) {
        positions = new int[input.rowCount()];
      }
      int survivors =
          dictionaryFilter == null ? -1 : dictionaryFilter.select(input, positions, context);
      if (survivors < 0) {
        survivors = condition.select(input, positions, context);
      } else {
        metrics.addCodedBatch();
      }
      metrics.addNanos(System.nanoTime() - start);
      if (survivors == 0) {
        continue;
      }
      Batch output =
          survivors == input.selectedCount() ? input : input.withSelection(positions, survivors);
      metrics.recordBatch(output);
      return output;
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
    return "Filter[" + condition + "]";
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      condition.close();
    } finally {
      child.close();
    }
  }
}
