package dev.quiver.adapters.write.parquet;

import dev.quiver.adapters.parquet.thrift.CompactProtocolWriter;
import dev.quiver.adapters.write.ByteBuilder;
import java.util.Arrays;
import org.apache.arrow.vector.FieldVector;

/**
 * Buffers one leaf's column chunk of a row group: data pages v1 (repetition and definition levels
 * in the RLE/bit-packed hybrid, then the values), compressed as they fill, and the chunk's
 * dictionary page. Subclasses encode the values of one physical type in tight loops over value
 * positions ({@link #writePlain}, and {@link #writeIndices} for types with a dictionary) and keep
 * min/max statistics.
 *
 * <p>Pages are cut between records only (a record's levels and values never span two pages), when
 * the page's encoded size passes {@link #PAGE_BYTES} or it holds {@link #PAGE_ROWS} records.
 *
 * <p>Dictionary encoding, for the types that have one: values are looked up in the chunk's
 * {@link ValueDictionary} and pages hold RLE_DICTIONARY indices. Two ways out, after which the
 * rest of the chunk is PLAIN:
 *
 * <ul>
 *   <li>when the first page with values is cut, if dictionary plus indices are not smaller than
 *       PLAIN would be, that page is re-encoded PLAIN from the dictionary and the dictionary is
 *       dropped (parquet-mr's check; high-cardinality columns never pay for a dictionary);
 *   <li>when the dictionary passes {@link #DICTIONARY_BYTES}, the current page is cut and the
 *       chunk continues PLAIN: it then holds the dictionary page, dictionary-encoded pages, and
 *       PLAIN pages, as parquet-mr and Arrow C++ write them.
 * </ul>
 */
abstract class ColumnChunkWriter {
  /** Target encoded size of a data page. */
  static final int PAGE_BYTES = 1 << 20;
  /** Records per data page at most (parquet-mr's page.row.count.limit). */
  static final int PAGE_ROWS = 20_000;
  /** PLAIN bytes of a dictionary beyond which the chunk falls back to PLAIN (Arrow C++'s default). */
  static final int DICTIONARY_BYTES = 1 << 20;
  /**
   * Level entries encoded between two checks of the page and dictionary sizes (extended to the
   * end of a record); it bounds how far a page or a dictionary can overshoot its limit.
   */
  private static final int SLICE_ENTRIES = 1024;

  // Thrift PageType and Encoding codes.
  private static final int DATA_PAGE = 0;
  private static final int DICTIONARY_PAGE = 2;
  static final int ENCODING_PLAIN = 0;
  static final int ENCODING_RLE = 3;
  static final int ENCODING_RLE_DICTIONARY = 8;
  private static final int LEVELS_LENGTH_BYTES = 4;

  final LeafColumn leaf;
  final ParquetColumnType type;
  private final PageCompressor compressor;
  /** The chunk's dictionary; null for types without one or when dictionaries are off. */
  final ValueDictionary dictionary;
  /** Whether values still go through the dictionary in this chunk. */
  private boolean usingDictionary;
  /** Whether no page with values was cut yet in this chunk. */
  private boolean firstPage = true;

  /** PLAIN values of the current page. */
  final ByteBuilder values = new ByteBuilder(1 << 16);
  /** Dictionary indices of the current page. */
  int[] indices = new int[1024];
  int indexCount;
  private final RleHybridEncoder definitionLevels;
  private final RleHybridEncoder repetitionLevels;
  private final RleHybridEncoder indexEncoder = new RleHybridEncoder(1);
  private int pageEntries;
  private int pageValues;
  private int pageRows;

  private final ByteBuilder page = new ByteBuilder(1 << 16);
  private final CompactProtocolWriter header = new CompactProtocolWriter();
  /** The compressed data pages (with headers) of the chunk so far. */
  final ByteBuilder chunk = new ByteBuilder(1 << 16);
  /** The chunk's dictionary page with its header, once {@link #finishChunk} made it; else empty. */
  final ByteBuilder dictionaryPage = new ByteBuilder(1 << 10);
  long chunkValues;
  long chunkNulls;
  long uncompressedBytes;
  int plainPages;
  int dictionaryPages;

