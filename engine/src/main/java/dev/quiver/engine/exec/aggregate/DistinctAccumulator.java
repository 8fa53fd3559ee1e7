package dev.quiver.engine.exec.aggregate;

import dev.quiver.engine.exec.vector.ColumnValues;
import dev.quiver.engine.exec.vector.ValueLayout;
import dev.quiver.engine.memory.MemoryCharge;
import org.apache.arrow.vector.FieldVector;

/**
 * The DISTINCT form of an aggregate: passes on only the first occurrence of each non-null (group,
 * value) pair, remembered as encoded bytes in a {@link ByteKeyTable}.
 */
final class DistinctAccumulator implements Accumulator {
  private static final int INITIAL_KEY_BYTES = 64;

  private final Accumulator inner;
  private final ByteKeyTable seen;
  private final ColumnValues kept;
  private byte[] key = new byte[INITIAL_KEY_BYTES];
  private int[] keep = new int[0];
  private int[] keptGroups = new int[0];

  DistinctAccumulator(Accumulator inner, ValueLayout layout, MemoryCharge charge) {
    this.inner = inner;
    this.seen = new ByteKeyTable(charge);
    this.kept = new ColumnValues(layout);
  }

  @Override
  public void ensureGroups(int groupCount) {
    inner.ensureGroups(groupCount);
  }

  @Override
  public void update(ColumnValues values, int[] groupIds, int count) {
    if (keep.length < count) {
      keep = new int[count];
      keptGroups = new int[count];
    }
    int keptCount = 0;
    for (int k = 0; k < count; k++) {
      if (!values.isValid(k)) {
        continue;
      }
      int needed = Integer.BYTES + KeyRowEncoder.maxLength(values, k);
      if (needed > key.length) {
        key = new byte[Math.max(needed, key.length * 2)];
      }
      KeyRowEncoder.putInt(key, 0, groupIds[k]);
      int length = KeyRowEncoder.encode(values, k, key, Integer.BYTES);
      int before = seen.size();
      seen.findOrInsert(key, 0, length, ByteKeyTable.hash(key, 0, length));
      if (seen.size() > before) {
        keep[keptCount] = k;
        keptGroups[keptCount] = groupIds[k];
        keptCount++;
      }
    }
    kept.compactFrom(values, keep, keptCount);
    inner.update(kept, keptGroups, keptCount);
  }

  @Override
  public void write(FieldVector out, int firstGroup, int count) {
    inner.write(out, firstGroup, count);
  }
}
