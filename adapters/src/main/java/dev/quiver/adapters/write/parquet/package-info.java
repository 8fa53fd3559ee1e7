/**
 * The Parquet writer: PLAIN pages with RLE definition levels, per-column statistics, every codec
 * the reader reads.
 */
package dev.quiver.adapters.write.parquet;
