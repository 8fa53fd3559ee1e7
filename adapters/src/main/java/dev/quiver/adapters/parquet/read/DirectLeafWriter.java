package dev.quiver.adapters.parquet.read;

import dev.quiver.adapters.arrow.UncheckedWrites;
import dev.quiver.adapters.parquet.ParquetCorruptionException;
import dev.quiver.adapters.parquet.decode.BinaryValues;
import dev.quiver.adapters.parquet.decode.DictionaryDecoder;
import dev.quiver.adapters.parquet.decode.LittleEndian;
import dev.quiver.adapters.parquet.decode.PlainDecoder;
import dev.quiver.adapters.parquet.decode.ValueBuffer;
import dev.quiver.adapters.parquet.decode.ValuesDecoder;
import dev.quiver.adapters.parquet.metadata.PhysicalType;
import dev.quiver.adapters.parquet.schema.LeafNode;
import dev.quiver.adapters.spi.DictionaryColumn;
import dev.quiver.adapters.spi.StringDictionary;
import org.apache.arrow.memory.util.MemoryUtil;
import org.apache.arrow.vector.BaseFixedWidthVector;
import org.apache.arrow.vector.BaseVariableWidthVector;
import org.apache.arrow.vector.FieldVector;

/**
 * Decodes a flat leaf's values straight into its Arrow vector, one page segment at a time, for
 * the kinds whose Arrow value is the Parquet physical value unchanged. Skipping the dense
 * intermediate arrays saves a pass over every value: PLAIN values are copied in bulk, dictionary
 * indices are looked up straight into the data buffer, and validity comes from the definition
 * levels. Other encodings still decode through a scratch array.
 *
 * <p>String columns whose batch is dictionary-encoded throughout can stay as codes into the
 * dictionary ({@link DictionaryColumn}) when the reader's caller accepts them.
 */
final class DirectLeafWriter {
  /** Text of one batch must fit an Arrow variable-width vector (int offsets), as BinaryValues. */
  private static final long MAX_BATCH_BYTES = Integer.MAX_VALUE - 16;

  private static final int BITS_PER_BYTE = 8;
  private static final int BIT_INDEX_MASK = BITS_PER_BYTE - 1;
  private static final byte ALL_VALID = (byte) 0xff;

  private final PhysicalType type;
  /** Bytes per value for fixed-width kinds, 0 for byte arrays. */
  private final int width;
  /** Whether a batch that is all dictionary codes may be left as codes. */
  private final boolean keepCodes;
  private final ValueBuffer scratch = new ValueBuffer();

  private FieldVector vector;
  private long validity;
  private long data;
  private long offsets;
  private int bytesEnd;

  /** Dictionary entries as raw little-endian bits, computed once per dictionary. */
  private DictionaryDecoder bitsFor;
  private long[] longBits;
  private int[] intBits;

  /** Byte arrays: the vector, its codes, and the current dictionary page in Arrow form. */
  private BaseVariableWidthVector variable;
  private DictionaryColumn coded;
  private long codesAddress;
  private DictionaryDecoder dictionaryFor;
  private StringDictionary currentDictionary;
  /** Whether every slot of the batch so far is a code, and up to which slot. */
  private boolean coding;
  private int codedRows;
  /** Whether the batch just finished was left as codes. */
  private boolean codedOutput;

  /**
   * @param keepCodes whether string batches that are dictionary codes throughout may stay coded
   */
  DirectLeafWriter(LeafNode leaf, boolean keepCodes) {
    this.type = leaf.element().type();
    this.width = switch (type) {
      case INT32, FLOAT -> Integer.BYTES;
      case INT64, DOUBLE -> Long.BYTES;
      default -> 0;
    };
    this.keepCodes = keepCodes;
  }

  /** Whether {@code leaf}'s values can go straight into its vector. */
  static boolean supports(LeafNode leaf) {
    if (leaf.maxRep() != 0) {
      return false;
    }
    PhysicalType type = leaf.element().type();
    return switch (leaf.kind()) {
      case INT32, DATE -> type == PhysicalType.INT32;
      case INT64, TIME_MICROS, TIMESTAMP_MICROS -> type == PhysicalType.INT64;
      case FLOAT -> type == PhysicalType.FLOAT;
      case DOUBLE -> type == PhysicalType.DOUBLE;
      case STRING, BINARY -> type == PhysicalType.BYTE_ARRAY;
      default -> false;
    };
  }

