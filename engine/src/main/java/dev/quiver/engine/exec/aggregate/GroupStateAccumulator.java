package dev.quiver.engine.exec.aggregate;

import dev.quiver.engine.memory.MemoryCharge;

/**
 * Base of accumulators whose state is arrays indexed by group id: grows them by doubling and
 * charges the growth to the operator's memory budget.
 */
abstract class GroupStateAccumulator implements Accumulator {
  private static final int MIN_CAPACITY = 16;

  private final MemoryCharge charge;
  private int capacity;

  GroupStateAccumulator(MemoryCharge charge) {
    this.charge = charge;
  }

  @Override
  public final void ensureGroups(int groupCount) {
    if (groupCount <= capacity) {
      return;
    }
    int grown = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(groupCount, Math.max(MIN_CAPACITY, 2L * capacity)));
    charge.grow((long) (grown - capacity) * bytesPerGroup());
    resize(capacity, grown);
    capacity = grown;
  }

  /** Heap bytes of state per group, for the memory charge. */
  abstract int bytesPerGroup();

  /** Replaces the state arrays by ones of {@code newCapacity}, keeping groups below {@code oldCapacity}. */
  abstract void resize(int oldCapacity, int newCapacity);
}
