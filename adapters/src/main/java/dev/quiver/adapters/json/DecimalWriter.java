package dev.quiver.adapters.json;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.apache.arrow.vector.DecimalVector;

/** Writes JSON integers of up to 38 digits into a DECIMAL(38, 0) column. */
final class DecimalWriter extends ColumnWriter {
  private final DecimalVector vector;

  DecimalWriter(String path, LateDataErrors errors, DecimalVector vector) {
    super(path, errors);
    this.vector = vector;
  }

  @Override
  void write(JsonTokenizer t, int index, int depth) throws IOException {
    int c = t.peek();
    if (startsNumber(c)) {
      int start = t.pos;
      t.scanNumber();
      if (!t.numberIsInteger || t.integerDigits() > JsonType.DECIMAL_PRECISION) {
        throw errors.cannotRead(t, start, t.pos, path, typeName());
      }
      if (t.parseLong()) {
        vector.setSafe(index, t.longValue);
      } else {
        // Beyond int64: rare enough that a BigDecimal per value is fine.
        vector.setSafe(index, new BigDecimal(new BigInteger(t.numberText())));
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
    return "DECIMAL(" + JsonType.DECIMAL_PRECISION + ", 0)";
  }
}
