package dev.quiver.adapters.csv;

import java.io.IOException;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.BitVector;

/** Reads a BOOLEAN column: empty and missing fields are NULL, anything else must parse. */
final class BooleanColumnDecoder extends ColumnDecoder {
  private final BitVector vector;
  private final FieldParser parser = new FieldParser();

  BooleanColumnDecoder(int column, String name, ValueErrors errors, BitVector vector) {
    super(column, name, errors);
    this.vector = vector;
  }

  @Override
  FieldVector vector() {
    return vector;
  }

  @Override
  void decode(CsvScanner scanner, int rows, int out) throws IOException {
    final FieldTable table = scanner.table;
    final byte[] buf = scanner.buf;
    final int[] starts = table.starts;
    final int[] ends = table.ends;
    final byte[] kinds = table.kinds;
    final int base = table.base(column);
    final BitVector target = vector;
    final FieldParser p = parser;
    for (int row = 0; row < rows; row++) {
      int slot = base + row;
      int start = starts[slot];
      int end = ends[slot];
      if (start == end || kinds[slot] == FieldTable.MISSING) {
        continue;
      }
      if (!p.parseBoolean(buf, start, end)) {
        errors.badValue(scanner, row, name, CsvColumnType.BOOLEAN, start, end);
        continue;
      }
      target.set(out + row, p.booleanValue ? 1 : 0);
    }
  }
}
