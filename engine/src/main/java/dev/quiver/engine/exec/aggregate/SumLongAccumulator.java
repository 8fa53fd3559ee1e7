package dev.quiver.engine.exec.aggregate;

import dev.quiver.engine.exec.vector.ColumnValues;
import dev.quiver.engine.memory.MemoryCharge;
import java.util.Arrays;
import org.apache.arrow.vector.FieldVector;

/**
 * SUM and SUM0 of integers into an integer (or floating) result: a long per group, checked for
 * overflow on every add. SUM of no values is NULL, SUM0 of no values 0.
 */
final class SumLongAccumulator extends GroupStateAccumulator {
  private final boolean zeroWhenEmpty;
  private long[] sums = new long[0];
  private boolean[] seen = new boolean[0];

  SumLongAccumulator(boolean zeroWhenEmpty, MemoryCharge charge) {
    super(charge);
    this.zeroWhenEmpty = zeroWhenEmpty;
  }

  @Override
  int bytesPerGroup() {
    return Long.BYTES + 1;
  }

  @Override
  void resize(int oldCapacity, int newCapacity) {
    sums = Arrays.copyOf(sums, newCapacity);
    seen = Arrays.copyOf(seen, newCapacity);
  }

  @Override
  public void update(ColumnValues values, int[] groupIds, int count) {
    long[] state = sums;
    boolean[] hasValue = seen;
    long[] input = values.longs();
    if (values.allValid()) {
      for (int k = 0; k < count; k++) {
        int group = groupIds[k];
        state[group] = Math.addExact(state[group], input[k]);
        hasValue[group] = true;
      }
    } else {
      boolean[] valid = values.valid();
      for (int k = 0; k < count; k++) {
        if (valid[k]) {
          int group = groupIds[k];
          state[group] = Math.addExact(state[group], input[k]);
          hasValue[group] = true;
        }
      }
    }
  }

  @Override
  public void updateSingleGroup(ColumnValues values, int[] groupIds, int count) {
    if (count == 0) {
      return;
    }
    int group = groupIds[0];
    long sum = sums[group];
    boolean any = false;
    long[] input = values.longs();
    boolean allValid = values.allValid();
    boolean[] valid = values.valid();
    for (int k = 0; k < count; k++) {
      if (allValid || valid[k]) {
        sum = Math.addExact(sum, input[k]);
        any = true;
      }
    }
    sums[group] = sum;
    seen[group] |= any;
  }

  @Override
  public void write(FieldVector out, int firstGroup, int count) {
    for (int row = 0; row < count; row++) {
      int group = firstGroup + row;
      if (seen[group] || zeroWhenEmpty) {
        ResultVectors.setLong(out, row, sums[group]);
      }
    }
  }
}
