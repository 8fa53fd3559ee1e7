package dev.quiver.engine.exec.aggregate;

/**
 * Which step of an aggregation an operator performs. Only {@link #SINGLE} runs today; the other
 * two are the shape of parallel aggregation to come, where PARTIAL emits per-group state (SUM:
 * sum; AVG: sum and count; COUNT: count) and FINAL merges such states.
 */
public enum AggregateMode {
  /** Raw rows in, final values out. */
  SINGLE,
  /** Raw rows in, per-group state out. */
  PARTIAL,
  /** Per-group state in, final values out. */
  FINAL
}
