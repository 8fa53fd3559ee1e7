package dev.quiver.engine.exec.aggregate;

import dev.quiver.engine.exec.vector.ColumnValues;
import dev.quiver.engine.exec.vector.ValueLayout;
import dev.quiver.engine.memory.MemoryCharge;
import java.util.Arrays;
import org.apache.arrow.vector.FieldVector;

/**
 * SUM and SUM0 into a DECIMAL result, of DECIMAL or integer values: an exact 128-bit sum per
 * group, rescaled (half-up) and checked against the output precision when written.
 */
final class SumExactAccumulator extends GroupStateAccumulator {
  private final boolean zeroWhenEmpty;
  private final int inputScale;
  private long[] lows = new long[0];
  private long[] highs = new long[0];
  private boolean[] seen = new boolean[0];

  /** @param inputScale the scale of the input values (0 for integers) */
  SumExactAccumulator(boolean zeroWhenEmpty, int inputScale, MemoryCharge charge) {
    super(charge);
    this.zeroWhenEmpty = zeroWhenEmpty;
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
    long[] stateLows = lows;
    long[] stateHighs = highs;
    boolean[] hasValue = seen;
    long[] inputLows = values.longs();
    boolean allValid = values.allValid();
    boolean[] valid = values.valid();
    if (values.layout() == ValueLayout.DECIMAL) {
      long[] inputHighs = values.highs();
      for (int k = 0; k < count; k++) {
        if (allValid || valid[k]) {
          int group = groupIds[k];
          Int128.add(stateLows, stateHighs, group, inputLows[k], inputHighs[k]);
          hasValue[group] = true;
        }
      }
    } else {
      for (int k = 0; k < count; k++) {
        if (allValid || valid[k]) {
          int group = groupIds[k];
          Int128.add(stateLows, stateHighs, group, inputLows[k]);
          hasValue[group] = true;
        }
      }
    }
  }

  @Override
  public void write(FieldVector out, int firstGroup, int count) {
    for (int row = 0; row < count; row++) {
      int group = firstGroup + row;
      if (seen[group] || zeroWhenEmpty) {
        ResultVectors.setInt128(out, row, highs[group], lows[group], inputScale);
      }
    }
  }
}
