package dev.quiver.adapters.write.parquet;

import dev.quiver.adapters.parquet.thrift.CompactProtocolReader;
import dev.quiver.adapters.parquet.thrift.CompactProtocolWriter;
import java.util.Arrays;
import java.util.List;

/** Encodes Parquet's FileMetaData (schema, row groups, column chunk metadata, statistics). */
final class ParquetFooter {
  private static final int FORMAT_VERSION = 1;
  private static final String CREATED_BY = "quiver";
  private static final int ENCODING_PLAIN = 0;
  private static final int ENCODING_RLE = 3;

  /** One column chunk as written. */
  record Chunk(ParquetColumnType type, int codec, long values, long nulls, long uncompressedBytes,
      long compressedBytes, long offset, byte[] min, byte[] max) {}

  /** One row group as written. */
  record RowGroup(List<Chunk> chunks, long rows, long uncompressedBytes, long offset, long compressedBytes) {}

  private ParquetFooter() {}

  static byte[] encode(List<ParquetColumnType> columns, List<RowGroup> rowGroups, long rows) {
    CompactProtocolWriter w = new CompactProtocolWriter();
    w.beginStruct();
    w.i32Field(1, FORMAT_VERSION);
    w.listField(2, CompactProtocolReader.STRUCT, columns.size() + 1);
    w.beginStruct();
    w.stringField(4, "schema");
    w.i32Field(5, columns.size());
    w.endStruct();
    for (ParquetColumnType column : columns) {
      column.writeSchemaElement(w);
    }
    w.i64Field(3, rows);
    w.listField(4, CompactProtocolReader.STRUCT, rowGroups.size());
    for (int g = 0; g < rowGroups.size(); g++) {
      writeRowGroup(w, rowGroups.get(g), g);
    }
    w.stringField(6, CREATED_BY);
    // TypeDefinedOrder for every column: readers may trust min_value/max_value.
    w.listField(7, CompactProtocolReader.STRUCT, columns.size());
    for (int c = 0; c < columns.size(); c++) {
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
    w.beginStruct();
    w.i64Field(2, chunk.offset());
    w.structField(3);
    w.i32Field(1, chunk.type().physicalType);
    w.listField(2, CompactProtocolReader.I32, 2);
    w.i32Element(ENCODING_PLAIN);
    w.i32Element(ENCODING_RLE);
    w.listField(3, CompactProtocolReader.BINARY, 1);
    w.stringElement(chunk.type().name);
    w.i32Field(4, chunk.codec());
    w.i64Field(5, chunk.values());
    w.i64Field(6, chunk.uncompressedBytes());
    w.i64Field(7, chunk.compressedBytes());
    w.i64Field(9, chunk.offset());
    w.structField(12);
    w.i64Field(3, chunk.nulls());
    if (chunk.max() != null && chunk.min() != null) {
      w.binaryField(5, chunk.max());
      w.binaryField(6, chunk.min());
    }
    w.endStruct();
    w.endStruct();
    w.endStruct();
  }
}
