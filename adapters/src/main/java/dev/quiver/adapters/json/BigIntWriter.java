package dev.quiver.adapters.json;

import java.io.IOException;
import org.apache.arrow.vector.BigIntVector;

/** Writes JSON integers that fit int64 into a BIGINT column. */
final class BigIntWriter extends ColumnWriter {
  private final BigIntVector vector;

  BigIntWriter(String path, LateDataErrors errors, BigIntVector vector) {
    super(path, errors);
    this.vector = vector;
  }

  @Override
  void write(JsonTokenizer t, int index, int depth) throws IOException {
    int c = t.peek();
    if (startsNumber(c)) {
      int start = t.pos;
      t.scanNumber();
      if (!t.numberIsInteger || !t.parseLong()) {
        throw errors.cannotRead(t, start, t.pos, path, typeName());
      }
      vector.setSafe(index, t.longValue);
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
    return "BIGINT";
  }
}
