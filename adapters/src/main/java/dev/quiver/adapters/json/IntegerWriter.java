package dev.quiver.adapters.json;

import java.io.IOException;
import org.apache.arrow.vector.BaseFixedWidthVector;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.IntVector;

/**
 * Writes JSON integers into a BIGINT column, or an INTEGER one (declared with the columns
 * option), failing on a value the column's width cannot hold.
 */
final class IntegerWriter extends ColumnWriter {
  private final BaseFixedWidthVector vector;
  /** The INTEGER vector, or null for BIGINT. */
  private final IntVector ints;
  private final BigIntVector longs;

  IntegerWriter(String path, LateDataErrors errors, BaseFixedWidthVector vector) {
    super(path, errors);
    this.vector = vector;
    this.ints = vector instanceof IntVector i ? i : null;
    this.longs = vector instanceof BigIntVector l ? l : null;
  }

  @Override
  void write(JsonTokenizer t, int index, int depth) throws IOException {
    int c = t.peek();
    if (startsNumber(c)) {
      int start = t.pos;
      t.scanNumber();
      if (!t.numberIsInteger || !t.parseLong()
          || (ints != null && t.longValue != (int) t.longValue)) {
        throw errors.cannotRead(t, start, t.pos, path, typeName());
      }
      if (ints != null) {
        ints.setSafe(index, (int) t.longValue);
      } else {
        longs.setSafe(index, t.longValue);
      }
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
    return ints != null ? "INTEGER" : "BIGINT";
  }
}
