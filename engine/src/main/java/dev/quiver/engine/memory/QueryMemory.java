package dev.quiver.engine.memory;

import dev.quiver.engine.error.ErrorCode;
import dev.quiver.engine.error.QuiverException;
import java.util.Locale;
import org.apache.arrow.memory.BufferAllocator;

/**
 * The allocator of one query: a child of the session allocator whose limit is the query's memory
 * budget, and the one place that turns a limit breach into an error a user can act on.
 */
public final class QueryMemory implements AutoCloseable {
  private static final long KB = 1L << 10;
  private static final long MB = 1L << 20;
  private static final long GB = 1L << 30;

  private final BufferAllocator allocator;

  private QueryMemory(BufferAllocator allocator) {
    this.allocator = allocator;
  }

  /**
   * Opens the allocator of one query under {@code sessionAllocator}.
   *
   * @param name names the allocator in leak reports, e.g. {@code query-17}
   * @param limitBytes the most Arrow memory (plus charged operator state) the query may hold
   */
  public static QueryMemory open(BufferAllocator sessionAllocator, String name, long limitBytes) {
    return new QueryMemory(sessionAllocator.newChildAllocator(name, 0, limitBytes));
  }

  public BufferAllocator allocator() {
    return allocator;
  }

  public long limitBytes() {
    return allocator.getLimit();
  }

  public long peakBytes() {
    return allocator.getPeakMemoryAllocation();
  }

  /**
   * Closes the query allocator.
   *
   * @throws QuiverException INTERNAL when an operator did not free its buffers (a bug)
   */
  @Override
  public void close() {
    try {
      allocator.close();
    } catch (IllegalStateException e) {
      throw QuiverException.internal("Query memory was not freed", e);
    }
  }

  /**
   * The error for a breach of the memory limit that bounds {@code allocator} (its own or an
   * ancestor's, whichever is smallest).
   *
   * @param what what the operator was doing, e.g. {@code building the hash table of
   *     HashAggregate[keys=[#0]]}
   * @param advice a last sentence on how else to avoid the breach, or null
   */
  public static QuiverException limitExceeded(
      BufferAllocator allocator, String what, String advice, Throwable cause) {
    BufferAllocator binding = allocator;
    for (BufferAllocator a = allocator; a != null; a = a.getParentAllocator()) {
      if (a.getLimit() < binding.getLimit()) {
        binding = a;
      }
    }
    long limit = binding.getLimit();
    long peak = Math.max(binding.getPeakMemoryAllocation(), binding.getAllocatedMemory());
    String message =
        "Query exceeded the memory limit of "
            + humanSize(limit)
            + " while "
            + what
            + " (peak "
            + humanSize(peak)
            + "). Raise it with memory_limit="
            + urlSize(suggestedLimit(limit))
            + " in the JDBC URL"
            + (advice == null ? "." : ", or " + advice + ".");
    return new QuiverException(ErrorCode.MEMORY_LIMIT, message, cause);
  }

  /** Twice the current limit, rounded up to whole megabytes (or gigabytes above one). */
  static long suggestedLimit(long limit) {
    long doubled = limit >= Long.MAX_VALUE / 2 ? Long.MAX_VALUE : limit * 2;
    long unit = doubled >= GB ? GB : MB;
    return doubled >= Long.MAX_VALUE - unit ? doubled : ((doubled + unit - 1) / unit) * unit;
  }

  /** e.g. {@code 512 MB}, {@code 1.5 GB}, {@code 300 KB}. */
  static String humanSize(long bytes) {
    if (bytes >= GB) {
      return trim(bytes / (double) GB) + " GB";
    }
    if (bytes >= MB) {
      return trim(bytes / (double) MB) + " MB";
    }
    if (bytes >= KB) {
      return trim(bytes / (double) KB) + " KB";
    }
    return bytes + " bytes";
  }

  /** The size as the {@code memory_limit} option spells it, e.g. {@code 2GB}. */
  static String urlSize(long bytes) {
    if (bytes % GB == 0) {
      return bytes / GB + "GB";
    }
    return (bytes + MB - 1) / MB + "MB";
  }

  private static String trim(double value) {
    String text = String.format(Locale.ROOT, "%.1f", value);
    return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
  }
}
