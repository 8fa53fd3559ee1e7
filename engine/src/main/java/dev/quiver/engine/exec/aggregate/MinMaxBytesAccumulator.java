package dev.quiver.engine.exec.aggregate;

import dev.quiver.adapters.spi.DictionaryColumn;
import dev.quiver.adapters.spi.StringDictionary;
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
  /** Codes of {@link #consideredFor} already offered (global aggregates over codes). */
  private StringDictionary consideredFor;
  private boolean[] considered = new boolean[0];

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
        offer(groupIds[k], data + starts[k], lengths[k]);
      }
    }
  }

  /**
   * A global MIN/MAX takes codes: each dictionary entry that occurs is compared once per
   * dictionary, since the running extreme only moves further out.
   */
  @Override
  public boolean takesCodes(boolean singleGroup) {
    return singleGroup;
  }

  @Override
  public void updateCodes(DictionaryColumn coded, int[] positions, int[] groupIds, int count) {
    if (count == 0) {
      return;
    }
    StringDictionary dictionary = coded.dictionary();
    if (dictionary != consideredFor) {
      if (considered.length < dictionary.size()) {
        considered = new boolean[dictionary.size()];
      } else {
        Arrays.fill(considered, false);
      }
      considered[dictionary.nullCode()] = true; // NULL never counts
      consideredFor = dictionary;
    }
    boolean[] done = considered;
    int group = groupIds[0];
    long codes = coded.codes().getDataBufferAddress();
    for (int k = 0; k < count; k++) {
      int code = MemoryUtil.getInt(codes + ((long) positions[k] << 2));
      if (!done[code]) {
        done[code] = true;
        offer(group, dictionary.dataAddress() + dictionary.start(code), dictionary.length(code));
      }
    }
  }

  /** Makes the bytes at {@code address} the group's extreme if they are further out. */
  private void offer(int group, long address, int length) {
    byte[] current = extremes[group];
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
