package dev.quiver.adapters.parquet.read;

import dev.quiver.adapters.parquet.ParquetCorruptionException;
import dev.quiver.adapters.parquet.compress.PageDecompressor;
import dev.quiver.adapters.parquet.decode.ByteStreamSplitDecoder;
import dev.quiver.adapters.parquet.decode.DeltaBinaryPackedDecoder;
import dev.quiver.adapters.parquet.decode.DeltaByteArrayDecoder;
import dev.quiver.adapters.parquet.decode.DeltaLengthByteArrayDecoder;
import dev.quiver.adapters.parquet.decode.DictionaryDecoder;
import dev.quiver.adapters.parquet.decode.LittleEndian;
import dev.quiver.adapters.parquet.decode.PlainDecoder;
import dev.quiver.adapters.parquet.decode.RleBitPackedDecoder;
import dev.quiver.adapters.parquet.decode.RleBooleanDecoder;
import dev.quiver.adapters.parquet.decode.ValueBuffer;
import dev.quiver.adapters.parquet.decode.ValuesDecoder;
import dev.quiver.adapters.parquet.metadata.ColumnChunkMetadata;
import dev.quiver.adapters.parquet.metadata.Encodings;
import dev.quiver.adapters.parquet.metadata.MetadataParser;
import dev.quiver.adapters.parquet.metadata.PageHeader;
import dev.quiver.adapters.parquet.metadata.PhysicalType;
import dev.quiver.adapters.parquet.schema.LeafNode;
import dev.quiver.adapters.spi.DictionaryColumn;
import java.util.Arrays;
import org.apache.arrow.vector.FieldVector;

/**
 * Reads one column chunk (held in memory) page by page: for each batch it decodes the levels of
 * the next N records and, run by run, the non-null values into a dense {@link ValueBuffer}.
 * Records may span pages; repetition levels are looked ahead by one entry to find where the
 * batch's last record ends.
 */
public final class ColumnChunkReader {
  /** Pages larger than this are not written by any real writer; the bound protects memory. */
  static final int MAX_PAGE_BYTES = 256 << 20;

  /** Values of one page that a decoder must hold at once (delta lengths) are bounded too. */
  private static final int MAX_PAGE_VALUES = 1 << 24;

  /** Values decoded at a time when rows of a delta-encoded page are skipped. */
  private static final int SKIP_CHUNK = 4096;

  /** Level entries of one batch (nested values of its records), beyond which we give up. */
  static final int MAX_BATCH_ENTRIES = 1 << 26;

  private final LeafNode leaf;
  private final PhysicalType type;
  private final int codec;
  private final byte[] chunk;
  private int chunkPosition;
  private final int chunkEnd;
  private final PageDecompressor decompressor;
  private final int maxDef;
  private final int maxRep;

  private byte[] pageBuffer = new byte[0];
  private ValueBuffer dictionary;
  private int dictionarySize = -1;
  private DictionaryDecoder dictionaryDecoder;
  private PlainDecoder plainDecoder;
  private RleBooleanDecoder rleBooleanDecoder;
  private DeltaBinaryPackedDecoder deltaBinaryDecoder;
  private DeltaLengthByteArrayDecoder deltaLengthDecoder;
  private DeltaByteArrayDecoder deltaByteArrayDecoder;
  private ByteStreamSplitDecoder byteStreamSplitDecoder;

  private final RleBitPackedDecoder definitionLevels = new RleBitPackedDecoder();
  /** Definition levels of skipped rows, and values decoded only to be dropped. */
  private int[] skipLevels = new int[0];
  /** Data pages stepped over without being decompressed. */
  private int pagesSkipped;
  private final ValueBuffer skipScratch = new ValueBuffer();
  private final RleBitPackedDecoder repetitionLevels = new RleBitPackedDecoder();
  private ValuesDecoder values;
  private DirectLeafWriter direct;
  /** Where {@link #readFlat} puts values: the vector's writer, or null for the batch arrays. */
  private DirectLeafWriter target;
  private int pageEntriesLeft;
  private int pendingRep = -1;
  private boolean pageLoaded;

