/**
 * A pure-Java Parquet reader (no Hadoop): footer and page headers through our own Thrift compact-
 * protocol reader, page decompression, every standard encoding decoded into Arrow vectors, nested
 * columns assembled from levels, and row groups skipped by their statistics.
 */
package dev.quiver.adapters.parquet;
