package dev.quiver.adapters.fuzz;

import java.util.List;

/**
 * Splits a campaign's mutations among its seeds: evenly, except that big seeds get fewer (each of
 * their cases costs more to read, and a small file reaches the same code).
 */
final class SeedShares {
  /** Seeds up to this size count fully; a seed of k times this size counts 1/k. */
  private static final double FULL_WEIGHT_BYTES = 64 << 10;

  private SeedShares() {}

  static int[] of(List<SeedFile> seeds, int total) {
    double[] weights = new double[seeds.size()];
    double sum = 0;
    for (int i = 0; i < weights.length; i++) {
      weights[i] = Math.min(1.0, FULL_WEIGHT_BYTES / Math.max(1, seeds.get(i).bytes().length));
      sum += weights[i];
    }
    int[] counts = new int[weights.length];
    for (int i = 0; i < counts.length; i++) {
      counts[i] = (int) Math.max(1, Math.round(total * weights[i] / sum));
    }
    return counts;
  }
}
