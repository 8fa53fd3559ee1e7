/**
 * Functions available to vectorized expressions, grouped by family.
 */
package dev.quiver.engine.function;
