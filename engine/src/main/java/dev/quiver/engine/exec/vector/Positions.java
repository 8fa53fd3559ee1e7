package dev.quiver.engine.exec.vector;

import dev.quiver.engine.exec.Batch;

/** Physical row positions as an {@code int[]}, so that loops treat selected and dense batches alike. */
public final class Positions {
  private static volatile int[] identity = new int[0];

  private Positions() {}

  /** {@code 0, 1, .., count-1} (and maybe more); shared, never modify it. */
  public static int[] identity(int count) {
    int[] current = identity;
    if (current.length >= count) {
      return current;
    }
    int[] grown = new int[Math.max(count, current.length * 2)];
    for (int i = 0; i < grown.length; i++) {
      grown[i] = i;
    }
    identity = grown;
    return grown;
  }

  /** The live positions of {@code batch}, valid in {@code [0, batch.selectedCount())}. */
  public static int[] of(Batch batch) {
    return batch.hasSelection() ? batch.selection() : identity(batch.rowCount());
  }
}
