package dev.quiver.engine.memory;

import org.apache.arrow.memory.BufferAllocator;

/**
 * Counts an operator's Java-heap state (the primitive arrays of hash tables and accumulators)
 * against an Arrow allocator, so that one memory limit bounds both Arrow buffers and that state.
 *
 * <p>Why heap arrays and not ArrowBufs: the hot loops index them by group id, and the JIT keeps
 * plain arrays fast without unsafe code; the allocator only needs to know their size. The charge
 * is pure accounting ({@link BufferAllocator#forceAllocate}); {@link #close()} returns it.
 */
public final class MemoryCharge implements AutoCloseable {
  private final BufferAllocator allocator;
  private final String what;
  private final String advice;
  private long bytes;

  /**
   * @param what what the owner does with the memory, for the limit error, e.g. {@code building the
   *     hash table of HashAggregate[keys=[#0]]}
   * @param advice how else to avoid the breach, e.g. {@code reduce the number of groups}, or null
   */
  public MemoryCharge(BufferAllocator allocator, String what, String advice) {
    this.allocator = allocator;
    this.what = what;
    this.advice = advice;
  }

  /**
   * Charges {@code more} bytes.
   *
   * @throws dev.quiver.engine.error.QuiverException MEMORY_LIMIT when the limit would be exceeded;
   *     nothing is charged then
   */
  public void grow(long more) {
    if (more <= 0) {
      return;
    }
    if (!allocator.forceAllocate(more)) {
      allocator.releaseBytes(more);
      throw QueryMemory.limitExceeded(allocator, what, advice, null);
    }
    bytes += more;
  }

  /** Returns {@code fewer} bytes of the charge, e.g. when state shrinks or is dropped. */
  public void release(long fewer) {
    long returned = Math.min(fewer, bytes);
    if (returned > 0) {
      allocator.releaseBytes(returned);
      bytes -= returned;
    }
  }

  public long bytes() {
    return bytes;
  }

  /** The error for an Arrow allocation of the same owner that failed. */
  public RuntimeException limitExceeded(Throwable cause) {
    return QueryMemory.limitExceeded(allocator, what, advice, cause);
  }

  @Override
  public void close() {
    release(bytes);
  }
}
