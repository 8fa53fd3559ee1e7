package dev.quiver.adapters.csv;

/** Says which column types can read a field value, as a {@link CsvColumnType} bit mask. */
final class ValueClassifier {
  private static final int INTEGER_MASK =
      CsvColumnType.INTEGER.bit() | CsvColumnType.BIGINT.bit() | CsvColumnType.DOUBLE.bit();
  private static final int BIGINT_MASK = CsvColumnType.BIGINT.bit() | CsvColumnType.DOUBLE.bit();
  private static final int DATE_MASK = CsvColumnType.DATE.bit() | CsvColumnType.TIMESTAMP.bit();

  private final FieldParser parser = new FieldParser();

  /** The mask of a non-empty value; 0 means only VARCHAR reads it. */
  int mask(byte[] b, int start, int end) {
    FieldParser p = parser;
    if (p.parseBoolean(b, start, end)) {
      return CsvColumnType.BOOLEAN.bit();
    }
    if (p.parseLong(b, start, end)) {
      return p.longValue == (int) p.longValue ? INTEGER_MASK : BIGINT_MASK;
    }
    if (p.parseDouble(b, start, end)) {
      return CsvColumnType.DOUBLE.bit();
    }
    if (p.parseDate(b, start, end)) {
      return DATE_MASK;
    }
    if (p.parseTimestamp(b, start, end)) {
      return CsvColumnType.TIMESTAMP.bit();
    }
    return 0;
  }
}
