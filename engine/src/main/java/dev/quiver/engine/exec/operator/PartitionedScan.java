package dev.quiver.engine.exec.operator;

import dev.quiver.adapters.spi.BatchReader;
import dev.quiver.adapters.spi.ScanSpec;
import dev.quiver.engine.error.ErrorCode;
import dev.quiver.engine.error.QuiverException;
import dev.quiver.engine.exec.Batch;
import dev.quiver.engine.exec.OperatorMetrics;
import dev.quiver.engine.plan.schema.FileTable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.util.TransferPair;

/**
 * Reads the units of a scan (partitions of its files) on worker threads, so that decoding (the
 * cost of a CSV scan) uses every core, and hands their batches to the one consumer thread through
 * a bounded queue.
 *
 * <p>Memory stays bounded: at most {@code QUEUE_BATCHES_PER_WORKER} batches per worker wait in
 * the queue. Each queued batch owns its buffers (transferred out of the reader), and the consumer
 * frees a batch when it asks for the next one. Rows come in no particular order across partitions,
 * as SQL allows without ORDER BY.
 *
 * <p>Threads: workers run on {@link QueryThreads}; {@link #close()}
 * stops the workers and waits for them before freeing memory, so no thread outlives its query.
 */
final class PartitionedScan implements AutoCloseable {
  private static final int QUEUE_BATCHES_PER_WORKER = 2;
  private static final long WORKER_STOP_TIMEOUT_SECONDS = 30;


  /**
   * A batch of one file that owns its vectors, or the end of one worker's stream, or a worker's
   * failure.
   */
  record Item(
      List<FieldVector> vectors, int rowCount, int file, RuntimeException error, int[] selection,
      int selected, long firstRowId) {
    static final Item DONE = new Item(null, 0, -1, null, null, 0, 0);

    static Item failure(RuntimeException error) {
      return new Item(null, 0, -1, error, null, 0, 0);
    }
  }

  private final FileTable table;
  private final List<ScanOperator.ScanUnit> units;
  private final OperatorMetrics metrics;
  private final ScanSpec spec;
  private final BufferAllocator allocator;
  private final BlockingQueue<Item> queue;
  private final AtomicInteger nextUnit = new AtomicInteger();
  private final AtomicBoolean stopping = new AtomicBoolean();
  private final List<Future<?>> workers = new ArrayList<>();
  private int workersRunning;
  private List<FieldVector> current;
  /** Applied by each worker to its batches before the late columns are decoded; may be null. */
  private final LateFilter lateFilter;

  /**
   * @param lateFilter a condition over the readers' columns that workers apply before decoding
   *     the spec's deferred columns, or null
   */
  PartitionedScan(
      FileTable table,
      List<ScanOperator.ScanUnit> units,
      ScanSpec spec,
      BufferAllocator allocator,
      int workerCount,
      OperatorMetrics metrics,
      LateFilter lateFilter) {
    this.lateFilter = lateFilter;
    this.metrics = metrics;
    this.table = table;
    this.units = units;
    this.spec = spec;
    this.allocator = allocator;
    this.queue = new ArrayBlockingQueue<>(workerCount * QUEUE_BATCHES_PER_WORKER + workerCount);
    this.workersRunning = workerCount;
    for (int i = 0; i < workerCount; i++) {
      workers.add(QueryThreads.POOL.submit(this::work));
    }
  }

  /** The next batch from any unit, or null when all are read; valid until the next call. */
  Item next() {
    releaseCurrent();
    while (workersRunning > 0) {
      Item item;
      try {
        item = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new QuiverException(ErrorCode.CANCELLED, "Interrupted while scanning", e);
      }
      if (item.error() != null) {
        throw item.error();
      }
      if (item == Item.DONE) {
        workersRunning--;
        continue;
      }
      current = item.vectors();
      return item;
    }
    return null;
  }

  private void work() {
    try {
      LateFilter.Instance filter = lateFilter == null ? null : lateFilter.newInstance();
      int index;
      while (!stopping.get() && (index = nextUnit.getAndIncrement()) < units.size()) {
        ScanOperator.ScanUnit unit = units.get(index);
        try (BatchReader reader =
            table
                .format()
                .open(
                    unit.partition(), table.files().get(unit.file()).readSchema(), spec,
                    allocator)) {
          long unitRows = 0;
          while (!stopping.get() && reader.next()) {
            int rowCount = reader.root().getRowCount();
            long firstRowId = ScanOperator.rowId(unit.ordinal(), unitRows);
            unitRows += rowCount;
            int[] selection = null;
            int selected = rowCount;
            if (filter != null) {
              Batch kept =
                  filter.keep(Batch.of(reader.root().getFieldVectors(), rowCount), firstRowId);
              if (kept == null) {
                continue; // the reader skips this batch's late columns
              }
              reader.loadDeferred();
              if (kept.hasSelection()) {
                selection = kept.selection();
                selected = kept.selectedCount();
              }
            }
            offer(new Item(
                takeVectors(reader.root()), rowCount, unit.file(), null, selection, selected,
                firstRowId));
          }
          metrics.addReader(reader.metrics());
        }
      }
      offer(Item.DONE);
    } catch (java.io.IOException e) {
      offer(Item.failure(new QuiverException(ErrorCode.BAD_INPUT, e.getMessage(), e)));
    } catch (RuntimeException e) {
      offer(Item.failure(e));
    }
  }

  /** Moves the reader's buffers into new vectors that the queue item owns. */
  private List<FieldVector> takeVectors(VectorSchemaRoot root) {
    List<FieldVector> owned = new ArrayList<>();
    for (FieldVector vector : root.getFieldVectors()) {
      TransferPair transfer = vector.getTransferPair(allocator);
      transfer.transfer();
      owned.add((FieldVector) transfer.getTo());
    }
    return owned;
  }

  /** Queues an item, unless the scan is stopping, in which case the item's memory is freed. */
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

  private void releaseCurrent() {
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
  public void close() {
    stopping.set(true);
    releaseCurrent();
    for (Future<?> worker : workers) {
      try {
        worker.get(WORKER_STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (java.util.concurrent.ExecutionException | TimeoutException e) {
        worker.cancel(true);
      }
    }
    Item item;
    while ((item = queue.poll()) != null) {
      free(item);
    }
  }
}
