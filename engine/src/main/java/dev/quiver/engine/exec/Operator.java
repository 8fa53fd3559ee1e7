package dev.quiver.engine.exec;

import java.util.List;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * A running physical operator that pulls batches from its children.
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>{@link #schema()} is known before {@link #open}; do no work before the first {@link
 *       #next()}.
 *   <li>{@link #next()} never returns an empty batch: it returns a batch with at least one live row,
 *       or null when exhausted. The batch stays valid until the next call to {@code next()} or
 *       {@code close()} (see {@link Batch}).
 *   <li>Call {@link ExecutionContext#checkCancelled()} once per batch.
 *   <li>{@link #close()} is idempotent, may come at any time (LIMIT reached, cancel, an error
 *       elsewhere), closes the children and frees every buffer.
 * </ul>
 */
public interface Operator extends AutoCloseable {
  Schema schema();

  /** Allocates what the operator needs and opens the children; produces no rows. */
  void open(ExecutionContext context);

  /** The next non-empty batch, or null at the end. */
  Batch next();

  List<Operator> children();

  OperatorMetrics metrics();

  /** One line for EXPLAIN ANALYZE, e.g. {@code HashAggregate[keys=[#0], aggs=[COUNT(), SUM($2)]]}. */
  String describe();

  @Override
  void close();
}
