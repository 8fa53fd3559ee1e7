package dev.quiver.adapters.json;

import java.io.IOException;
import org.apache.arrow.vector.Float8Vector;

/** Writes JSON numbers into a DOUBLE column, rounded exactly as Double.parseDouble rounds. */
final class DoubleWriter extends ColumnWriter {
  private final Float8Vector vector;

  DoubleWriter(String path, LateDataErrors errors, Float8Vector vector) {
    super(path, errors);
    this.vector = vector;
  }

  @Override
  void write(JsonTokenizer t, int index, int depth) throws IOException {
    int c = t.peek();
    if (startsNumber(c)) {
      t.scanNumber();
      t.parseDouble();
      vector.setSafe(index, t.doubleValue);
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
    return "DOUBLE";
  }
}
