/**
 * The Parquet writer: data pages v1 with RLE/bit-packed repetition and definition levels,
 * nested STRUCT/LIST/MAP columns shredded column-wise ({@code RecordShredder}), per-chunk
 * dictionaries with RLE_DICTIONARY pages and a PLAIN fallback, per-column statistics, every codec
 * the reader reads. Depends on Arrow, aircompressor and the Thrift writer in {@code
 * parquet.thrift} only.
 */
package dev.quiver.adapters.write.parquet;
