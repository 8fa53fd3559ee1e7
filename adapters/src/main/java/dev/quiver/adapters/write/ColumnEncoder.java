package dev.quiver.adapters.write;

import org.apache.arrow.vector.FieldVector;

/**
 * Formats the values of one column as text, one type-specialised loop per batch, into an {@link
 * EncodedColumn} that a row assembler then interleaves with the other columns.
 */
interface ColumnEncoder {
  /** Appends the text of values {@code [start, end)} of {@code vector}, one value each. */
  void encode(FieldVector vector, int start, int end, EncodedColumn out);
}
