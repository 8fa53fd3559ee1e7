/**
 * A small Thrift compact-protocol reader and writer for Parquet metadata; every length and
 * nesting depth is bounded, so a corrupt footer cannot overread or over-allocate.
 */
package dev.quiver.adapters.parquet.thrift;
