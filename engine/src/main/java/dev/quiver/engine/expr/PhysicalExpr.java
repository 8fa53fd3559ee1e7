package dev.quiver.engine.expr;

import dev.quiver.engine.exec.Batch;
import dev.quiver.engine.exec.ExecutionContext;
import java.util.List;
import org.apache.calcite.rel.type.RelDataType;

/**
 * A compiled scalar expression evaluated one batch at a time.
 *
 * <p>Built once per query by {@link ExprCompiler} from a Calcite {@code RexNode}, choosing the
 * type-specialised kernel for each node when it is built: evaluation then costs one virtual call
 * per node per batch, and the per-row loop lives inside the kernel.
 *
 * <p>Ownership: vectors an expression returns belong to the expression; they are reused from
 * batch to batch (allocated from {@link ExecutionContext#allocator()} on first use) and are valid
 * until the next {@code evaluate} or {@link #close()}. Not thread-safe: one instance per operator
 * instance.
 */
public interface PhysicalExpr extends AutoCloseable {
  /** The SQL type of the result, with its nullability. */
  RelDataType type();

  /**
   * Values for the live rows of {@code batch}. A vector result has one slot per physical row of
   * the batch; slots of rows that are not live are undefined.
   */
  ColumnarValue evaluate(Batch batch, ExecutionContext context);

  /**
   * For a BOOLEAN expression: writes into {@code out} the live positions of {@code batch} where
   * the expression is TRUE (not FALSE, not NULL), ascending, and returns how many. {@code out} has
   * room for {@code batch.rowCount()} positions.
   */
  int select(Batch batch, int[] out, ExecutionContext context);

  List<PhysicalExpr> children();

  /** Frees the vectors this expression (and its children) allocated; idempotent. */
  @Override
  void close();

  /** SQL-like text for EXPLAIN, e.g. {@code >($2, 10)}. */
  @Override
  String toString();
}
