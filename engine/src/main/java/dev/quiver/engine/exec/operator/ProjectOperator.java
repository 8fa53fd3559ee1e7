package dev.quiver.engine.exec.operator;

import dev.quiver.adapters.spi.DictionaryColumn;
import dev.quiver.engine.exec.Batch;
import dev.quiver.engine.exec.ExecutionContext;
import dev.quiver.engine.exec.Operator;
import dev.quiver.engine.exec.OperatorMetrics;
import dev.quiver.engine.expr.ColumnRefExpr;
import dev.quiver.engine.expr.ColumnarValue;
import dev.quiver.engine.expr.PhysicalExpr;
import dev.quiver.engine.function.kernel.StorageKind;
import dev.quiver.engine.function.kernel.ValueWriter;
import dev.quiver.engine.types.ArrowTypes;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Computes one output column per expression. A column reference passes the child's vector
 * through (no copy), as dictionary codes when it came so; a constant result is written into a vector of the batch's row count owned by
 * this operator. The input's selection stays on the output batch.
 */
public final class ProjectOperator implements Operator {
  private final Operator child;
  private final List<PhysicalExpr> expressions;
  private final List<String> names;
  private final Schema schema;
  private final OperatorMetrics metrics = new OperatorMetrics();
  private final FieldVector[] constants;
  private ExecutionContext context;
  private boolean closed;

  public ProjectOperator(Operator child, List<PhysicalExpr> expressions, List<String> names) {
    if (expressions.size() != names.size()) {
      throw new IllegalArgumentException(
          expressions.size() + " expressions but " + names.size() + " names");
    }
    this.child = child;
    this.expressions = List.copyOf(expressions);
    this.names = List.copyOf(names);
    List<Field> fields = new ArrayList<>(expressions.size());
    for (int i = 0; i < expressions.size(); i++) {
      fields.add(ArrowTypes.toField(names.get(i), expressions.get(i).type()));
    }
    this.schema = new Schema(fields);
    this.constants = new FieldVector[expressions.size()];
  }

  @Override
  public Schema schema() {
    return schema;
  }

  @Override
  public void open(ExecutionContext context) {
    this.context = context;
    child.open(context);
  }

  @Override
  public Batch next() {
    context.checkCancelled();
    Batch input = child.next();
    if (input == null) {
      return null;
    }
    long start = System.nanoTime();
    List<FieldVector> columns = new ArrayList<>(expressions.size());
    DictionaryColumn[] codes = null;
    for (int i = 0; i < expressions.size(); i++) {
      DictionaryColumn coded =
          expressions.get(i) instanceof ColumnRefExpr ref ? input.dictionary(ref.index()) : null;
      if (coded != null) {
        if (codes == null) {
          codes = new DictionaryColumn[expressions.size()];
        }
        codes[i] = coded;
        columns.add(coded.values());
        continue;
      }
      ColumnarValue value = expressions.get(i).evaluate(input, context);
      if (value instanceof ColumnarValue.Vector vector) {
        columns.add(vector.vector());
      } else {
        columns.add(materialize(i, (ColumnarValue.Scalar) value, input.rowCount()));
      }
    }
    Batch output = input.withColumns(columns, codes);
    metrics.addNanos(System.nanoTime() - start);
    metrics.recordBatch(output);
    return output;
  }

  /** A vector holding {@code scalar} in every row, reused across batches. */
  private FieldVector materialize(int index, ColumnarValue.Scalar scalar, int rowCount) {
    FieldVector vector = constants[index];
    if (vector == null) {
      vector = ArrowTypes.newVector(names.get(index), expressions.get(index).type(), context.allocator());
      constants[index] = vector;
    }
    vector.clear();
    vector.setInitialCapacity(Math.max(rowCount, 1));
    vector.allocateNew();
    if (scalar.value() != null && StorageKind.of(expressions.get(index).type()) != StorageKind.NULL) {
      ValueWriter writer = new ValueWriter(vector, expressions.get(index).type());
      for (int row = 0; row < rowCount; row++) {
        writer.setObject(row, scalar.value());
      }
    }
    vector.setValueCount(rowCount);
    return vector;
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
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < expressions.size(); i++) {
      parts.add(names.get(i) + "=" + expressions.get(i));
    }
    return "Project[" + String.join(", ", parts) + "]";
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      for (FieldVector vector : constants) {
        if (vector != null) {
          vector.close();
        }
      }
      for (PhysicalExpr expression : expressions) {
        expression.close();
      }
    } finally {
      child.close();
    }
  }
}
