package dev.quiver.engine.expr;

/** A reusable {@code int[]} of positions that grows to the largest batch seen. */
final class Scratch {
  private int[] positions = new int[0];

  int[] positions(int rowCount) {
    if (positions.length < rowCount) {
      positions = new int[rowCount];
    }
    return positions;
  }
}