  /** Readies {@code target} for a batch of {@code rows} values, all null until written. */
  void begin(FieldVector target, int rows) {
    vector = target;
    if (width > 0) {
      BaseFixedWidthVector fixed = (BaseFixedWidthVector) target;
      VectorPreparation.fixedWidth(fixed, rows);
      data = fixed.getDataBufferAddress();
      validity = fixed.getValidityBufferAddress();
    } else {
      BaseVariableWidthVector target2 = (BaseVariableWidthVector) target;
      if (coded == null || variable != target2) {
        if (coded != null) {
          coded.close();
        }
        variable = target2;
        coded = new DictionaryColumn(variable, variable.getAllocator());
      }
      VectorPreparation.variableWidth(variable, rows, 0);
      validity = variable.getValidityBufferAddress();
      offsets = variable.getOffsetBufferAddress();
      MemoryUtil.putInt(offsets, 0);
      bytesEnd = 0;
      codesAddress = coded.begin(rows);
      coding = true;
      codedRows = 0;
      codedOutput = false;
    }
  }

  /**
   * Writes slots {@code [start, start + n)}: {@code nonNull} values come from {@code values}, the
   * rest are nulls where {@code defs[i] != maxDef} (no levels are read when all are non-null).
   */
  void write(ValuesDecoder values, int[] defs, int maxDef, int start, int n, int nonNull) {
    boolean dense = nonNull == n;
    if (dense) {
      setValidRange(start, n);
    } else {
      for (int i = start, end = start + n; i < end; i++) {
        if (defs[i] == maxDef) {
          UncheckedWrites.setValid(validity, i);
        }
      }
    }
    if (width == 0) {
      writeBinary(values, defs, maxDef, start, n, nonNull);
    } else if (nonNull > 0) {
      writeFixed(values, defs, maxDef, start, n, nonNull, dense);
    }
  }

  /** Ends the batch of {@code rows} values. */
  void finish(int rows) {
    if (width == 0) {
      if (coding && codedRows == rows && keepCodes) {
        coded.end(currentDictionary);
        codedOutput = true;
      } else {
        stopCoding(rows);
        variable.setLastSet(rows - 1);
        vector.setValueCount(rows);
      }
    } else {
      vector.setValueCount(rows);
    }
    vector = null;
  }

  private void setValidRange(int start, int n) {
    int s = start;
    int end = start + n;
    while (s < end && (s & BIT_INDEX_MASK) != 0) {
      UncheckedWrites.setValid(validity, s++);
    }
    int fullBytes = (end - s) / BITS_PER_BYTE;
    if (fullBytes > 0) {
      MemoryUtil.setMemory(validity + s / BITS_PER_BYTE, fullBytes, ALL_VALID);
      s += fullBytes * BITS_PER_BYTE;
    }
    while (s < end) {
      UncheckedWrites.setValid(validity, s++);
    }
  }

  private void writeFixed(
      ValuesDecoder values, int[] defs, int maxDef, int start, int n, int nonNull, boolean dense) {
    if (values instanceof PlainDecoder plain) {
      int position = plain.takeFixed(nonNull, width);
      byte[] bytes = plain.bytes();
      if (dense) {
        MemoryUtil.copyToMemory(bytes, position, data + (long) start * width, (long) n * width);
      } else if (width == Long.BYTES) {
        for (int i = start, end = start + n; i < end; i++) {
          if (defs[i] == maxDef) {
            UncheckedWrites.putLong(data, i, LittleEndian.getLong(bytes, position));
            position += Long.BYTES;
          }
        }
      } else {
        for (int i = start, end = start + n; i < end; i++) {
          if (defs[i] == maxDef) {
            UncheckedWrites.putInt(data, i, LittleEndian.getInt(bytes, position));
            position += Integer.BYTES;
          }
        }
      }
      return;
    }
    int[] index = null;
    if (values instanceof DictionaryDecoder dictionary) {
      index = dictionary.readIndices(nonNull);
      dictionaryBits(dictionary);
    } else {
      decodeBits(values, nonNull);
    }
    if (width == Long.BYTES) {
      placeLongs(index, defs, maxDef, start, n, dense);
    } else {
      placeInts(index, defs, maxDef, start, n, dense);
    }
  }

