/**
 * Page decompression for every codec Quiver reads (SNAPPY, GZIP, ZSTD, LZ4, LZ4_RAW), with
 * corrupt input turned into a clear error naming the codec.
 */
package dev.quiver.adapters.parquet.compress;
