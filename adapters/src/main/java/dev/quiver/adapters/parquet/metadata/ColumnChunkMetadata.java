package dev.quiver.adapters.parquet.metadata;

import java.util.List;

/**
 * Where one column's data lives in one row group, and what the writer said about it.
 *
 * @param type physical type
 * @param path the column's path in the schema
 * @param codec compression codec (Thrift CompressionCodec code)
 * @param numValues values including nulls (level entries)
 * @param totalCompressedSize bytes of the chunk in the file, page headers included
 * @param dataPageOffset offset of the first data page
 * @param dictionaryPageOffset offset of the dictionary page, or -1
 * @param statistics statistics, or null
 * @param encrypted whether the chunk is encrypted (this reader has no keys)
 * @param externalFile the file_path of a chunk stored in another file, or null
 */
public record ColumnChunkMetadata(
    PhysicalType type,
    List<String> path,
    int codec,
    long numValues,
    long totalCompressedSize,
    long dataPageOffset,
    long dictionaryPageOffset,
    ColumnStatistics statistics,
    boolean encrypted,
    String externalFile) {}
