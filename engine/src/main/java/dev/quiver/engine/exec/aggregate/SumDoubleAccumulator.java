package dev.quiver.engine.exec.aggregate;

import dev.quiver.engine.exec.vector.ColumnValues;
import dev.quiver.engine.memory.MemoryCharge;
import java.util.Arrays;
import org.apache.arrow.vector.FieldVector;

/** SUM and SUM0 of REAL/DOUBLE: a double per group. */
final class SumDoubleAccumulator extends GroupStateAccumulator {
  private final boolean zeroWhenEmpty;
  private double[] sums = new double[0];
  private boolean[] seen = new boolean[0];

  SumDoubleAccumulator(boolean zeroWhenEmpty, MemoryCharge charge) {
    super(charge);
    this.zeroWhenEmpty = zeroWhenEmpty;
  }

  @Override
  int bytesPerGroup() {
    return Double.BYTES + 1;
  }

  @Override
  void resize(int oldCapacity, int newCapacity) {
    sums = Arrays.copyOf(sums, newCapacity);
    seen = Arrays.copyOf(seen, newCapacity);
  }

  @Override
  public void update(ColumnValues values, int[] groupIds, int count) {
    double[] state = sums;
    boolean[] hasValue = seen;
    double[] input = values.doubles();
    if (values.allValid()) {
      for (int k = 0; k < count; k++) {
        int group = groupIds[k];
        state[group] += input[k];
        hasValue[group] = true;
      }
    } else {
      boolean[] valid = values.valid();
      for (int k = 0; k < count; k++) {
        if (valid[k]) {
          int group = groupIds[k];
          state[group] += input[k];
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
    double sum = sums[group];
    boolean any = false;
    double[] input = values.doubles();
    if (values.allValid()) {
      for (int k = 0; k < count; k++) {
        sum += input[k];
      }
      any = true;
    } else {
      boolean[] valid = values.valid();
      for (int k = 0; k < count; k++) {
        if (valid[k]) {
          sum += input[k];
          any = true;
        }
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
        ResultVectors.setDouble(out, row, sums[group]);
      }
    }
  }
}
