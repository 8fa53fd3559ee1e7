package dev.quiver.engine.exec;

import dev.quiver.engine.error.ErrorCode;
import dev.quiver.engine.error.QuiverException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.arrow.memory.BufferAllocator;

/**
 * What every operator of one query execution shares: the query's allocator, the values bound to
 * {@code ?} parameters, and the cancellation flag.
 *
 * <p>Operators create child allocators of {@link #allocator()} (named after themselves) so that a
 * leak or a limit breach names the operator.
 */
public final class ExecutionContext {
  private final BufferAllocator allocator;
  private final List<Object> parameters;
  private final int batchRows;
  private final AtomicBoolean cancelled = new AtomicBoolean();

  /**
   * @param allocator the query's allocator; its limit is the query's memory budget
   * @param parameters values of {@code ?} parameters by index, as Java objects: Boolean, Integer,
   *     Long, Double, BigDecimal, String, LocalDate, LocalDateTime, or null
   * @param batchRows the target number of rows per batch
   */
  public ExecutionContext(BufferAllocator allocator, List<Object> parameters, int batchRows) {
    this.allocator = allocator;
    this.parameters = parameters;
    this.batchRows = batchRows;
  }

  public BufferAllocator allocator() {
    return allocator;
  }

  public Object parameter(int index) {
    if (index < 0 || index >= parameters.size()) {
      throw new QuiverException(
          ErrorCode.USER_ERROR,
          "No value bound for parameter " + (index + 1) + " of " + parameters.size());
    }
    return parameters.get(index);
  }

  public List<Object> parameters() {
    return parameters;
  }

  public int batchRows() {
    return batchRows;
  }

  public void cancel() {
    cancelled.set(true);
  }

  public boolean isCancelled() {
    return cancelled.get();
  }

  /** Throws when the query was cancelled; operators call it once per batch. */
  public void checkCancelled() {
    if (cancelled.get()) {
      throw new QuiverException(ErrorCode.CANCELLED, "Query was cancelled");
    }
  }
}