  ColumnChunkWriter(LeafColumn leaf, PageCompressor compressor, ValueDictionary dictionary) {
    this.leaf = leaf;
    this.type = leaf.type;
    this.compressor = compressor;
    this.dictionary = dictionary;
    this.usingDictionary = dictionary != null;
    this.definitionLevels = new RleHybridEncoder(RleHybridEncoder.bitWidth(leaf.maxDef));
    this.repetitionLevels = new RleHybridEncoder(RleHybridEncoder.bitWidth(leaf.maxRep));
  }

  /**
   * Appends a shredded range of records: its levels, and the values at {@code
   * shredded.positions} of {@code vector} (the leaf vector), cutting pages that fill up.
   */
  final void append(RecordShredder shredded, FieldVector vector) {
    int[] defs = shredded.def;
    int[] reps = shredded.rep;
    int[] positions = shredded.positions;
    int entries = shredded.entries;
    int maxDef = leaf.maxDef;
    boolean repeated = leaf.maxRep > 0;
    int e = 0;
    int v = 0;
    while (e < entries) {
      int end = Math.min(entries, e + Math.min(SLICE_ENTRIES, Math.max(1, PAGE_ROWS - pageRows)));
      int records;
      if (repeated) {
        while (end < entries && reps[end] != 0) {
          end++;
        }
        records = 0;
        for (int i = e; i < end; i++) {
          if (reps[i] == 0) {
            records++;
          }
        }
        repetitionLevels.write(reps, e, end);
      } else {
        records = end - e;
      }
      int nonNull = 0;
      for (int i = e; i < end; i++) {
        if (defs[i] == maxDef) {
          nonNull++;
        }
      }
      definitionLevels.write(defs, e, end);
      if (nonNull > 0) {
        if (usingDictionary) {
          writeIndices(vector, positions, v, v + nonNull);
        } else {
          writePlain(vector, positions, v, v + nonNull);
        }
      }
      pageEntries += end - e;
      pageValues += nonNull;
      pageRows += records;
      v += nonNull;
      e = end;
      if (usingDictionary && dictionary.byteSize() >= DICTIONARY_BYTES) {
        flushPage();
        usingDictionary = false;
      } else if (pageRows >= PAGE_ROWS || pageBytes() >= PAGE_BYTES) {
        flushPage();
      }
    }
  }

  /** Appends the values at {@code positions[from, to)} of {@code vector} PLAIN to {@link #values}. */
  abstract void writePlain(FieldVector vector, int[] positions, int from, int to);

  /**
   * Appends the dictionary indices of the values at {@code positions[from, to)} to {@link
   * #indices}, adding new values to {@link #dictionary}. Only types created with a dictionary.
   */
  void writeIndices(FieldVector vector, int[] positions, int from, int to) {
    throw new IllegalStateException(type.source + " has no dictionary");
  }

  /** Room for {@code count} more indices; returns {@link #indices}. */
  final int[] reserveIndices(int count) {
    if (indexCount + count > indices.length) {
      indices = Arrays.copyOf(indices, Math.max(indexCount + count, indices.length * 2));
    }
    return indices;
  }

  /** Moves any values the subclass keeps aside into {@link #values} before a page is cut. */
  void completePageValues() {}

  /** Statistics bounds in PLAIN form, or null when no non-null value was written. */
  abstract byte[] minBytes();

  abstract byte[] maxBytes();

  abstract void resetStatistics();

  /** An estimate of the current page's encoded size (before compression). */
  private int pageBytes() {
    int levels = definitionLevels.estimatedSize() + (leaf.maxRep > 0 ? repetitionLevels.estimatedSize() : 0);
    if (usingDictionary) {
      long bits = (long) indexCount * RleHybridEncoder.bitWidth(Math.max(0, dictionary.size() - 1));
      return (int) Math.min(Integer.MAX_VALUE, levels + bits / Byte.SIZE + 1);
    }
    return levels + values.size();
  }

  /** Whether dictionary plus indices are smaller than the current page's values PLAIN. */
  private boolean dictionaryPaysOff() {
    long plain = 0;
    for (int k = 0; k < indexCount; k++) {
      plain += dictionary.plainLength(indices[k]);
    }
    long bits = (long) indexCount * RleHybridEncoder.bitWidth(dictionary.size() - 1);
    return dictionary.byteSize() + bits / Byte.SIZE + 1 < plain;
  }

