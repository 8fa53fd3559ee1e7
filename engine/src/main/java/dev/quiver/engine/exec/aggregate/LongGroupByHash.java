package dev.quiver.engine.exec.aggregate;

import dev.quiver.engine.exec.Batch;
import dev.quiver.engine.exec.vector.ColumnValues;
import dev.quiver.engine.exec.vector.ValueLayout;
import dev.quiver.engine.memory.MemoryCharge;
import java.util.Arrays;
import java.util.List;
import org.apache.arrow.vector.FieldVector;

/**
 * Group ids for one key column whose values fit a long (integers, DATE, TIME, TIMESTAMP,
 * BOOLEAN, and REAL/DOUBLE by their normalised bits): open addressing with linear probing over
 * parallel {@code long[]} keys and {@code int[]} ids, load factor at most 1/2.
 */
final class LongGroupByHash implements GroupByHash {
  private static final int INITIAL_SLOTS = 1024;
  private static final long MULTIPLIER = 0x9E3779B97F4A7C15L;
  private static final int SHIFT = 29;
  private static final int SLOT_BYTES = Long.BYTES + Integer.BYTES;

  private final int keyColumn;
  private final boolean isDouble;
  private final MemoryCharge charge;
  private final ColumnValues values;
  private long[] keyScratch = new long[0];
  /** Per slot: group id + 1, 0 when empty. */
  private int[] slotGroups;
  private long[] slotKeys;
  private int mask;
  /** Per group: its key. */
  private long[] groupKeys;
  private int groupCount;
  private int nullGroup = -1;

  LongGroupByHash(int keyColumn, ValueLayout layout, MemoryCharge charge) {
    this.keyColumn = keyColumn;
    this.isDouble = layout == ValueLayout.DOUBLE;
    this.charge = charge;
    this.values = new ColumnValues(layout);
    charge.grow((long) INITIAL_SLOTS * SLOT_BYTES + (long) INITIAL_SLOTS / 2 * Long.BYTES);
    slotGroups = new int[INITIAL_SLOTS];
    slotKeys = new long[INITIAL_SLOTS];
    mask = INITIAL_SLOTS - 1;
    groupKeys = new long[INITIAL_SLOTS / 2];
  }

  @Override
  public void computeGroupIds(Batch batch, int[] positions, int count, int[] groupIds) {
    values.gather(batch.column(keyColumn), positions, count);
    long[] keys = keys(count);
    if (values.allValid()) {
      for (int k = 0; k < count; k++) {
        groupIds[k] = find(keys[k]);
      }
    } else {
      boolean[] valid = values.valid();
      for (int k = 0; k < count; k++) {
        groupIds[k] = valid[k] ? find(keys[k]) : nullGroup();
      }
    }
  }

  private long[] keys(int count) {
    if (!isDouble) {
      return values.longs();
    }
    if (keyScratch.length < count) {
      keyScratch = new long[count];
    }
    double[] doubles = values.doubles();
    for (int k = 0; k < count; k++) {
      keyScratch[k] = KeyRowEncoder.normalizedBits(doubles[k]);
    }
    return keyScratch;
  }

  private int find(long key) {
    long h = key * MULTIPLIER;
    int slot = (int) (h ^ (h >>> SHIFT)) & mask;
    while (true) {
      int entry = slotGroups[slot];
      if (entry == 0) {
        return insert(slot, key);
      }
      if (slotKeys[slot] == key) {
        return entry - 1;
      }
      slot = (slot + 1) & mask;
    }
  }

  private int insert(int slot, long key) {
    int group = newGroup(key);
    slotGroups[slot] = group + 1;
    slotKeys[slot] = key;
    if (groupCount * 2 > slotGroups.length) {
      rehash();
    }
    return group;
  }

  private int nullGroup() {
    if (nullGroup < 0) {
      nullGroup = newGroup(0);
    }
    return nullGroup;
  }

  private int newGroup(long key) {
    if (groupCount == groupKeys.length) {
      charge.grow((long) groupKeys.length * Long.BYTES);
      groupKeys = Arrays.copyOf(groupKeys, groupKeys.length * 2);
    }
    groupKeys[groupCount] = key;
    return groupCount++;
  }

  private void rehash() {
    int capacity = slotGroups.length * 2;
    charge.grow((long) (capacity - slotGroups.length) * SLOT_BYTES);
    int[] newGroups = new int[capacity];
    long[] newKeys = new long[capacity];
    int newMask = capacity - 1;
    for (int i = 0; i < slotGroups.length; i++) {
      int entry = slotGroups[i];
      if (entry != 0) {
        long key = slotKeys[i];
        long h = key * MULTIPLIER;
        int slot = (int) (h ^ (h >>> SHIFT)) & newMask;
        while (newGroups[slot] != 0) {
          slot = (slot + 1) & newMask;
        }
        newGroups[slot] = entry;
        newKeys[slot] = key;
      }
    }
    slotGroups = newGroups;
    slotKeys = newKeys;
    mask = newMask;
  }

  @Override
  public int groupCount() {
    return groupCount;
  }

  @Override
  public void writeKeys(List<FieldVector> keyVectors, int firstGroup, int count) {
    FieldVector out = keyVectors.get(0);
    for (int row = 0; row < count; row++) {
      int group = firstGroup + row;
      if (group == nullGroup) {
        continue;
      }
      if (isDouble) {
        ResultVectors.setDouble(out, row, Double.longBitsToDouble(groupKeys[group]));
      } else {
        ResultVectors.setLong(out, row, groupKeys[group]);
      }
    }
  }
}
