package dev.quiver.adapters.spi;

/** How far a reader applies a pushed predicate. */
public enum Pushdown {
  /** The reader returns exactly the matching rows; the engine may drop its filter. */
  EXACT,
  /** The reader skips data that cannot match (row groups, files); the engine filters again. */
  INEXACT,
  /** The reader ignores the predicate. */
  UNSUPPORTED
}
