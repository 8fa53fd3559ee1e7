package dev.quiver.adapters.arrow;

import org.apache.arrow.memory.util.MemoryUtil;
import org.apache.arrow.vector.ValueVector;

/**
 * Writes into vector memory by address, skipping ArrowBuf's per-call bounds and reference-count
 * checks (the hot cost of {@code vector.set} in a reader loop). Callers check capacity once per run
 * of rows with {@link #checkCapacity}.
 */
public final class UncheckedWrites {
  private UncheckedWrites() {}

  /** Fails unless {@code vector} has room for index {@code lastIndex}. */
  public static void checkCapacity(ValueVector vector, int lastIndex) {
    if (lastIndex >= vector.getValueCapacity()) {
      throw new IllegalStateException(
          "vector " + vector.getName() + " holds " + vector.getValueCapacity() + " values, not "
              + (lastIndex + 1));
    }
  }

  /** Marks value {@code index} non-null in a validity bitmap. */
  public static void setValid(long validityAddress, int index) {
    long address = validityAddress + (index >>> 3);
    MemoryUtil.putByte(address, (byte) (MemoryUtil.getByte(address) | (1 << (index & 7))));
  }

  public static void putInt(long dataAddress, int index, int value) {
    MemoryUtil.putInt(dataAddress + ((long) index << 2), value);
  }

  public static void putLong(long dataAddress, int index, long value) {
    MemoryUtil.putLong(dataAddress + ((long) index << 3), value);
  }
}
