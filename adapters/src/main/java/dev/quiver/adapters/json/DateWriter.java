package dev.quiver.adapters.json;

import dev.quiver.adapters.arrow.TemporalBytes;

import java.io.IOException;
import org.apache.arrow.vector.DateDayVector;

/** Writes JSON strings holding ISO dates (YYYY-MM-DD) into a DATE column. */
final class DateWriter extends ColumnWriter {
  private final DateDayVector vector;
  private final TemporalBytes temporal = new TemporalBytes();

  DateWriter(String path, LateDataErrors errors, DateDayVector vector) {
    super(path, errors);
    this.vector = vector;
  }

  @Override
  void write(JsonTokenizer t, int index, int depth) throws IOException {
    int c = t.peek();
    if (c == '"') {
      int start = t.pos;
      t.scanString();
      boolean parsed =
          t.stringHasEscapes
              ? temporal.parseDate(t.scratch, 0, t.unescape())
              : temporal.parseDate(t.b, t.stringStart, t.stringEnd);
      if (!parsed) {
        throw errors.cannotRead(t, start, t.pos, path, typeName());
      }
      vector.setSafe(index, temporal.days);
      return;
    }
    if (c == 'n') {
      t.expectNull();
      vector.setNull(index);
      return;
    }
    throw mismatch(t, depth);
  }

  @Override
  void writeNull(int index) {
    vector.setNull(index);
  }

  @Override
  String typeName() {
    return "DATE";
  }
}