  /** Definition levels of the current batch (valid when maxDef > 0). */
  int[] defLevels = new int[0];
  /** Repetition levels of the current batch (valid when maxRep > 0). */
  int[] repLevels = new int[0];
  /** Level entries in the current batch. */
  int entries;
  /** Dense non-null values of the current batch. */
  final ValueBuffer batchValues = new ValueBuffer();
  int valueCount;

  /** Whether string batches that are dictionary codes throughout may stay coded. */
  private final boolean keepCodes;

  /**
   * @param keepCodes whether a flat string leaf's batch that is all dictionary codes is left as
   *     codes ({@link #codedColumn()}) instead of being expanded into its vector
   */
  public ColumnChunkReader(
      LeafNode leaf, ColumnChunkMetadata meta, byte[] chunk, int offset, int length,
      PageDecompressor decompressor, boolean keepCodes) {
    this.keepCodes = keepCodes;
    this.leaf = leaf;
    this.type = leaf.element().type();
    this.codec = meta.codec();
    this.chunk = chunk;
    this.chunkPosition = offset;
    this.chunkEnd = offset + length;
    this.decompressor = decompressor;
    this.maxDef = leaf.maxDef();
    this.maxRep = leaf.maxRep();
    if (!PageDecompressor.supports(codec)) {
      throw new ParquetCorruptionException(
          "compression codec " + Encodings.codecName(codec) + " is not supported (supported: "
              + "UNCOMPRESSED, SNAPPY, GZIP, ZSTD, LZ4_RAW, LZ4)");
    }
  }

  /** Reuses the page, level and vector-writing buffers of a finished reader of the same leaf. */
  void takeBuffersOf(ColumnChunkReader finished) {
    if (finished == null) {
      return;
    }
    pageBuffer = finished.pageBuffer;
    defLevels = finished.defLevels;
    repLevels = finished.repLevels;
    direct = finished.direct;
  }

  public LeafNode leaf() {
    return leaf;
  }

  /** The last batch's codes when it was left dictionary-coded, else null. */
  DictionaryColumn codedColumn() {
    return direct == null ? null : direct.codedColumn();
  }

  /** Data pages stepped over undecompressed by {@link #skipRecords}. */
  int pagesSkipped() {
    return pagesSkipped;
  }

  /** Frees the buffers in Arrow memory (codes, dictionary); idempotent. */
  void close() {
    if (direct != null) {
      direct.close();
    }
  }

  /** Decodes the next {@code records} records into the batch arrays. */
  public void readRecords(int records) {
    entries = 0;
    valueCount = 0;
    batchValues.binary.clear();
    if (maxRep == 0) {
      readFlat(records);
    } else {
      readNested(records);
    }
  }

  /**
   * Decodes the next {@code records} records of a leaf that {@link DirectLeafWriter#supports}
   * straight into {@code vector}, leaving the batch arrays unfilled.
   */
  void readRecordsInto(int records, FieldVector vector) {
    entries = 0;
    valueCount = 0;
    if (direct == null) {
      direct = new DirectLeafWriter(leaf, keepCodes);
    }
    direct.begin(vector, records);
    target = direct;
    try {
      readFlat(records);
    } finally {
      target = null;
    }
    direct.finish(records);
  }

  private void readFlat(int records) {
    int left = records;
    while (left > 0) {
      if (pageEntriesLeft == 0) {
        if (!loadNextDataPage()) {
          throw new ParquetCorruptionException(
              "the column chunk ends " + left + " rows before the row group does");
        }
        continue;
      }
      int n = Math.min(left, pageEntriesLeft);
      ensureLevels(entries + n);
      int nonNull = n;
      if (maxDef > 0) {
        definitionLevels.read(defLevels, entries, n);
        nonNull = 0;
        int[] defs = defLevels;
        for (int i = entries, end = entries + n; i < end; i++) {
          if (defs[i] == maxDef) {
            nonNull++;
          }
        }
      }
      if (target == null) {
        readValues(nonNull);
      } else {
        writeValues(n, nonNull);
      }
      entries += n;
      pageEntriesLeft -= n;
      left -= n;
    }
  }

