package dev.quiver.adapters.json;

import dev.quiver.adapters.arrow.TemporalBytes;

import java.io.IOException;
import org.apache.arrow.vector.TimeStampMicroVector;

/**
 * Writes JSON strings holding zone-less ISO timestamps (or bare dates, as midnight) into a
 * TIMESTAMP column.
 */
final class TimestampWriter extends ColumnWriter {
  private final TimeStampMicroVector vector;
  private final TemporalBytes temporal = new TemporalBytes();

  TimestampWriter(String path, LateDataErrors errors, TimeStampMicroVector vector) {
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
              ? temporal.parseDateOrTimestamp(t.scratch, 0, t.unescape())
              : temporal.parseDateOrTimestamp(t.b, t.stringStart, t.stringEnd);
      if (!parsed) {
        throw errors.cannotRead(t, start, t.pos, path, typeName());
      }
      vector.setSafe(index, temporal.micros);
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
    return "TIMESTAMP";
  }
}
