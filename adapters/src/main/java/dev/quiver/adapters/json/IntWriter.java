package dev.quiver.adapters.json;

import java.io.IOException;
import org.apache.arrow.vector.IntVector;

/** Writes JSON integers that fit int32 into an INTEGER column (declared with the columns option). */
final class IntWriter extends ColumnWriter {
  private final IntVector vector;

  IntWriter(String path, LateDataErrors errors, IntVector vector) {
    super(path, errors);
    this.vector = vector;
  }

  @Override
  void write(JsonTokenizer t, int index, int depth) throws IOException {
    int c = t.peek();
    if (startsNumber(c)) {
      int start = t.pos;
      t.scanNumber();
      if (!t.numberIsInteger || !t.parseLong() || t.longValue != (int) t.longValue) {
        throw errors.cannotRead(t, start, t.pos, path, typeName());
      }
      vector.setSafe(index, (int) t.longValue);
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
    return "INTEGER";
  }
}
