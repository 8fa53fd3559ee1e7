package dev.quiver.adapters.parquet.metadata;

/**
 * A column's logical type annotation (the newer LogicalType union), flattened into one record.
 *
 * @param kind which annotation
 * @param scale DECIMAL scale
 * @param precision DECIMAL precision
 * @param unit TIME / TIMESTAMP unit
 * @param adjustedToUtc TIME / TIMESTAMP isAdjustedToUTC
 * @param bitWidth INTEGER width (8, 16, 32, 64)
 * @param signed INTEGER signedness
 */
public record LogicalType(
    Kind kind,
    int scale,
    int precision,
    TimeUnit unit,
    boolean adjustedToUtc,
    int bitWidth,
    boolean signed) {

  /** The annotations of the LogicalType union; UNSUPPORTED stands for ones this reader ignores. */
  public enum Kind {
    STRING,
    MAP,
    LIST,
    ENUM,
    DECIMAL,
    DATE,
    TIME,
    TIMESTAMP,
    INTEGER,
    UNKNOWN,
    JSON,
    BSON,
    UUID,
    FLOAT16,
    UNSUPPORTED
  }

  /** Time units of TIME and TIMESTAMP. */
  public enum TimeUnit {
    MILLIS,
    MICROS,
    NANOS
  }

  static LogicalType of(Kind kind) {
    return new LogicalType(kind, 0, 0, TimeUnit.MICROS, false, 0, true);
  }
}
