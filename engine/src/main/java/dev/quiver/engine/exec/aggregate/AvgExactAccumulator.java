package dev.quiver.engine.exec.aggregate;

import dev.quiver.engine.exec.vector.ColumnValues;
import dev.quiver.engine.exec.vector.ValueLayout;
import dev.quiver.engine.memory.MemoryCharge;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import org.apache.arrow.vector.DecimalVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float4Vector;
import org.apache.arrow.vector.Float8Vector;

/**
 * AVG of integers or DECIMALs: an exact 128-bit sum and a count per group. The result is divided
 * once per group: as a double for REAL/DOUBLE outputs, rounded half-up to the scale of a DECIMAL
 * output, truncated toward zero for an integer output. NULL for no values.
 */
final class AvgExactAccumulator extends GroupStateAccumulator {
  /** Enough fractional digits that a DECIMAL average converts to the nearest double. */
  private static final int DOUBLE_DIGITS = 20;

  private final int inputScale;
  private long[] lows = new long[0];
  private long[] highs = new long[0];
  private long[] counts = new long[0];

  /** @param inputScale the scale of the input values (0 for integers) */
  AvgExactAccumulator(int inputScale, MemoryCharge charge) {
    super(charge);
    this.inputScale = inputScale;
  }

  @Override
  int bytesPerGroup() {
    return 3 * Long.BYTES;
  }

  @Override
  void resize(int oldCapacity, int newCapacity) {
    lows = Arrays.copyOf(lows, newCapacity);
    highs = Arrays.copyOf(highs, newCapacity);
    counts = Arrays.copyOf(counts, newCapacity);
  }

  @Override
  public void update(ColumnValues values, int[] groupIds, int count) {
    long[] stateLows = lows;
    long[] stateHighs = highs;
    long[] stateCounts = counts;
    long[] inputLows = values.longs();
    boolean allValid = values.allValid();
    boolean[] valid = values.valid();
    if (values.layout() == ValueLayout.DECIMAL) {
      long[] inputHighs = values.highs();
      for (int k = 0; k < count; k++) {
        if (allValid || valid[k]) {
          int group = groupIds[k];
          Int128.add(stateLows, stateHighs, group, inputLows[k], inputHighs[k]);
          stateCounts[group]++;
        }
      }
    } else {
      for (int k = 0; k < count; k++) {
        if (allValid || valid[k]) {
          int group = groupIds[k];
          Int128.add(stateLows, stateHighs, group, inputLows[k]);
          stateCounts[group]++;
        }
      }
    }
  }

  @Override
  public void write(FieldVector out, int firstGroup, int count) {
    boolean floating = out instanceof Float8Vector || out instanceof Float4Vector;
    int outputScale = out instanceof DecimalVector ? ((DecimalVector) out).getScale() : 0;
    for (int row = 0; row < count; row++) {
      int group = firstGroup + row;
      long n = counts[group];
      if (n == 0) {
        continue;
      }
      if (floating && inputScale == 0) {
        ResultVectors.setDouble(out, row, Int128.toDouble(highs[group], lows[group]) / n);
      } else {
        BigDecimal sum = Int128.toBigDecimal(highs[group], lows[group], inputScale);
        RoundingMode rounding = out instanceof DecimalVector ? RoundingMode.HALF_UP : RoundingMode.DOWN;
        int scale = floating ? Math.max(inputScale, DOUBLE_DIGITS) : outputScale;
        ResultVectors.setDecimal(out, row, sum.divide(BigDecimal.valueOf(n), scale, rounding));
      }
    }
  }
}
