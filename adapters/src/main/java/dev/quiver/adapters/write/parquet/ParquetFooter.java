package dev.quiver.adapters.write.parquet;

import dev.quiver.adapters.parquet.thrift.CompactProtocolReader;
import dev.quiver.adapters.parquet.thrift.CompactProtocolWriter;
import java.util.Arrays;
import java.util.List;

/** Encodes Parquet's FileMetaData (schema, row groups, column chunk metadata, statistics). */
final class ParquetFooter {
  private static final int FORMAT_VERSION = 1;
  private static final String CREATED_BY = "quiver";
  // Thrift PageType codes for encoding_stats.
  private static final int DATA_PAGE = 0;
  private static final int DICTIONARY_PAGE = 2;

  /**
   * One column chunk as written.
   *
   * @param values level entries (values and nulls)
   * @param nulls level entries without a value (NULLs at any level, empty lists)
   * @param offset where the chunk starts (its dictionary page, if any)
   * @param dictionaryOffset the dictionary page's offset, or -1 without one
   * @param dataOffset the first data page's offset
   * @param plainPages data pages with PLAIN values
   * @param dictionaryPages data pages with RLE_DICTIONARY indices
   */
  record Chunk(LeafColumn leaf, int codec, long values, long nulls, long uncompressedBytes,
      long compressedBytes, long offset, long dictionaryOffset, long dataOffset, int plainPages,
      int dictionaryPages, byte[] min, byte[] max) {}

  /** One row group as written. */
  record RowGroup(List<Chunk> chunks, long rows, long uncompressedBytes, long offset, long compressedBytes) {}

  private ParquetFooter() {}

  static byte[] encode(WriterSchema schema, int topLevelColumns, List<RowGroup> rowGroups, long rows) {
    CompactProtocolWriter w = new CompactProtocolWriter();
    w.beginStruct();
    w.i32Field(1, FORMAT_VERSION);
    schema.writeElements(w, topLevelColumns);
    w.i64Field(3, rows);
    w.listField(4, CompactProtocolReader.STRUCT, rowGroups.size());
    for (int g = 0; g < rowGroups.size(); g++) {
      writeRowGroup(w, rowGroups.get(g), g);
    }
    w.stringField(6, CREATED_BY);
    // TypeDefinedOrder for every leaf: readers may trust min_value/max_value.
    int leaves = schema.leaves.size();
    w.listField(7, CompactProtocolReader.STRUCT, leaves);
    for (int c = 0; c < leaves; c++) {
      w.beginStruct();
      w.structField(1);
      w.endStruct();
      w.endStruct();
    }
    w.endStruct();
    return Arrays.copyOf(w.array(), w.size());
  }

  private static void writeRowGroup(CompactProtocolWriter w, RowGroup group, int ordinal) {
    w.beginStruct();
    w.listField(1, CompactProtocolReader.STRUCT, group.chunks().size());
    for (Chunk chunk : group.chunks()) {
      writeChunk(w, chunk);
    }
    w.i64Field(2, group.uncompressedBytes());
    w.i64Field(3, group.rows());
    w.i64Field(5, group.offset());
    w.i64Field(6, group.compressedBytes());
    w.i32Field(7, ordinal);
    w.endStruct();
  }

  private static void writeChunk(CompactProtocolWriter w, Chunk chunk) {
    boolean dictionary = chunk.dictionaryPages() > 0;
    w.beginStruct();
    w.i64Field(2, chunk.offset());
    w.structField(3);
    w.i32Field(1, chunk.leaf().type.physicalType);
    // Every encoding used: PLAIN (values, and the dictionary page), RLE (levels), RLE_DICTIONARY.
    w.listField(2, CompactProtocolReader.I32, 2 + (dictionary ? 1 : 0));
    w.i32Element(ColumnChunkWriter.ENCODING_PLAIN);
    w.i32Element(ColumnChunkWriter.ENCODING_RLE);
    if (dictionary) {
      w.i32Element(ColumnChunkWriter.ENCODING_RLE_DICTIONARY);
    }
    List<String> path = chunk.leaf().path;
    w.listField(3, CompactProtocolReader.BINARY, path.size());
    for (String part : path) {
      w.stringElement(part);
    }
    w.i32Field(4, chunk.codec());
    w.i64Field(5, chunk.values());
    w.i64Field(6, chunk.uncompressedBytes());
    w.i64Field(7, chunk.compressedBytes());
    w.i64Field(9, chunk.dataOffset());
    if (dictionary) {
      w.i64Field(11, chunk.dictionaryOffset());
    }
    w.structField(12);
    w.i64Field(3, chunk.nulls());
    if (chunk.max() != null && chunk.min() != null) {
      w.binaryField(5, chunk.max());
      w.binaryField(6, chunk.min());
    }
    w.endStruct();
    // encoding_stats: lets readers such as parquet-mr tell a chunk that is dictionary-encoded
    // throughout from one that fell back to PLAIN.
    int kinds = (dictionary ? 2 : 0) + (chunk.plainPages() > 0 ? 1 : 0);
    w.listField(13, CompactProtocolReader.STRUCT, kinds);
    if (dictionary) {
      encodingStats(w, DICTIONARY_PAGE, ColumnChunkWriter.ENCODING_PLAIN, 1);
      encodingStats(w, DATA_PAGE, ColumnChunkWriter.ENCODING_RLE_DICTIONARY, chunk.dictionaryPages());
    }
    if (chunk.plainPages() > 0) {
      encodingStats(w, DATA_PAGE, ColumnChunkWriter.ENCODING_PLAIN, chunk.plainPages());
    }
    w.endStruct();
    w.endStruct();
  }

  private static void encodingStats(CompactProtocolWriter w, int pageType, int encoding, int count) {
    w.beginStruct();
    w.i32Field(1, pageType);
    w.i32Field(2, encoding);
    w.i32Field(3, count);
    w.endStruct();
  }
}