  /** Points {@link #longBits} / {@link #intBits} at the dictionary's entries as raw bits. */
  private void dictionaryBits(DictionaryDecoder dictionary) {
    if (bitsFor == dictionary) {
      return;
    }
    ValueBuffer entries = dictionary.dictionary();
    switch (type) {
      case INT64 -> longBits = entries.longs;
      case INT32 -> intBits = entries.ints;
      case DOUBLE -> {
        longBits = new long[entries.doubles.length];
        for (int i = 0; i < longBits.length; i++) {
          longBits[i] = Double.doubleToRawLongBits(entries.doubles[i]);
        }
      }
      default -> {
        intBits = new int[entries.floats.length];
        for (int i = 0; i < intBits.length; i++) {
          intBits[i] = Float.floatToRawIntBits(entries.floats[i]);
        }
      }
    }
    bitsFor = dictionary;
  }

  /** Rarer encodings: decode densely into scratch, then point the bits arrays at it. */
  private void decodeBits(ValuesDecoder values, int count) {
    bitsFor = null;
    switch (type) {
      case INT64 -> {
        scratch.ensureLongs(count);
        values.readLongs(scratch.longs, 0, count);
        longBits = scratch.longs;
      }
      case INT32 -> {
        scratch.ensureInts(count);
        values.readInts(scratch.ints, 0, count);
        intBits = scratch.ints;
      }
      case DOUBLE -> {
        scratch.ensureDoubles(count);
        scratch.ensureLongs(count);
        values.readDoubles(scratch.doubles, 0, count);
        for (int i = 0; i < count; i++) {
          scratch.longs[i] = Double.doubleToRawLongBits(scratch.doubles[i]);
        }
        longBits = scratch.longs;
      }
      default -> {
        scratch.ensureFloats(count);
        scratch.ensureInts(count);
        values.readFloats(scratch.floats, 0, count);
        for (int i = 0; i < count; i++) {
          scratch.ints[i] = Float.floatToRawIntBits(scratch.floats[i]);
        }
        intBits = scratch.ints;
      }
    }
  }

  /** Value {@code k} of the segment is {@code longBits[index[k]]}, or {@code longBits[k]}. */
  private void placeLongs(int[] index, int[] defs, int maxDef, int start, int n, boolean dense) {
    long[] bits = longBits;
    long address = data;
    int end = start + n;
    if (dense && index != null) {
      for (int i = start, k = 0; i < end; i++, k++) {
        UncheckedWrites.putLong(address, i, bits[index[k]]);
      }
    } else if (dense) {
      for (int i = start, k = 0; i < end; i++, k++) {
        UncheckedWrites.putLong(address, i, bits[k]);
      }
    } else {
      for (int i = start, k = 0; i < end; i++) {
        if (defs[i] == maxDef) {
          UncheckedWrites.putLong(address, i, bits[index != null ? index[k] : k]);
          k++;
        }
      }
    }
  }

  /** As {@link #placeLongs} for 4-byte values. */
  private void placeInts(int[] index, int[] defs, int maxDef, int start, int n, boolean dense) {
    int[] bits = intBits;
    long address = data;
    int end = start + n;
    if (dense && index != null) {
      for (int i = start, k = 0; i < end; i++, k++) {
        UncheckedWrites.putInt(address, i, bits[index[k]]);
      }
    } else if (dense) {
      for (int i = start, k = 0; i < end; i++, k++) {
        UncheckedWrites.putInt(address, i, bits[k]);
      }
    } else {
      for (int i = start, k = 0; i < end; i++) {
        if (defs[i] == maxDef) {
          UncheckedWrites.putInt(address, i, bits[index != null ? index[k] : k]);
          k++;
        }
      }
    }
  }

