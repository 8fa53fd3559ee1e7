/**
 * Decoders of Parquet encodings: PLAIN, RLE/bit-packed hybrid, dictionary, DELTA_BINARY_PACKED,
 * DELTA_LENGTH_BYTE_ARRAY, DELTA_BYTE_ARRAY and BYTE_STREAM_SPLIT. Every length read from a file
 * is checked before it is used.
 */
package dev.quiver.adapters.parquet.decode;
