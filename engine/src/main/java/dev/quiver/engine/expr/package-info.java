/**
 * Scalar expressions compiled once per query from Calcite RexNodes into a tree evaluated a batch
 * at a time; the compiler is the one place that decides what is vectorized.
 */
package dev.quiver.engine.expr;
