package dev.quiver.adapters.csv;

/** Says which column types can read a field value, as a {@link CsvColumnType} bit mask. */
final class ValueClassifier {
  private static final int INTEGER_MASK =
      CsvColumnType.INTEGER.bit() | CsvColumnType.BIGINT.bit() | CsvColumnType.DOUBLE.bit();
  private static final int BIGINT_MASK = CsvColumnType.BIGINT.bit() | CsvColumnType.DOUBLE.bit();
  private static final int DATE_MASK = CsvColumnType.DATE.bit() | CsvColumnType.TIMESTAMP.bit();

  private final FieldParser parser;

  /** A classifier of ISO dates and timestamps. */
  ValueClassifier() {
    this(new FieldParser());
  }

  /** A classifier reading dates and timestamps as {@code parser} does (the decoders' parser). */
  ValueClassifier(FieldParser parser) {
    this.parser = parser;
  }

  /**
   * The mask of a non-empty value; 0 means only VARCHAR reads it. A date also has the TIMESTAMP
   * bit, since a TIMESTAMP column reads a date as its midnight. With a date or timestamp format a
   * number may match it too ({@code %Y%m%d}), and then has both kinds of bits.
   */
  int mask(byte[] b, int start, int end) {
    FieldParser p = parser;
    if (p.parseBoolean(b, start, end)) {
      return CsvColumnType.BOOLEAN.bit();
    }
    int mask = 0;
    if (p.parseLong(b, start, end)) {
      mask = p.longValue == (int) p.longValue ? INTEGER_MASK : BIGINT_MASK;
    } else if (p.parseDouble(b, start, end)) {
      mask = CsvColumnType.DOUBLE.bit();
    }
    if (mask != 0 && !p.hasTemporalFormat()) {
      // No ISO date or timestamp is a number.
      return mask;
    }
    if (p.parseDate(b, start, end)) {
      return mask | DATE_MASK;
    }
    if (p.parseTimestamp(b, start, end)) {
      return mask | CsvColumnType.TIMESTAMP.bit();
    }
    return mask;
  }
}
