package dev.quiver.adapters.csv;

import dev.quiver.adapters.arrow.Utf8Validation;
import java.io.IOException;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VarCharVector;

/**
 * Reads a VARCHAR column: copies the field bytes after checking they are UTF-8, undoing doubled
 * quotes only in fields that had them. An unquoted empty field is NULL, a quoted one ("") is the
 * empty string.
 */
final class VarCharColumnDecoder extends ColumnDecoder {
  private static final long BYTES_PER_VALUE_GUESS = 16;

  private final VarCharVector vector;
  private byte[] unescaped = new byte[256];

  VarCharColumnDecoder(int column, String name, ValueErrors errors, VarCharVector vector) {
    super(column, name, errors);
    this.vector = vector;
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
    final FieldTable table = scanner.table;
    final byte[] buf = scanner.buf;
    final int[] starts = table.starts;
    final int[] ends = table.ends;
    final byte[] kinds = table.kinds;
    final int base = column * table.capacity;
    final VarCharVector target = vector;
    for (int row = 0; row < rows; row++) {
      int slot = base + row;
      byte kind = kinds[slot];
      int start = starts[slot];
      int end = ends[slot];
      if (kind == FieldTable.MISSING || (kind == FieldTable.PLAIN && start == end)) {
        continue;
      }
      int invalid = Utf8Validation.firstInvalid(buf, start, end);
      if (invalid >= 0) {
        throw errors.invalidUtf8(scanner, row, name, invalid);
      }
      if (kind == FieldTable.ESCAPED) {
        int length = unescape(buf, start, end, scanner.buf[start - 1]);
        target.setSafe(out + row, unescaped, 0, length);
      } else {
        target.setSafe(out + row, buf, start, end - start);
      }
    }
  }

  /** Copies a quoted field's content with each doubled quote made single. */
  private int unescape(byte[] buf, int start, int end, byte quote) {
    if (unescaped.length < end - start) {
      unescaped = new byte[Math.max(end - start, unescaped.length * 2)];
    }
    int length = 0;
    for (int i = start; i < end; i++) {
      byte b = buf[i];
      unescaped[length++] = b;
      if (b == quote) {
        i++;
      }
    }
    return length;
  }
}
