package dev.quiver.adapters.write.parquet;

import dev.quiver.adapters.parquet.thrift.CompactProtocolWriter;
import dev.quiver.adapters.write.ByteBuilder;
import java.util.Arrays;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.vector.BitVectorHelper;
import org.apache.arrow.vector.FieldVector;

/**
 * Buffers one optional column's chunk of a row group: definition levels and PLAIN values per
 * page, pages compressed as they fill, min/max statistics and the null count for the footer.
 * Subclasses append one vector range in a type-specialised loop.
 */
abstract class ColumnChunkWriter {
  /** Target uncompressed size of a data page's values. */
  static final int PAGE_BYTES = 1 << 20;

  private static final int DATA_PAGE = 0;
  private static final int ENCODING_PLAIN = 0;
  private static final int ENCODING_RLE = 3;
  private static final int LEVELS_LENGTH_BYTES = 4;

  final ParquetColumnType type;
  private final PageCompressor compressor;
  /** PLAIN values of the current page. */
  final ByteBuilder values = new ByteBuilder(1 << 16);
  private byte[] levels = new byte[1024];
  private int pageValues;
  private int pageNulls;
  private final ByteBuilder page = new ByteBuilder(1 << 16);
  private final CompactProtocolWriter header = new CompactProtocolWriter();
  /** The compressed pages (with headers) of the chunk so far. */
  final ByteBuilder chunk = new ByteBuilder(1 << 16);
  long chunkValues;
  long chunkNulls;
  long uncompressedBytes;
  boolean hasMinMax;

  ColumnChunkWriter(ParquetColumnType type, PageCompressor compressor) {
    this.type = type;
    this.compressor = compressor;
  }

  /** Appends rows {@code [start, end)} of {@code vector}, flushing pages that fill up. */
  final void append(FieldVector vector, int start, int end) {
    int count = end - start;
    if (pageValues + count > levels.length) {
      levels = Arrays.copyOf(levels, Math.max(pageValues + count, levels.length * 2));
    }
    appendValues(vector, start, end);
    if (pageBytes() >= PAGE_BYTES) {
      flushPage();
    }
  }

  /** Writes the values (non-null only) and calls {@link #defined}/{@link #nullValue} per row. */
  abstract void appendValues(FieldVector vector, int start, int end);

  /** Uncompressed bytes of the current page's values. */
  int pageBytes() {
    return values.size();
  }

  /** Moves any values the subclass keeps aside into {@link #values} before a page is cut. */
  void completePageValues() {}

  final void defined() {
    levels[pageValues++] = 1;
  }

  final void nullValue() {
    levels[pageValues++] = 0;
    pageNulls++;
  }

  static boolean isNull(ArrowBuf validity, int index) {
    return BitVectorHelper.get(validity, index) == 0;
  }

  /** Statistics bounds in PLAIN form, or null when no non-null value was written. */
  abstract byte[] minBytes();

  abstract byte[] maxBytes();

  /** Compresses the current page (if any) and appends it to the chunk. */
  final void flushPage() {
    if (pageValues == 0) {
      return;
    }
    completePageValues();
    page.reset();
    page.putIntLittleEndian(0);
    int levelsStart = page.size();
    writeLevels();
    page.setIntLittleEndian(levelsStart - LEVELS_LENGTH_BYTES, page.size() - levelsStart);
    page.put(values.array(), 0, values.size());
    ByteBuilder compressed = compressor.compress(page);

    header.reset();
    header.beginStruct();
    header.i32Field(1, DATA_PAGE);
    header.i32Field(2, page.size());
    header.i32Field(3, compressed.size());
    header.structField(5);
    header.i32Field(1, pageValues);
    header.i32Field(2, ENCODING_PLAIN);
    header.i32Field(3, ENCODING_RLE);
    header.i32Field(4, ENCODING_RLE);
    header.endStruct();
    header.endStruct();

    chunk.put(header.array(), 0, header.size());
    chunk.put(compressed.array(), 0, compressed.size());
    uncompressedBytes += header.size() + page.size();
    chunkValues += pageValues;
    chunkNulls += pageNulls;
    pageValues = 0;
    pageNulls = 0;
    values.reset();
  }

  /**
   * Definition levels (bit width 1) in the RLE/bit-packed hybrid: one RLE run when nothing is
   * null, else one bit-packed run of groups of eight.
   */
  private void writeLevels() {
    if (pageNulls == 0) {
      page.putUnsignedVarInt((long) pageValues << 1);
      page.put(1);
      return;
    }
    int groups = (pageValues + 7) / 8;
    page.putUnsignedVarInt(((long) groups << 1) | 1);
    page.ensure(groups);
    for (int g = 0; g < groups; g++) {
      int packed = 0;
      int base = g * 8;
      for (int bit = 0; bit < 8 && base + bit < pageValues; bit++) {
        packed |= levels[base + bit] << bit;
      }
      page.put(packed);
    }
  }

  /** Forgets the chunk after it was written, keeping buffers; statistics start over. */
  void resetChunk() {
    chunk.reset();
    chunkValues = 0;
    chunkNulls = 0;
    uncompressedBytes = 0;
    hasMinMax = false;
    resetStatistics();
  }

  abstract void resetStatistics();
}
