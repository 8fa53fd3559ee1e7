/**
 * The bridge to Calcite's row-at-a-time engine: reading batch values as Calcite's Java objects
 * and writing such objects into vectors.
 */
package dev.quiver.engine.exec.rows;
