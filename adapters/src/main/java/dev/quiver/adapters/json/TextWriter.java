package dev.quiver.adapters.json;

import java.io.IOException;
import org.apache.arrow.vector.VarCharVector;

/**
 * Writes into a VARCHAR column: a string as its unescaped text, any other value (number, boolean,
 * object, array) as its JSON text exactly as written, so a column of mixed types loses nothing.
 */
final class TextWriter extends ColumnWriter {
  private final VarCharVector vector;

  TextWriter(String path, LateDataErrors errors, VarCharVector vector) {
    super(path, errors);
    this.vector = vector;
  }

  @Override
  void write(JsonTokenizer t, int index, int depth) throws IOException {
    int c = t.peek();
    if (c == '"') {
      t.scanString();
      t.checkUtf8(t.stringStart, t.stringEnd);
      if (t.stringHasEscapes) {
        vector.setSafe(index, t.scratch, 0, t.unescape());
      } else {
        vector.setSafe(index, t.b, t.stringStart, t.stringEnd - t.stringStart);
      }
      return;
    }
    if (c == 'n') {
      t.expectNull();
      vector.setNull(index);
      return;
    }
    int start = t.pos;
    t.skipValue(depth);
    t.checkUtf8(start, t.pos);
    vector.setSafe(index, t.b, start, t.pos - start);
  }

  @Override
  void writeNull(int index) {
    vector.setNull(index);
  }

  @Override
  String typeName() {
    return "VARCHAR";
  }
}
