package dev.quiver.adapters.json;

import java.io.IOException;
import org.apache.arrow.vector.complex.ListVector;

/** Writes JSON arrays into a LIST column, the elements into its child vector. */
final class ListWriter extends ColumnWriter {
  private final ListVector vector;
  private final ColumnWriter elements;

  ListWriter(String path, LateDataErrors errors, ListVector vector) {
    super(path, errors);
    this.vector = vector;
    this.elements = forVector(vector.getDataVector(), path + "[]", errors);
  }

  @Override
  void write(JsonTokenizer t, int index, int depth) throws IOException {
    int c = t.peek();
    if (c == '[') {
      t.checkDepth(depth);
      t.pos++;
      int first = vector.startNewValue(index);
      int count = 0;
      if (t.peek() != ']') {
        while (true) {
          elements.write(t, first + count, depth + 1);
          count++;
          int next = t.peek();
          if (next == ']') {
            break;
          }
          if (next != ',') {
            throw t.fail("',' or ']' after an array element");
          }
          t.pos++;
        }
      }
      t.pos++;
      vector.endValue(index, count);
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
    return "LIST";
  }
}
