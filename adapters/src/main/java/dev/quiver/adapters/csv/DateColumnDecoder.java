package dev.quiver.adapters.csv;

import dev.quiver.adapters.arrow.UncheckedWrites;
import java.io.IOException;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.FieldVector;

/** Reads a DATE column: empty and missing fields are NULL, anything else must parse. */
final class DateColumnDecoder extends ColumnDecoder {
  private final DateDayVector vector;
  private final FieldParser parser;

  /** @param parser reads the column's dates and timestamps (ISO, or the dialect's formats) */
  DateColumnDecoder(
      int column, String name, ValueErrors errors, DateDayVector vector, FieldParser parser) {
    super(column, name, errors);
    this.vector = vector;
    this.parser = parser;
  }

  @Override
  FieldVector vector() {
    return vector;
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
    final long data = vector.getDataBufferAddress();
    final FieldParser p = parser;
    for (int row = 0; row < rows; row++) {
      int slot = base + row;
      int start = starts[slot];
      int end = ends[slot];
      if (start == end || kinds[slot] == FieldTable.MISSING) {
        continue;
      }
      if (!p.parseDate(buf, start, end)) {
        errors.badValue(scanner, row, name, CsvColumnType.DATE, start, end);
        continue;
      }
      UncheckedWrites.setValid(validity, out + row);
      UncheckedWrites.putInt(data, out + row, p.days);
    }
  }
}
