package dev.quiver.adapters.spi;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.util.MemoryUtil;
import org.apache.arrow.vector.BaseVariableWidthVector;
import org.apache.arrow.vector.IntVector;

/**
 * A string column of the current batch held as codes into a {@link StringDictionary}: one 4-byte
 * code per row (never null: a NULL row has the dictionary's {@link StringDictionary#nullCode()}),
 * while the column's plain vector stays empty until someone asks for its values with {@link
 * #materialize()}. Grouping and filtering on the codes is what makes a low-cardinality column
 * cheap (pandas' {@code category} dtype).
 *
 * <p>Ownership: the reader owns this object, its codes and the plain vector, and reuses them
 * batch after batch; like the rest of the batch they are valid until the reader's next {@code
 * next()}. The plain vector's validity is always set; its offsets and bytes only once
 * materialized (before that it reads as empty strings).
 */
public final class DictionaryColumn implements AutoCloseable {
  private final BaseVariableWidthVector values;
  private final IntVector codes;
  private StringDictionary dictionary;
  private int rows;
  private boolean materialized;

  public DictionaryColumn(BaseVariableWidthVector values, BufferAllocator allocator) {
    this.values = values;
    this.codes = new IntVector(values.getName() + "$codes", allocator);
  }

  /**
   * Starts a batch of {@code rows} rows: returns the address to write their codes at (4 bytes
   * each), valid until the next call.
   */
  public long begin(int rows) {
    this.dictionary = null;
    this.rows = rows;
    this.materialized = false;
    if (codes.getValueCapacity() < rows) {
      codes.clear();
      codes.allocateNew(Math.max(rows, 1));
    }
    return codes.getDataBufferAddress();
  }

  /**
   * Ends a batch whose codes into {@code dictionary} were all written: the codes vector holds
   * {@code rows} non-null values, and the plain vector {@code rows} empty strings until
   * materialized.
   */
  public void end(StringDictionary dictionary) {
    this.dictionary = dictionary;
    MemoryUtil.setMemory(codes.getValidityBufferAddress(), (rows + 7) / 8, (byte) 0xff);
    codes.setValueCount(rows);
    MemoryUtil.setMemory(values.getOffsetBufferAddress(), (long) (rows + 1) * Integer.BYTES, (byte) 0);
    values.setLastSet(rows - 1);
    values.setValueCount(rows);
  }

  public StringDictionary dictionary() {
    return dictionary;
  }

  /** One code per row, never null. */
  public IntVector codes() {
    return codes;
  }

  public int code(int row) {
    return MemoryUtil.getInt(codes.getDataBufferAddress() + (long) row * Integer.BYTES);
  }

  public int rows() {
    return rows;
  }

  /** The plain vector, without filling it. */
  public BaseVariableWidthVector values() {
    return values;
  }

  /** The plain vector with every row's value copied in from the dictionary (once per batch). */
  public BaseVariableWidthVector materialize() {
    if (!materialized) {
      expand(dictionary, codes.getDataBufferAddress(), 0, rows, 0, values);
      values.setLastSet(rows - 1);
      values.setValueCount(rows);
      materialized = true;
    }
    return values;
  }

  /**
   * Copies the entries of codes {@code [from, to)} (read at {@code codesAddress}) into rows
   * {@code [from, to)} of {@code target}, whose bytes so far end at {@code bytesEnd}; writes their
   * end offsets and returns the new end. Validity is left alone (the caller set it). Entries up to
   * {@link StringDictionary#PADDING} bytes long move as two 8-byte words; the data buffer keeps
   * that much slack so the words may run past the last value.
   */
  public static int expand(
      StringDictionary dictionary, long codesAddress, int from, int to, int bytesEnd,
      BaseVariableWidthVector target) {
    long total = bytesEnd;
    for (int row = from; row < to; row++) {
      total += dictionary.length(MemoryUtil.getInt(codesAddress + (long) row * Integer.BYTES));
    }
    if (total > Integer.MAX_VALUE - StringDictionary.PADDING) {
      throw new IllegalStateException(
          "one batch of column " + target.getName() + " holds more than 2 GB of text");
    }
    long needed = total + StringDictionary.PADDING;
    long capacity = target.getDataBuffer().capacity();
    if (capacity < needed) {
      target.reallocDataBuffer(Math.max(needed, capacity * 2));
    }
    long data = target.getDataBufferAddress();
    long offsets = target.getOffsetBufferAddress();
    long source = dictionary.dataAddress();
    int[] starts = dictionary.offsets();
    int at = bytesEnd;
    MemoryUtil.putInt(offsets + (long) from * Integer.BYTES, at);
    for (int row = from; row < to; row++) {
      int code = MemoryUtil.getInt(codesAddress + (long) row * Integer.BYTES);
      int start = starts[code];
      int length = starts[code + 1] - start;
      long out = data + at;
      if (length <= StringDictionary.PADDING) {
        MemoryUtil.putLong(out, MemoryUtil.getLong(source + start));
        MemoryUtil.putLong(out + Long.BYTES, MemoryUtil.getLong(source + start + Long.BYTES));
      } else {
        MemoryUtil.copyMemory(source + start, out, length);
      }
      at += length;
      MemoryUtil.putInt(offsets + (long) (row + 1) * Integer.BYTES, at);
    }
    return at;
  }

  @Override
  public void close() {
    codes.close();
  }
}
