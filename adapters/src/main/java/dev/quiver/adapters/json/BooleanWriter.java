package dev.quiver.adapters.json;

import java.io.IOException;
import org.apache.arrow.vector.BitVector;

/** Writes JSON true/false into a BOOLEAN column. */
final class BooleanWriter extends ColumnWriter {
  private final BitVector vector;

  BooleanWriter(String path, LateDataErrors errors, BitVector vector) {
    super(path, errors);
    this.vector = vector;
  }

  @Override
  void write(JsonTokenizer t, int index, int depth) throws IOException {
    switch (t.peek()) {
      case 't':
        t.expectTrue();
        vector.setSafe(index, 1);
        return;
      case 'f':
        t.expectFalse();
        vector.setSafe(index, 0);
        return;
      case 'n':
        t.expectNull();
        vector.setNull(index);
        return;
      default:
        throw mismatch(t, depth);
    }
  }

  @Override
  void writeNull(int index) {
    vector.setNull(index);
  }

  @Override
  String typeName() {
    return "BOOLEAN";
  }
}