  private void readNested(int records) {
    int left = records;
    int segmentNonNull = 0;
    while (true) {
      if (pageEntriesLeft == 0) {
        readValues(segmentNonNull);
        segmentNonNull = 0;
        if (!loadNextDataPage()) {
          if (left > 0) {
            throw new ParquetCorruptionException(
                "the column chunk ends " + left + " records before the row group does");
          }
          return;
        }
        continue;
      }
      int rep = pendingRep >= 0 ? pendingRep : repetitionLevels.next();
      pendingRep = -1;
      if (rep == 0) {
        if (left == 0) {
          pendingRep = rep;
          readValues(segmentNonNull);
          return;
        }
        left--;
      } else if (entries == 0) {
        throw new ParquetCorruptionException(
            "a record starts with repetition level " + rep + " instead of 0");
      }
      int def = maxDef > 0 ? definitionLevels.next() : 0;
      if (entries == defLevels.length) {
        ensureLevels(entries + 1);
      }
      defLevels[entries] = def;
      repLevels[entries] = rep;
      entries++;
      pageEntriesLeft--;
      if (def == maxDef) {
        segmentNonNull++;
      }
    }
  }

  private void ensureLevels(int size) {
    if (size > MAX_BATCH_ENTRIES) {
      throw new ParquetCorruptionException(
          "one batch holds more than " + MAX_BATCH_ENTRIES + " nested values; read with smaller batches");
    }
    if (defLevels.length < size) {
      int capacity = (int) Math.min(MAX_BATCH_ENTRIES, Math.max(size, defLevels.length * 2L));
      defLevels = Arrays.copyOf(defLevels, capacity);
      repLevels = Arrays.copyOf(repLevels, capacity);
    }
  }

  private void writeValues(int n, int nonNull) {
    if (nonNull > 0 && values == null) {
      throw new ParquetCorruptionException("values were expected but the page has none");
    }
    target.write(values, defLevels, maxDef, entries, n, nonNull);
    valueCount += nonNull;
  }

  private void readValues(int count) {
    if (count == 0) {
      return;
    }
    if (values == null) {
      throw new ParquetCorruptionException("values were expected but the page has none");
    }
    decode(values, type, batchValues, valueCount, count);
    valueCount += count;
  }

  /**
   * Decodes {@code count} values of physical type {@code type} from {@code from} into {@code
   * into} at {@code offset} (byte arrays are appended), growing its array as needed.
   */
  private static void decode(
      ValuesDecoder from, PhysicalType type, ValueBuffer into, int offset, int count) {
    int end = offset + count;
    switch (type) {
      case BOOLEAN, INT32 -> {
        into.ensureInts(end);
        from.readInts(into.ints, offset, count);
      }
      case INT64, INT96 -> {
        into.ensureLongs(end);
        from.readLongs(into.longs, offset, count);
      }
      case FLOAT -> {
        into.ensureFloats(end);
        from.readFloats(into.floats, offset, count);
      }
      case DOUBLE -> {
        into.ensureDoubles(end);
        from.readDoubles(into.doubles, offset, count);
      }
      case BYTE_ARRAY, FIXED_LEN_BYTE_ARRAY -> from.readBinary(into.binary, count);
    }
  }

