package dev.quiver.engine.exec.aggregate;

import dev.quiver.engine.exec.vector.ColumnValues;
import dev.quiver.engine.memory.MemoryCharge;
import java.util.Arrays;
import org.apache.arrow.vector.FieldVector;

/** AVG of REAL/DOUBLE: a double sum and a count per group; NULL for no values. */
final class AvgDoubleAccumulator extends GroupStateAccumulator {
  private double[] sums = new double[0];
  private long[] counts = new long[0];

  AvgDoubleAccumulator(MemoryCharge charge) {
    super(charge);
  }

  @Override
  int bytesPerGroup() {
    return Double.BYTES + Long.BYTES;
  }

  @Override
  void resize(int oldCapacity, int newCapacity) {
    sums = Arrays.copyOf(sums, newCapacity);
    counts = Arrays.copyOf(counts, newCapacity);
  }

  @Override
  public void update(ColumnValues values, int[] groupIds, int count) {
    double[] stateSums = sums;
    long[] stateCounts = counts;
    double[] input = values.doubles();
    if (values.allValid()) {
      for (int k = 0; k < count; k++) {
        int group = groupIds[k];
        stateSums[group] += input[k];
        stateCounts[group]++;
      }
    } else {
      boolean[] valid = values.valid();
      for (int k = 0; k < count; k++) {
        if (valid[k]) {
          int group = groupIds[k];
          stateSums[group] += input[k];
          stateCounts[group]++;
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
    long n = 0;
    double[] input = values.doubles();
    if (values.allValid()) {
      for (int k = 0; k < count; k++) {
        sum += input[k];
      }
      n = count;
    } else {
      boolean[] valid = values.valid();
      for (int k = 0; k < count; k++) {
        if (valid[k]) {
          sum += input[k];
          n++;
        }
      }
    }
    sums[group] = sum;
    counts[group] += n;
  }

  @Override
  public void write(FieldVector out, int firstGroup, int count) {
    for (int row = 0; row < count; row++) {
      int group = firstGroup + row;
      if (counts[group] > 0) {
        ResultVectors.setDouble(out, row, sums[group] / counts[group]);
      }
    }
  }
}
