package dev.quiver.engine.session;

import dev.quiver.engine.api.ColumnInfo;
import dev.quiver.engine.api.QueryResult;
import dev.quiver.engine.error.ErrorCode;
import dev.quiver.engine.error.QuiverException;
import dev.quiver.engine.exec.Batch;
import dev.quiver.engine.exec.ExecutionContext;
import dev.quiver.engine.exec.Operator;
import dev.quiver.engine.exec.vector.Positions;
import dev.quiver.engine.exec.vector.RowCopier;
import dev.quiver.engine.memory.QueryMemory;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.OutOfMemoryException;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Field;

/**
 * Pulls batches from the root operator of one execution and hands them to the driver as dense
 * {@link VectorSchemaRoot}s: passed through when the batch has no selection, compacted otherwise.
 *
 * <p>Any failure closes the whole execution (operators, then the query's allocator) before it is
 * rethrown, so a failed query never holds memory.
 */
final class OperatorQueryResult implements QueryResult {
  private final List<ColumnInfo> columns;
  private final Operator root;
  private final ExecutionContext context;
  private final BufferAllocator queryAllocator;
  private final Consumer<QueryResult> onClose;
  private final List<String> warnings = new ArrayList<>();
  private List<FieldVector> compacted;
  private boolean opened;
  private boolean closed;

  OperatorQueryResult(
      List<ColumnInfo> columns,
      Operator root,
      ExecutionContext context,
      BufferAllocator queryAllocator,
      Consumer<QueryResult> onClose) {
    this.columns = columns;
    this.root = root;
    this.context = context;
    this.queryAllocator = queryAllocator;
    this.onClose = onClose;
  }

  @Override
  public List<ColumnInfo> columns() {
    return columns;
  }

  @Override
  public VectorSchemaRoot next() {
    if (closed) {
      return null;
    }
    try {
      if (!opened) {
        opened = true;
        root.open(context);
      }
      Batch batch = root.next();
      if (batch == null) {
        collectWarnings();
        close();
        return null;
      }
      return batch.hasSelection() ? compact(batch) : passThrough(batch);
    } catch (OutOfMemoryException e) {
      QuiverException error =
          QueryMemory.limitExceeded(
              queryAllocator, "running the query", "reduce what the query keeps (fewer groups, a LIMIT)", e);
      close();
      throw error;
    } catch (QuiverException e) {
      close();
      throw e;
    } catch (RuntimeException | LinkageError e) {
      // LinkageError: Calcite's generated code evaluates constants in static initialisers, so a
      // failing constant (1 / 0) surfaces as ExceptionInInitializerError.
      close();
      throw FallbackErrors.translate(e);
    }
  }

  @Override
  public List<String> warnings() {
    return warnings;
  }

  /** Reports rows that readers skipped, which would otherwise vanish without a word. */
  private void collectWarnings() {
    long rejected = rejectedRows(root);
    if (rejected > 0) {
      warnings.add(
          rejected + " malformed row" + (rejected == 1 ? " was" : "s were")
              + " skipped (ignore_errors); the rejects_file option keeps them for a look");
    }
  }

  private static long rejectedRows(Operator operator) {
    long rows = operator.metrics().rejectedRows();
    for (Operator child : operator.children()) {
      rows += rejectedRows(child);
    }
    return rows;
  }

  private static VectorSchemaRoot passThrough(Batch batch) {
    List<Field> fields = new ArrayList<>();
    for (FieldVector vector : batch.columns()) {
      fields.add(vector.getField());
    }
    return new VectorSchemaRoot(fields, batch.columns(), batch.rowCount());
  }

  private VectorSchemaRoot compact(Batch batch) {
    if (compacted == null) {
      compacted = new ArrayList<>();
      for (FieldVector vector : batch.columns()) {
        compacted.add(vector.getField().createVector(queryAllocator));
      }
    }
    int count = batch.selectedCount();
    int[] positions = Positions.of(batch);
    List<Field> fields = new ArrayList<>();
    for (int column = 0; column < compacted.size(); column++) {
      FieldVector target = compacted.get(column);
      target.reset();
      RowCopier.append(batch.column(column), positions, 0, count, target, 0);
      fields.add(target.getField());
    }
    return new VectorSchemaRoot(fields, compacted, count);
  }

  @Override
  public void cancel() {
    context.cancel();
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      root.close();
    } finally {
      if (compacted != null) {
        compacted.forEach(FieldVector::close);
      }
      queryAllocator.close();
      onClose.accept(this);
    }
  }
}
