package dev.quiver.engine.exec.aggregate;

import dev.quiver.engine.exec.vector.ColumnValues;
import dev.quiver.engine.memory.MemoryCharge;
import java.util.Arrays;
import org.apache.arrow.vector.FieldVector;

/**
 * MIN or MAX of values in the LONG layout (integers, BOOLEAN, DATE, TIME, TIMESTAMP): a long per
 * group that starts at the identity of the operation, so the loop is a branch-free min/max.
 */
final class MinMaxLongAccumulator extends GroupStateAccumulator {
  private final boolean isMax;
  private long[] extremes = new long[0];
  private boolean[] seen = new boolean[0];

  MinMaxLongAccumulator(boolean isMax, MemoryCharge charge) {
    super(charge);
    this.isMax = isMax;
  }

  @Override
  int bytesPerGroup() {
    return Long.BYTES + 1;
  }

  @Override
  void resize(int oldCapacity, int newCapacity) {
    extremes = Arrays.copyOf(extremes, newCapacity);
    Arrays.fill(extremes, oldCapacity, newCapacity, isMax ? Long.MIN_VALUE : Long.MAX_VALUE);
    seen = Arrays.copyOf(seen, newCapacity);
  }

  @Override
  public void update(ColumnValues values, int[] groupIds, int count) {
    long[] state = extremes;
    boolean[] hasValue = seen;
    long[] input = values.longs();
    boolean allValid = values.allValid();
    boolean[] valid = values.valid();
    if (isMax) {
      for (int k = 0; k < count; k++) {
        if (allValid || valid[k]) {
          int group = groupIds[k];
          state[group] = Math.max(state[group], input[k]);
          hasValue[group] = true;
        }
      }
    } else {
      for (int k = 0; k < count; k++) {
        if (allValid || valid[k]) {
          int group = groupIds[k];
          state[group] = Math.min(state[group], input[k]);
          hasValue[group] = true;
        }
      }
    }
  }

  @Override
  public void write(FieldVector out, int firstGroup, int count) {
    for (int row = 0; row < count; row++) {
      int group = firstGroup + row;
      if (seen[group]) {
        ResultVectors.setLong(out, row, extremes[group]);
      }
    }
  }
}
