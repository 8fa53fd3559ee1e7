package dev.quiver.adapters.write;

import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.NullVector;

/**
 * Wraps an encoder whose text may contain the CSV delimiter or quote (nested values as JSON, or
 * numbers under an unusual delimiter) and quotes each value that needs it.
 */
final class CsvQuotedEncoder implements ColumnEncoder {
  private final ColumnEncoder inner;
  private final TextStyle style;
  private final EncodedColumn scratch = new EncodedColumn();

  CsvQuotedEncoder(ColumnEncoder inner, TextStyle style) {
    this.inner = inner;
    this.style = style;
  }

  @Override
  public void encode(FieldVector vector, int start, int end, EncodedColumn out) {
    scratch.reset();
    inner.encode(vector, start, end, scratch);
    for (int v = 0; v < scratch.count(); v++) {
      if (isNullValue(vector, start + v)) {
        // The inner encoder may be JSON-style (nested values), whose NULL is "null".
        style.putNull(out);
        continue;
      }
      int valueStart = out.bytes.size();
      scratch.copyValue(v, out.bytes);
      style.quoteIfNeeded(out.bytes, valueStart);
      out.endValue();
    }
  }

  private static boolean isNullValue(FieldVector vector, int index) {
    return vector instanceof NullVector || vector.isNull(index);
  }
}
