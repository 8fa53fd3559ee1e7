package dev.quiver.adapters.spi;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.util.MemoryUtil;
import org.apache.arrow.vector.BaseVariableWidthVector;
import org.apache.arrow.vector.types.pojo.Field;

/**
 * The distinct values of a string column chunk (a Parquet dictionary page) in an Arrow vector of
 * their own, which code-based kernels evaluate once per entry instead of once per row.
 *
 * <p>Entries {@code 0 .. nullCode() - 1} are the values; the last entry, {@link #nullCode()}, is
 * NULL, so that a NULL row is just another code and kernels need no validity checks. A dictionary
 * is immutable once built and a new one is a new object: engines may cache per-entry results by
 * identity. The reader that built it closes it once no batch of its column chunk is live.
 */
public final class StringDictionary implements AutoCloseable {
  /** Bytes readable past any entry's start, so short entries copy as two 8-byte words. */
  public static final int PADDING = 2 * Long.BYTES;

  private final BaseVariableWidthVector entries;
  private final int[] offsets;
  private final int nullCode;

  private StringDictionary(BaseVariableWidthVector entries, int[] offsets, int nullCode) {
    this.entries = entries;
    this.offsets = offsets;
    this.nullCode = nullCode;
  }

  /**
   * A dictionary of {@code count} values, value {@code i} being {@code bytes[offsets[i],
   * offsets[i + 1])}, in a vector of {@code field}'s type (VARCHAR or VARBINARY).
   */
  public static StringDictionary of(
      byte[] bytes, int[] offsets, int count, Field field, BufferAllocator allocator) {
    int total = offsets[count] - offsets[0];
    BaseVariableWidthVector vector = (BaseVariableWidthVector) field.createVector(allocator);
    try {
      vector.allocateNew((long) total + PADDING, count + 1);
      long data = vector.getDataBufferAddress();
      long validity = vector.getValidityBufferAddress();
      long vectorOffsets = vector.getOffsetBufferAddress();
      MemoryUtil.setMemory(data, (long) total + PADDING, (byte) 0);
      MemoryUtil.copyToMemory(bytes, offsets[0], data, total);
      int[] starts = new int[count + 2];
      MemoryUtil.putInt(vectorOffsets, 0);
      for (int i = 0; i < count; i++) {
        starts[i + 1] = offsets[i + 1] - offsets[0];
        MemoryUtil.putInt(vectorOffsets + (long) (i + 1) * Integer.BYTES, starts[i + 1]);
        long address = validity + (i >>> 3);
        MemoryUtil.putByte(address, (byte) (MemoryUtil.getByte(address) | (1 << (i & 7))));
      }
      // The NULL entry: empty, validity bit left clear.
      starts[count + 1] = starts[count];
      MemoryUtil.putInt(vectorOffsets + (long) (count + 1) * Integer.BYTES, starts[count]);
      vector.setLastSet(count);
      vector.setValueCount(count + 1);
      return new StringDictionary(vector, starts, count);
    } catch (RuntimeException e) {
      vector.close();
      throw e;
    }
  }

  /** All entries, the NULL one last: {@code size()} slots. */
  public BaseVariableWidthVector entries() {
    return entries;
  }

  /** Entries including the NULL one. */
  public int size() {
    return nullCode + 1;
  }

  /** The code of NULL: the last entry. */
  public int nullCode() {
    return nullCode;
  }

  /** Where entry {@code code}'s bytes start in {@link #dataAddress()}. */
  public int start(int code) {
    return offsets[code];
  }

  public int length(int code) {
    return offsets[code + 1] - offsets[code];
  }

  /** The entries' bytes, readable {@link #PADDING} bytes past the last one. */
  public long dataAddress() {
    return entries.getDataBufferAddress();
  }

  int[] offsets() {
    return offsets;
  }

  @Override
  public void close() {
    entries.close();
  }
}
