package dev.quiver.adapters.spi;

import java.util.List;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * The schema of a file as a reader will produce it, plus what was guessed to get there.
 *
 * <p>Arrow types used by the readers, and what SQL type each means:
 *
 * <ul>
 *   <li>{@code Bool} BOOLEAN; {@code Int(32, signed)} INTEGER; {@code Int(64, signed)} BIGINT
 *   <li>{@code FloatingPoint(DOUBLE)} DOUBLE; {@code Decimal(p, s, 128)} DECIMAL(p, s)
 *   <li>{@code Date(DAY)} DATE; {@code Timestamp(MICROSECOND, null)} TIMESTAMP (no time zone)
 *   <li>{@code Utf8} VARCHAR
 * </ul>
 *
 * @param arrowSchema column names (as written in the file) and types; every field is nullable
 * @param notes human-readable lines on what was inferred (delimiter, header, per-column type and
 *     the sample it came from), shown by DESCRIBE-like commands and in error hints
 * @param formatState opaque, format-specific facts found while inferring (e.g. the CSV dialect)
 *     that {@link FileFormat#open} reuses instead of sniffing again; or the {@link FormatOptions}
 *     to find them with, for a schema built without inferring this file (a dataset's file that
 *     was not sampled); may be null (default options)
 */
public record TableSchema(Schema arrowSchema, List<String> notes, Object formatState) {
  /**
   * Field metadata key set to {@code "true"} on a column whose type is a default guess because the
   * sample held no value for it (an all-empty CSV column is VARCHAR): a dataset that unions files
   * takes the column's type from the other files instead.
   */
  public static final String NO_VALUES_METADATA = "quiver.no_values";
}
