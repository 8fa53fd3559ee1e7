package dev.quiver.adapters.csv;

import org.apache.arrow.vector.types.DateUnit;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;

/**
 * The column types the CSV sniffer can infer, narrowest first, each with its bit in a candidate
 * mask: a value's mask holds every type that can read it, a column's mask is the AND of its
 * values' masks, and the column's type is the first type left in the mask (VARCHAR if none).
 */
enum CsvColumnType {
  BOOLEAN(new ArrowType.Bool()),
  INTEGER(new ArrowType.Int(32, true)),
  BIGINT(new ArrowType.Int(64, true)),
  DOUBLE(new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE)),
  DATE(new ArrowType.Date(DateUnit.DAY)),
  TIMESTAMP(new ArrowType.Timestamp(TimeUnit.MICROSECOND, null)),
  VARCHAR(new ArrowType.Utf8());

  /** Mask of every inferable type: what a column may still be before it has seen a value. */
  static final int ANY = (1 << VARCHAR.ordinal()) - 1;

  private static final CsvColumnType[] VALUES = values();

  final ArrowType arrowType;

  CsvColumnType(ArrowType arrowType) {
    this.arrowType = arrowType;
  }

  int bit() {
    return 1 << ordinal();
  }

  /** The narrowest type left in {@code mask}, or VARCHAR when no typed reading fits every value. */
  static CsvColumnType narrowest(int mask) {
    if (mask == 0) {
      return VARCHAR;
    }
    return VALUES[Integer.numberOfTrailingZeros(mask)];
  }

  static CsvColumnType of(ArrowType type) {
    CsvColumnType found = ofOrNull(type);
    if (found == null) {
      throw new IllegalArgumentException("CSV cannot produce Arrow type " + type);
    }
    return found;
  }

  /** The CSV type that produces {@code type}, or null when the CSV reader cannot. */
  static CsvColumnType ofOrNull(ArrowType type) {
    for (CsvColumnType candidate : VALUES) {
      if (candidate.arrowType.equals(type)) {
        return candidate;
      }
    }
    return null;
  }
}
