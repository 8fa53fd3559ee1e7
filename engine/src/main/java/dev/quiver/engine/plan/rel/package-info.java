/**
 * Plan nodes in the QUIVER convention (what EXPLAIN shows as Quiver*) and the converters to and
 * from Calcite's Enumerable convention.
 */
package dev.quiver.engine.plan.rel;
