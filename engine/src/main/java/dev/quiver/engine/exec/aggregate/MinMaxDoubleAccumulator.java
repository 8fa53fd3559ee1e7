package dev.quiver.engine.exec.aggregate;

import dev.quiver.engine.exec.vector.ColumnValues;
import dev.quiver.engine.memory.MemoryCharge;
import java.util.Arrays;
import org.apache.arrow.vector.FieldVector;

/**
 * MIN or MAX of REAL/DOUBLE in {@link Double#compare} order: NaN is larger than every number
 * (as in PostgreSQL), -0.0 smaller than 0.0.
 */
final class MinMaxDoubleAccumulator extends GroupStateAccumulator {
  private final int sign;
  private double[] extremes = new double[0];
  private boolean[] seen = new boolean[0];

  MinMaxDoubleAccumulator(boolean isMax, MemoryCharge charge) {
    super(charge);
    this.sign = isMax ? 1 : -1;
  }

  @Override
  int bytesPerGroup() {
    return Double.BYTES + 1;
  }

  @Override
  void resize(int oldCapacity, int newCapacity) {
    extremes = Arrays.copyOf(extremes, newCapacity);
    seen = Arrays.copyOf(seen, newCapacity);
  }

  @Override
  public void update(ColumnValues values, int[] groupIds, int count) {
    double[] state = extremes;
    boolean[] hasValue = seen;
    double[] input = values.doubles();
    boolean allValid = values.allValid();
    boolean[] valid = values.valid();
    for (int k = 0; k < count; k++) {
      if (allValid || valid[k]) {
        int group = groupIds[k];
        double value = input[k];
        if (!hasValue[group] || sign * Double.compare(value, state[group]) > 0) {
          state[group] = value;
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
        ResultVectors.setDouble(out, row, extremes[group]);
      }
    }
  }
}
