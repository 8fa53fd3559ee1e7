package dev.quiver.engine.exec.operator;

import dev.quiver.engine.error.ErrorCode;
import dev.quiver.engine.error.QuiverException;
import dev.quiver.engine.exec.Batch;
import dev.quiver.engine.exec.ExecutionContext;
import dev.quiver.engine.exec.Operator;
import dev.quiver.engine.exec.OperatorMetrics;
import dev.quiver.engine.exec.vector.Positions;
import dev.quiver.engine.exec.vector.RowCopier;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Runs several copies of a pipeline (branches, each reading its own share of a scan) on worker
 * threads and yields all their batches on the caller's thread: the exchange between parallel
 * partial work and the single-threaded operator above it.
 *
 * <p>Each branch's batch is copied into vectors the queued item owns (branches reuse their
 * vectors), so this suits what partial aggregates emit: few rows. At most {@link
 * #QUEUED_PER_BRANCH} batches per branch wait; {@link #close()} stops the branches and waits for
 * their threads before freeing memory.
 */
public final class GatherOperator implements Operator {
  private static final int QUEUED_PER_BRANCH = 2;
  private static final long STOP_TIMEOUT_SECONDS = 30;

  private record Item(List<FieldVector> vectors, int rowCount, RuntimeException error) {
    static final Item DONE = new Item(null, 0, null);
  }

  private final List<Operator> branches;
  private final BlockingQueue<Item> queue;
  private final AtomicBoolean stopping = new AtomicBoolean();
  private final List<Future<?>> running = new ArrayList<>();
  private final OperatorMetrics metrics = new OperatorMetrics();
  private ExecutionContext context;
  private BufferAllocator allocator;
  private int branchesRunning;
  private List<FieldVector> current;
  private boolean closed;

  public GatherOperator(List<Operator> branches) {
    this.branches = List.copyOf(branches);
    this.queue = new ArrayBlockingQueue<>(branches.size() * (QUEUED_PER_BRANCH + 1));
  }

  @Override
  public Schema schema() {
    return branches.get(0).schema();
  }

  @Override
  public void open(ExecutionContext executionContext) {
    this.context = executionContext;
    this.allocator = executionContext.allocator().newChildAllocator("Gather", 0, Long.MAX_VALUE);
  }

  @Override
  public Batch next() {
    context.checkCancelled();
    if (running.isEmpty() && branchesRunning == 0 && !closed) {
      branchesRunning = branches.size();
      for (Operator branch : branches) {
        running.add(QueryThreads.POOL.submit(() -> run(branch)));
      }
    }
    release();
    while (branchesRunning > 0) {
      Item item;
      try {
        item = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new QuiverException(ErrorCode.CANCELLED, "Interrupted while gathering", e);
      }
      if (item.error() != null) {
        throw item.error();
      }
      if (item == Item.DONE) {
        branchesRunning--;
        continue;
      }
      current = item.vectors();
      Batch batch = Batch.of(current, item.rowCount());
      metrics.recordBatch(batch);
      return batch;
    }
    return null;
  }

  private void run(Operator branch) {
    try {
      branch.open(context);
      for (Batch batch = branch.next(); batch != null && !stopping.get(); batch = branch.next()) {
        offer(new Item(copy(batch), batch.selectedCount(), null));
      }
      offer(Item.DONE);
    } catch (RuntimeException e) {
      offer(new Item(null, 0, e));
    } finally {
      branch.close();
    }
  }

  private List<FieldVector> copy(Batch batch) {
    List<FieldVector> owned = new ArrayList<>();
    int count = batch.selectedCount();
    int[] positions = Positions.of(batch);
    for (FieldVector source : batch.columns()) {
      FieldVector target = source.getField().createVector(allocator);
      owned.add(target);
      RowCopier.append(source, positions, 0, count, target, 0);
    }
    return owned;
  }

  private void offer(Item item) {
    try {
      while (!stopping.get()) {
        if (queue.offer(item, 10, TimeUnit.MILLISECONDS)) {
          return;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    free(item);
  }

  private void release() {
    if (current != null) {
      current.forEach(FieldVector::close);
      current = null;
    }
  }

  private static void free(Item item) {
    if (item.vectors() != null) {
      item.vectors().forEach(FieldVector::close);
    }
  }

  @Override
  public List<Operator> children() {
    return branches;
  }

  @Override
  public OperatorMetrics metrics() {
    return metrics;
  }

  @Override
  public String describe() {
    return "Gather[branches=" + branches.size() + "]";
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    stopping.set(true);
    release();
    for (Future<?> task : running) {
      try {
        task.get(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (ExecutionException | TimeoutException e) {
        task.cancel(true);
      }
    }
    if (running.isEmpty()) {
      branches.forEach(Operator::close); // never started: close them here
    }
    Item item;
    while ((item = queue.poll()) != null) {
      free(item);
    }
    if (allocator != null) {
      allocator.close();
    }
  }
}