  /**
   * Byte arrays. Dictionary segments write one code per slot (NULL slots the dictionary's NULL
   * code); while every segment of the batch so far was one, the batch stays coded. A segment of
   * another encoding turns the codes so far into bytes and the rest of the batch is written as
   * bytes: other encodings decode into scratch and go over in one copy.
   */
  private void writeBinary(
      ValuesDecoder values, int[] defs, int maxDef, int start, int n, int nonNull) {
    int end = start + n;
    if (values instanceof DictionaryDecoder dictionary) {
      StringDictionary entries = stringDictionary(dictionary);
      writeCodes(dictionary, entries, defs, maxDef, start, n, nonNull);
      if (coding) {
        codedRows = end;
      } else {
        bytesEnd = DictionaryColumn.expand(entries, codesAddress, start, end, bytesEnd, variable);
      }
      return;
    }
    stopCoding(start);
    if (nonNull == 0) {
      for (int i = start; i < end; i++) {
        UncheckedWrites.putInt(offsets, i + 1, bytesEnd);
      }
      return;
    }
    BinaryValues source = scratch.binary;
    source.clear();
    values.readBinary(source, nonNull);
    long total = source.offsets()[nonNull];
    long dataAddress = reserveBytes(bytesEnd + total);
    int[] entryOffsets = source.offsets();
    int at = bytesEnd;
    boolean dense = nonNull == n;
    MemoryUtil.copyToMemory(source.bytes(), 0, dataAddress + at, total);
    for (int i = start, k = 0; i < end; i++) {
      if (dense || defs[i] == maxDef) {
        k++;
        at = bytesEnd + entryOffsets[k];
      }
      UncheckedWrites.putInt(offsets, i + 1, at);
    }
    bytesEnd = at;
  }

  /** Codes of slots {@code [start, start + n)}: the next {@code nonNull} indices, NULLs coded. */
  private void writeCodes(
      DictionaryDecoder dictionary, StringDictionary entries, int[] defs, int maxDef, int start,
      int n, int nonNull) {
    int end = start + n;
    long address = codesAddress;
    if (nonNull == n) {
      int[] index = dictionary.readIndices(nonNull);
      for (int i = start, k = 0; i < end; i++, k++) {
        UncheckedWrites.putInt(address, i, index[k]);
      }
      return;
    }
    int nullCode = entries.nullCode();
    int[] index = nonNull > 0 ? dictionary.readIndices(nonNull) : null;
    for (int i = start, k = 0; i < end; i++) {
      UncheckedWrites.putInt(address, i, defs[i] == maxDef ? index[k++] : nullCode);
    }
  }

  /**
   * Ends the batch's coded prefix at slot {@code start}: its codes become bytes, and the rest of
   * the batch is written as bytes too.
   */
  private void stopCoding(int start) {
    if (!coding) {
      return;
    }
    coding = false;
    if (codedRows != start) {
      throw new IllegalStateException("coded slots end at " + codedRows + ", not at " + start);
    }
    if (codedRows > 0) {
      bytesEnd = DictionaryColumn.expand(currentDictionary, codesAddress, 0, codedRows, 0, variable);
    }
  }

  /** The Arrow form of {@code dictionary}'s entries, built once per dictionary page. */
  private StringDictionary stringDictionary(DictionaryDecoder dictionary) {
    if (dictionaryFor != dictionary) {
      if (codedRows > 0) {
        throw new ParquetCorruptionException("the dictionary changed within one batch");
      }
      closeDictionary();
      BinaryValues entries = dictionary.dictionary().binary;
      currentDictionary =
          StringDictionary.of(
              entries.bytes(), entries.offsets(), entries.count(), variable.getField(),
              variable.getAllocator());
      dictionaryFor = dictionary;
    }
    return currentDictionary;
  }

  /** The batch just finished when it was left as codes, else null (its bytes were written). */
  DictionaryColumn codedColumn() {
    return codedOutput ? coded : null;
  }

  private void closeDictionary() {
    if (currentDictionary != null) {
      currentDictionary.close();
      currentDictionary = null;
      dictionaryFor = null;
    }
  }

  /** Frees the codes and the dictionary's vector; idempotent. */
  void close() {
    closeDictionary();
    if (coded != null) {
      coded.close();
      coded = null;
    }
  }

  /** Grows the data buffer to hold {@code needed} bytes; returns its address. */
  private long reserveBytes(long needed) {
    if (needed > MAX_BATCH_BYTES) {
      throw new ParquetCorruptionException(
          "one batch of a binary column holds more than 2 GB; read with smaller batches");
    }
    BaseVariableWidthVector variable = (BaseVariableWidthVector) vector;
    long capacity = variable.getDataBuffer().capacity();
    if (capacity < needed) {
      variable.reallocDataBuffer(Math.max(needed, capacity * 2));
    }
    return variable.getDataBufferAddress();
  }
}
