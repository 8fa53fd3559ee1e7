package dev.quiver.adapters.csv;

import dev.quiver.adapters.arrow.UncheckedWrites;
import dev.quiver.adapters.arrow.Utf8Validation;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import org.apache.arrow.memory.util.MemoryUtil;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VarCharVector;

/**
 * Reads a VARCHAR column: copies the field bytes after checking they are UTF-8, undoing doubled
 * quotes and escapes only in fields that had them. An unquoted empty field is NULL, a quoted one ("") is the
 * empty string.
 */
final class VarCharColumnDecoder extends ColumnDecoder {
  private static final long BYTES_PER_VALUE_GUESS = 16;

  /** Values up to this long are copied as two longs. */
  private static final int SHORT_VALUE_BYTES = 2 * Long.BYTES;

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private final VarCharVector vector;
  private final byte quote;
  private final byte escape;
  private byte[] unescaped = new byte[256];

  VarCharColumnDecoder(
      int column, String name, ValueErrors errors, VarCharVector vector, byte quote, byte escape) {
    super(column, name, errors);
    this.vector = vector;
    this.quote = quote;
    this.escape = escape;
  }

  @Override
  FieldVector vector() {
    return vector;
  }

  @Override
  void allocate(int batchRows) {
    vector.allocateNew(batchRows * BYTES_PER_VALUE_GUESS, batchRows);
  }

  @Override
  void decode(CsvScanner scanner, int rows, int out) throws IOException {
    UncheckedWrites.checkCapacity(vector, out + rows - 1);
    final FieldTable table = scanner.table;
    final byte[] buf = scanner.buf;
    final int[] starts = table.starts;
    final int[] ends = table.ends;
    final byte[] kinds = table.kinds;
    final int base = table.base(column);
    final long validity = vector.getValidityBufferAddress();
    final long offsets = vector.getOffsetBufferAddress();
    long data = vector.getDataBufferAddress();
    long dataCapacity = vector.getDataBuffer().capacity();
    // Offsets are written for every row, NULLs included, so no holes are left to fill.
    int offset = out == 0 ? 0 : MemoryUtil.getInt(offsets + ((long) out << 2));
    for (int row = 0; row < rows; row++) {
      int slot = base + row;
      byte kind = kinds[slot];
      int start = starts[slot];
      int end = ends[slot];
      int index = out + row;
      if (kind != FieldTable.MISSING && (kind != FieldTable.PLAIN || start != end)) {
        int invalid = Utf8Validation.firstInvalid(buf, start, end);
        if (invalid >= 0) {
          if (!errors.rejecting()) {
            vector.setLastSet(index - 1);
            throw errors.invalidUtf8(scanner, row, name, invalid);
          }
          // The row is dropped before the batch is handed out; NULL keeps the offsets whole.
          errors.rejectInvalidUtf8(scanner, row, name, invalid, start, end);
          MemoryUtil.putInt(offsets + ((long) (index + 1) << 2), offset);
          continue;
        }
        byte[] source = buf;
        int from = start;
        int length = end - start;
        if (kind == FieldTable.ESCAPED) {
          length = unescape(buf, start, end, quote, escape);
          source = unescaped;
          from = 0;
        }
        while (offset + (long) length > dataCapacity) {
          vector.reallocDataBuffer();
          data = vector.getDataBufferAddress();
          dataCapacity = vector.getDataBuffer().capacity();
        }
        if (length <= SHORT_VALUE_BYTES
            && from + SHORT_VALUE_BYTES <= source.length
            && offset + SHORT_VALUE_BYTES <= dataCapacity) {
          // Two word stores beat a bulk copy's per-call checks; the bytes written past the value
          // lie beyond its end offset, where the next value (or nothing) goes.
          MemoryUtil.putLong(data + offset, (long) LONGS.get(source, from));
          MemoryUtil.putLong(data + offset + Long.BYTES, (long) LONGS.get(source, from + Long.BYTES));
        } else {
          MemoryUtil.copyToMemory(source, from, data + offset, length);
        }
        offset += length;
        UncheckedWrites.setValid(validity, index);
      }
      MemoryUtil.putInt(offsets + ((long) (index + 1) << 2), offset);
    }
    vector.setLastSet(out + rows - 1);
  }

  /**
   * Copies a quoted field's content with each escape dropped and the byte after it kept: a doubled
   * quote becomes one quote, and with an escape byte ({@code \\}) {@code \\"} becomes a quote. The
   * tokenizer guarantees that a quote or escape inside the content has a byte after it.
   */
  private int unescape(byte[] buf, int start, int end, byte quote, byte escape) {
    if (unescaped.length < end - start) {
      unescaped = new byte[Math.max(end - start, unescaped.length * 2)];
    }
    int length = 0;
    for (int i = start; i < end; i++) {
      byte b = buf[i];
      if (b == escape || b == quote) {
        b = buf[++i];
      }
      unescaped[length++] = b;
    }
    return length;
  }
}
