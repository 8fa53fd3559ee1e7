package dev.quiver.engine.exec.aggregate;

import dev.quiver.adapters.spi.DictionaryColumn;
import dev.quiver.engine.exec.vector.ColumnValues;
import dev.quiver.engine.memory.MemoryCharge;
import java.util.Arrays;
import org.apache.arrow.memory.util.MemoryUtil;
import org.apache.arrow.vector.FieldVector;

/** COUNT(*) (no values: every row counts) and COUNT(x) (non-null x counts); never NULL. */
final class CountAccumulator extends GroupStateAccumulator {
  private long[] counts = new long[0];

  CountAccumulator(MemoryCharge charge) {
    super(charge);
  }

  @Override
  int bytesPerGroup() {
    return Long.BYTES;
  }

  @Override
  void resize(int oldCapacity, int newCapacity) {
    counts = Arrays.copyOf(counts, newCapacity);
  }

  @Override
  public void update(ColumnValues values, int[] groupIds, int count) {
    long[] state = counts;
    if (values == null || values.allValid()) {
      for (int k = 0; k < count; k++) {
        state[groupIds[k]]++;
      }
    } else {
      boolean[] valid = values.valid();
      for (int k = 0; k < count; k++) {
        if (valid[k]) {
          state[groupIds[k]]++;
        }
      }
    }
  }

  @Override
  public void updateSingleGroup(ColumnValues values, int[] groupIds, int count) {
    if (count == 0) {
      return;
    }
    long n = count;
    if (values != null && !values.allValid()) {
      boolean[] valid = values.valid();
      n = 0;
      for (int k = 0; k < count; k++) {
        n += valid[k] ? 1 : 0;
      }
    }
    counts[groupIds[0]] += n;
  }

  /** COUNT(x) of a coded string counts the rows whose code is not the dictionary's NULL. */
  @Override
  public boolean takesCodes(boolean singleGroup) {
    return true;
  }

  @Override
  public void updateCodes(DictionaryColumn coded, int[] positions, int[] groupIds, int count) {
    long[] state = counts;
    int nullCode = coded.dictionary().nullCode();
    long codes = coded.codes().getDataBufferAddress();
    for (int k = 0; k < count; k++) {
      if (MemoryUtil.getInt(codes + ((long) positions[k] << 2)) != nullCode) {
        state[groupIds[k]]++;
      }
    }
  }

  @Override
  public void write(FieldVector out, int firstGroup, int count) {
    for (int row = 0; row < count; row++) {
      ResultVectors.setLong(out, row, counts[firstGroup + row]);
    }
  }
}