  /** Moves to the next data page, decoding a dictionary page on the way; false at the end. */
  private boolean loadNextDataPage() {
    while (chunkPosition < chunkEnd) {
      int headerStart = chunkPosition;
      PageHeader header = nextPageHeader();
      int dataStart = headerStart + header.headerSize();
      if (startPage(header, dataStart)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Reads and checks the page header at {@link #chunkPosition} and moves past the page; the page's
   * data starts {@code header.headerSize()} bytes after where the header did.
   */
  private PageHeader nextPageHeader() {
    PageHeader header = MetadataParser.parsePageHeader(chunk, chunkPosition, chunkEnd);
    int dataStart = chunkPosition + header.headerSize();
    if (header.compressedSize() > chunkEnd - dataStart) {
      throw new ParquetCorruptionException(
          "a page of " + header.compressedSize() + " bytes runs past the column chunk's end ("
              + (chunkEnd - dataStart) + " bytes left)");
    }
    if (header.uncompressedSize() > MAX_PAGE_BYTES) {
      throw new ParquetCorruptionException(
          "a page declares " + header.uncompressedSize() + " bytes, more than the "
              + MAX_PAGE_BYTES + " this reader accepts");
    }
    chunkPosition = dataStart + header.compressedSize();
    return header;
  }

  /** Decodes a dictionary page, or starts a data page; true when a data page with values began. */
  private boolean startPage(PageHeader header, int dataStart) {
    return switch (header.type()) {
      case PageHeader.DICTIONARY_PAGE -> {
        readDictionary(header, dataStart);
        yield false;
      }
      case PageHeader.DATA_PAGE -> startDataPageV1(header, dataStart);
      case PageHeader.DATA_PAGE_V2 -> startDataPageV2(header, dataStart);
      // Index pages and unknown page types carry nothing this reader needs.
      default -> false;
    };
  }

  /**
   * Passes over the next {@code records} rows of a flat leaf without writing them anywhere: data
   * pages that lie wholly inside the skipped rows are stepped over without being decompressed,
   * and within a page only levels and value lengths are read. Dictionary pages are still decoded
   * (later pages need them).
   */
  void skipRecords(int records) {
    if (maxRep != 0) {
      throw new IllegalStateException("only flat columns skip rows");
    }
    int left = records;
    while (left > 0) {
      if (pageEntriesLeft == 0) {
        left = skipWholePages(left);
        continue;
      }
      int n = Math.min(left, pageEntriesLeft);
      int nonNull = n;
      if (maxDef > 0) {
        if (skipLevels.length < n) {
          skipLevels = new int[Math.max(n, 2 * skipLevels.length)];
        }
        definitionLevels.read(skipLevels, 0, n);
        nonNull = 0;
        for (int i = 0; i < n; i++) {
          if (skipLevels[i] == maxDef) {
            nonNull++;
          }
        }
      }
      skipValues(nonNull);
      pageEntriesLeft -= n;
      left -= n;
    }
  }

  /**
   * Steps over whole data pages of at most {@code records} rows; starts the first page that holds
   * rows past them and returns how many rows of it are still to skip (0 when the skip ended on a
   * page boundary, the next page not yet started).
   */
  private int skipWholePages(int records) {
    int left = records;
    while (left > 0) {
      if (chunkPosition >= chunkEnd) {
        throw new ParquetCorruptionException(
            "the column chunk ends " + left + " rows before the row group does");
      }
      int headerStart = chunkPosition;
      PageHeader header = nextPageHeader();
      boolean data = header.type() == PageHeader.DATA_PAGE || header.type() == PageHeader.DATA_PAGE_V2;
      if (data && header.numValues() >= 0 && header.numValues() <= left) {
        left -= header.numValues(); // flat column: one level entry per row
        pagesSkipped++;
        continue;
      }
      if (startPage(header, headerStart + header.headerSize())) {
        return left;
      }
    }
    return 0;
  }

  private void skipValues(int count) {
    if (count == 0) {
      return;
    }
    if (values == null) {
      throw new ParquetCorruptionException("values were expected but the page has none");
    }
    if (values instanceof PlainDecoder plain) {
      plain.skip(count);
    } else if (values instanceof DictionaryDecoder dictionaryValues) {
      dictionaryValues.skip(count);
    } else {
      // Delta and byte-stream-split pages: decode and drop, in bounded pieces.
      int left = count;
      while (left > 0) {
        int n = Math.min(left, SKIP_CHUNK);
        skipScratch.binary.clear();
        decode(values, type, skipScratch, 0, n);
        left -= n;
      }
    }
  }

  private void readDictionary(PageHeader header, int dataStart) {
    if (dictionarySize >= 0) {
      throw new ParquetCorruptionException("the column chunk has a second dictionary page");
    }
    if (header.encoding() != Encodings.PLAIN && header.encoding() != Encodings.PLAIN_DICTIONARY) {
      throw new ParquetCorruptionException(
          "dictionary page encoded as " + Encodings.encodingName(header.encoding()));
    }
    int size = header.uncompressedSize();
    byte[] bytes = new byte[size];
    decompressor.decompress(codec, chunk, dataStart, header.compressedSize(), bytes, 0, size);
    int count = header.numValues();
    long maxCount = (long) size * 8 / Math.max(1, minValueBits());
    if (count < 0 || count > maxCount) {
      throw new ParquetCorruptionException(
          "dictionary page of " + size + " bytes claims " + count + " " + type + " values");
    }
    PlainDecoder plain = new PlainDecoder(type, leaf.element().typeLength());
    plain.reset(bytes, 0, size);
    ValueBuffer entries = new ValueBuffer();
    decode(plain, type, entries, 0, count);
    dictionary = entries;
    dictionarySize = count;
    dictionaryDecoder = new DictionaryDecoder(entries, count, type);
  }

  /** The fewest bits one PLAIN value of this column takes. */
  private int minValueBits() {
    return switch (type) {
      case BOOLEAN -> 1;
      case INT32, FLOAT, BYTE_ARRAY -> Integer.SIZE;
      case INT64, DOUBLE -> Long.SIZE;
      case INT96 -> 96;
      case FIXED_LEN_BYTE_ARRAY -> leaf.element().typeLength() * 8;
    };
  }

  private boolean startDataPageV1(PageHeader header, int dataStart) {
    int count = header.numValues();
    if (count < 0) {
      throw new ParquetCorruptionException("a data page claims " + count + " values");
    }
    byte[] bytes;
    int position;
    int end;
    int size = header.uncompressedSize();
    if (codec == Encodings.UNCOMPRESSED) {
      if (header.compressedSize() != size) {
        throw new ParquetCorruptionException(
            "uncompressed page of " + header.compressedSize() + " bytes declares " + size);
      }
      bytes = chunk;
      position = dataStart;
      end = dataStart + size;
    } else {
      bytes = pageBytes(size);
      decompressor.decompress(codec, chunk, dataStart, header.compressedSize(), bytes, 0, size);
      position = 0;
      end = size;
    }
    if (maxRep > 0) {
      position = startLevelsV1(repetitionLevels, header.repetitionEncoding(), bytes, position, end, maxRep, "repetition");
    }
    if (maxDef > 0) {
      position = startLevelsV1(definitionLevels, header.definitionEncoding(), bytes, position, end, maxDef, "definition");
    }
    startValues(header.encoding(), bytes, position, end, count);
    pageEntriesLeft = count;
    pendingRep = -1;
    return count > 0;
  }

  private int startLevelsV1(
      RleBitPackedDecoder decoder, int encoding, byte[] bytes, int position, int end, int maxLevel,
      String what) {
    if (encoding != Encodings.RLE) {
      throw new ParquetCorruptionException(
          what + " levels encoded as " + Encodings.encodingName(encoding) + " are not supported");
    }
    if (end - position < Integer.BYTES) {
      throw new ParquetCorruptionException(what + " levels' length is cut off");
    }
    int length = LittleEndian.getInt(bytes, position);
    position += Integer.BYTES;
    if (length < 0 || length > end - position) {
      throw new ParquetCorruptionException(
          what + " levels of " + length + " bytes overrun the page (" + (end - position) + " left)");
    }
    decoder.reset(bytes, position, position + length, bitWidth(maxLevel));
    return position + length;
  }

  private boolean startDataPageV2(PageHeader header, int dataStart) {
    int count = header.numValues();
    int repLength = header.repetitionLength();
    int defLength = header.definitionLength();
    int compressedSize = header.compressedSize();
    if (count < 0 || repLength < 0 || defLength < 0
        || (long) repLength + defLength > compressedSize
        || (long) repLength + defLength > header.uncompressedSize()) {
      throw new ParquetCorruptionException(
          "a v2 data page has level lengths " + repLength + "/" + defLength + " for "
              + compressedSize + " bytes and " + count + " values");
    }
    int levelsEnd = dataStart + repLength + defLength;
    if (maxRep > 0) {
      repetitionLevels.reset(chunk, dataStart, dataStart + repLength, bitWidth(maxRep));
    }
    if (maxDef > 0) {
      definitionLevels.reset(chunk, dataStart + repLength, levelsEnd, bitWidth(maxDef));
    }
    int valuesCompressed = compressedSize - repLength - defLength;
    int valuesSize = header.uncompressedSize() - repLength - defLength;
    if (!header.compressed() || codec == Encodings.UNCOMPRESSED || valuesSize == 0) {
      if (valuesCompressed != valuesSize && valuesSize != 0) {
        throw new ParquetCorruptionException(
            "uncompressed v2 page values of " + valuesCompressed + " bytes declare " + valuesSize);
      }
      startValues(header.encoding(), chunk, levelsEnd, levelsEnd + valuesCompressed, count);
    } else {
      byte[] bytes = pageBytes(valuesSize);
      decompressor.decompress(codec, chunk, levelsEnd, valuesCompressed, bytes, 0, valuesSize);
      startValues(header.encoding(), bytes, 0, valuesSize, count);
    }
    pageEntriesLeft = count;
    pendingRep = -1;
    return count > 0;
  }

  private byte[] pageBytes(int size) {
    if (pageBuffer.length < size) {
      pageBuffer = new byte[size];
    }
    return pageBuffer;
  }

  private static int bitWidth(int maxLevel) {
    return 32 - Integer.numberOfLeadingZeros(maxLevel);
  }

  private void startValues(int encoding, byte[] bytes, int position, int end, int count) {
    int fixedLength = leaf.element().typeLength();
    int bounded = Math.min(count, MAX_PAGE_VALUES);
    switch (encoding) {
      case Encodings.PLAIN -> {
        if (plainDecoder == null) {
          plainDecoder = new PlainDecoder(type, fixedLength);
        }
        plainDecoder.reset(bytes, position, end);
        values = plainDecoder;
      }
      case Encodings.PLAIN_DICTIONARY, Encodings.RLE_DICTIONARY -> {
        if (dictionaryDecoder == null) {
          throw new ParquetCorruptionException(
              "a dictionary-encoded page comes without a dictionary page");
        }
        dictionaryDecoder.reset(bytes, position, end);
        values = dictionaryDecoder;
      }
      case Encodings.RLE -> {
        requireType(encoding, type == PhysicalType.BOOLEAN);
        if (rleBooleanDecoder == null) {
          rleBooleanDecoder = new RleBooleanDecoder();
        }
        rleBooleanDecoder.reset(bytes, position, end);
        values = rleBooleanDecoder;
      }
      case Encodings.DELTA_BINARY_PACKED -> {
        requireType(encoding, type == PhysicalType.INT32 || type == PhysicalType.INT64);
        if (deltaBinaryDecoder == null) {
          deltaBinaryDecoder = new DeltaBinaryPackedDecoder();
        }
        deltaBinaryDecoder.reset(bytes, position, end, count);
        values = deltaBinaryDecoder;
      }
      case Encodings.DELTA_LENGTH_BYTE_ARRAY -> {
        requireType(encoding, type == PhysicalType.BYTE_ARRAY);
        if (deltaLengthDecoder == null) {
          deltaLengthDecoder = new DeltaLengthByteArrayDecoder();
        }
        deltaLengthDecoder.reset(bytes, position, end, bounded);
        values = deltaLengthDecoder;
      }
      case Encodings.DELTA_BYTE_ARRAY -> {
        requireType(encoding,
            type == PhysicalType.BYTE_ARRAY || type == PhysicalType.FIXED_LEN_BYTE_ARRAY);
        if (deltaByteArrayDecoder == null) {
          deltaByteArrayDecoder = new DeltaByteArrayDecoder();
        }
        deltaByteArrayDecoder.reset(bytes, position, end, bounded);
        values = deltaByteArrayDecoder;
      }
      case Encodings.BYTE_STREAM_SPLIT -> {
        if (byteStreamSplitDecoder == null) {
          byteStreamSplitDecoder = new ByteStreamSplitDecoder(type, fixedLength);
        }
        byteStreamSplitDecoder.reset(bytes, position, end);
        values = byteStreamSplitDecoder;
      }
      default -> throw new ParquetCorruptionException(
          "value encoding " + Encodings.encodingName(encoding) + " is not supported");
    }
  }

  private void requireType(int encoding, boolean ok) {
    if (!ok) {
      throw new ParquetCorruptionException(
          "encoding " + Encodings.encodingName(encoding) + " cannot hold " + type + " values");
    }
  }
}