  /** Encodes, compresses and appends the current page (if it has entries) to the chunk. */
  final void flushPage() {
    if (pageEntries == 0) {
      return;
    }
    completePageValues();
    boolean dictionaryEncoded = usingDictionary && pageValues > 0;
    if (dictionaryEncoded && firstPage && !dictionaryPaysOff()) {
      values.reset();
      for (int k = 0; k < indexCount; k++) {
        dictionary.appendPlain(indices[k], values);
      }
      dictionary.clear();
      usingDictionary = false;
      dictionaryEncoded = false;
    }
    if (pageValues > 0) {
      firstPage = false;
    }
    page.reset();
    if (leaf.maxRep > 0) {
      putLevels(repetitionLevels);
    }
    putLevels(definitionLevels);
    if (dictionaryEncoded) {
      int bitWidth = RleHybridEncoder.bitWidth(dictionary.size() - 1);
      page.put(bitWidth);
      indexEncoder.reset(bitWidth);
      indexEncoder.write(indices, 0, indexCount);
      ByteBuilder encoded = indexEncoder.finish();
      page.put(encoded.array(), 0, encoded.size());
      dictionaryPages++;
    } else {
      page.put(values.array(), 0, values.size());
      plainPages++;
    }
    ByteBuilder compressed = compressor.compress(page);

    header.reset();
    header.beginStruct();
    header.i32Field(1, DATA_PAGE);
    header.i32Field(2, page.size());
    header.i32Field(3, compressed.size());
    header.structField(5);
    header.i32Field(1, pageEntries);
    header.i32Field(2, dictionaryEncoded ? ENCODING_RLE_DICTIONARY : ENCODING_PLAIN);
    header.i32Field(3, ENCODING_RLE);
    header.i32Field(4, ENCODING_RLE);
    header.endStruct();
    header.endStruct();

    chunk.put(header.array(), 0, header.size());
    chunk.put(compressed.array(), 0, compressed.size());
    uncompressedBytes += header.size() + page.size();
    chunkValues += pageEntries;
    chunkNulls += pageEntries - pageValues;
    pageEntries = 0;
    pageValues = 0;
    pageRows = 0;
    indexCount = 0;
    values.reset();
    definitionLevels.reset(RleHybridEncoder.bitWidth(leaf.maxDef));
    repetitionLevels.reset(RleHybridEncoder.bitWidth(leaf.maxRep));
  }

  /** A v1 page's levels: their byte length (4 bytes, little-endian), then the RLE hybrid. */
  private void putLevels(RleHybridEncoder levels) {
    ByteBuilder encoded = levels.finish();
    page.putIntLittleEndian(encoded.size());
    page.put(encoded.array(), 0, encoded.size());
  }

  /** Cuts the last page and, when any page used the dictionary, builds the dictionary page. */
  final void finishChunk() {
    flushPage();
    dictionaryPage.reset();
    if (dictionaryPages == 0) {
      return;
    }
    ByteBuilder entries = dictionary.entries();
    ByteBuilder compressed = compressor.compress(entries);
    header.reset();
    header.beginStruct();
    header.i32Field(1, DICTIONARY_PAGE);
    header.i32Field(2, entries.size());
    header.i32Field(3, compressed.size());
    header.structField(7);
    header.i32Field(1, dictionary.size());
    header.i32Field(2, ENCODING_PLAIN);
    header.boolField(3, false);
    header.endStruct();
    header.endStruct();
    dictionaryPage.put(header.array(), 0, header.size());
    dictionaryPage.put(compressed.array(), 0, compressed.size());
    uncompressedBytes += header.size() + entries.size();
  }

  /** Forgets the chunk after it was written, keeping buffers; statistics start over. */
  void resetChunk() {
    chunk.reset();
    dictionaryPage.reset();
    chunkValues = 0;
    chunkNulls = 0;
    uncompressedBytes = 0;
    plainPages = 0;
    dictionaryPages = 0;
    firstPage = true;
    if (dictionary != null) {
      dictionary.clear();
      usingDictionary = true;
    }
    resetStatistics();
  }
}
