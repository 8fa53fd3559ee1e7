package dev.quiver.engine.exec.aggregate;

import dev.quiver.engine.exec.vector.ColumnValues;
import dev.quiver.engine.memory.MemoryCharge;
import java.util.Arrays;
import org.apache.arrow.memory.util.MemoryUtil;
import org.apache.arrow.vector.FieldVector;

/**
 * MIN or MAX of VARCHAR/VARBINARY in unsigned byte order (code point order for UTF-8). Candidates
 * are compared in place in the input vector; a group's bytes are copied only when it improves.
 */
final class MinMaxBytesAccumulator extends GroupStateAccumulator {
  private static final int LONG_BYTES = 8;

  private final int sign;
  private final MemoryCharge charge;
  private byte[][] extremes = new byte[0][];

  MinMaxBytesAccumulator(boolean isMax, MemoryCharge charge) {
    super(charge);
    this.sign = isMax ? 1 : -1;
    this.charge = charge;
  }

  @Override
  int bytesPerGroup() {
    return Long.BYTES;
  }

  @Override
  void resize(int oldCapacity, int newCapacity) {
    extremes = Arrays.copyOf(extremes, newCapacity);
  }

  @Override
  public void update(ColumnValues values, int[] groupIds, int count) {
    long data = values.dataAddress();
    int[] starts = values.starts();
    int[] lengths = values.lengths();
    boolean allValid = values.allValid();
    boolean[] valid = values.valid();
    for (int k = 0; k < count; k++) {
      if (allValid || valid[k]) {
        int group = groupIds[k];
        byte[] current = extremes[group];
        long address = data + starts[k];
        int length = lengths[k];
        if (current == null || sign * compare(address, length, current) > 0) {
          byte[] copy = new byte[length];
          MemoryUtil.copyFromMemory(address, copy, 0, length);
          charge.grow(length);
          if (current != null) {
            charge.release(current.length);
          }
          extremes[group] = copy;
        }
      }
    }
  }

  /** Unsigned lexicographic comparison of bytes in memory with bytes on the heap. */
  private static int compare(long address, int length, byte[] other) {
    int common = Math.min(length, other.length);
    int i = 0;
    for (; i + LONG_BYTES <= common; i += LONG_BYTES) {
      long a = MemoryUtil.getLong(address + i);
      long b = MemoryUtil.getLong(other, i);
      if (a != b) {
        return Long.compareUnsigned(Long.reverseBytes(a), Long.reverseBytes(b));
      }
    }
    for (; i < common; i++) {
      int a = MemoryUtil.getByte(address + i) & 0xFF;
      int b = other[i] & 0xFF;
      if (a != b) {
        return a - b;
      }
    }
    return Integer.compare(length, other.length);
  }

  @Override
  public void write(FieldVector out, int firstGroup, int count) {
    for (int row = 0; row < count; row++) {
      byte[] value = extremes[firstGroup + row];
      if (value != null) {
        ResultVectors.setBytes(out, row, value, 0, value.length);
      }
    }
  }
}
