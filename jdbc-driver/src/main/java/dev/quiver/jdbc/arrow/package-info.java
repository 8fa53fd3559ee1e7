/**
 * Result sets read straight from Arrow batches: a cursor over the engine's batches and one
 * accessor per vector class.
 */
package dev.quiver.jdbc.arrow;
