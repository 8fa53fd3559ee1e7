package dev.quiver.engine.exec.aggregate;

import dev.quiver.engine.exec.vector.ColumnValues;
import dev.quiver.engine.memory.MemoryCharge;
import java.util.Arrays;
import org.apache.arrow.vector.FieldVector;

/** MIN or MAX of DECIMAL: the 128-bit unscaled value per group, compared as signed 128 bits. */
final class MinMaxDecimalAccumulator extends GroupStateAccumulator {
  private final int sign;
  private final int inputScale;
  private long[] lows = new long[0];
  private long[] highs = new long[0];
  private boolean[] seen = new boolean[0];

  MinMaxDecimalAccumulator(boolean isMax, int inputScale, MemoryCharge charge) {
    super(charge);
    this.sign = isMax ? 1 : -1;
    this.inputScale = inputScale;
  }

  @Override
  int bytesPerGroup() {
    return 2 * Long.BYTES + 1;
  }

  @Override
  void resize(int oldCapacity, int newCapacity) {
    lows = Arrays.copyOf(lows, newCapacity);
    highs = Arrays.copyOf(highs, newCapacity);
    seen = Arrays.copyOf(seen, newCapacity);
  }

  @Override
  public void update(ColumnValues values, int[] groupIds, int count) {
    long[] inputLows = values.longs();
    long[] inputHighs = values.highs();
    boolean allValid = values.allValid();
    boolean[] valid = values.valid();
    for (int k = 0; k < count; k++) {
      if (allValid || valid[k]) {
        int group = groupIds[k];
        long low = inputLows[k];
        long high = inputHighs[k];
        if (!seen[group] || sign * Int128.compare(high, low, highs[group], lows[group]) > 0) {
          lows[group] = low;
          highs[group] = high;
          seen[group] = true;
        }
      }
    }
  }

  @Override
  public void write(FieldVector out, int firstGroup, int count) {
    for (int row = 0; row < count; row++) {
      int group = firstGroup + row;
      if (seen[group]) {
        ResultVectors.setInt128(out, row, highs[group], lows[group], inputScale);
      }
    }
  }
}
