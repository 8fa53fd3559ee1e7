package dev.quiver.adapters.csv;

import dev.quiver.adapters.arrow.StrptimeFormat;
import java.util.Map;

/**
 * What the sniffer learned about a CSV file, and the options its readers need, kept in {@code
 * TableSchema.formatState} so that readers never sniff again.
 *
 * @param delimiter the field delimiter byte
 * @param quote the quote byte
 * @param escape the byte that makes the next one literal inside quotes (option escape); equal to
 *     {@code quote} when quotes are doubled (RFC 4180), the default
 * @param header whether the first row holds column names
 * @param dataStart byte offset of the first data row (after the BOM and the header)
 * @param dataStartLine 1-based physical line at {@code dataStart}
 * @param quotedLineBreaks whether the sample saw a line break inside quotes, which rules out
 *     splitting the file at byte offsets
 * @param sampleDescription how the types were inferred, for errors, e.g. "20000 rows sampled
 *     across the file"
 * @param rejects what readers do with malformed rows (options ignore_errors and rejects_file),
 *     carried here because readers see the schema, not the options
 * @param dateFormat how DATE values are written (option dateformat), or null for YYYY-MM-DD
 * @param timestampFormat how TIMESTAMP values are written (option timestampformat), or null for
 *     ISO timestamps
 * @param declaredColumns the columns whose type the user declared, each with the option that did
 *     ({@code types} or {@code columns}), for error messages
 */
public record CsvDialect(
    byte delimiter,
    byte quote,
    byte escape,
    boolean header,
    long dataStart,
    long dataStartLine,
    boolean quotedLineBreaks,
    String sampleDescription,
    RejectPolicy rejects,
    StrptimeFormat dateFormat,
    StrptimeFormat timestampFormat,
    Map<String, String> declaredColumns) {}
