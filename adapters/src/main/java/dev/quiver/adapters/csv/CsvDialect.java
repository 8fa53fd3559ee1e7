package dev.quiver.adapters.csv;

/**
 * What the sniffer learned about a CSV file, kept in {@code TableSchema.formatState} so that
 * readers never sniff again.
 *
 * @param delimiter the field delimiter byte
 * @param quote the quote byte
 * @param header whether the first row holds column names
 * @param dataStart byte offset of the first data row (after the BOM and the header)
 * @param dataStartLine 1-based physical line at {@code dataStart}
 * @param quotedLineBreaks whether the sample saw a line break inside quotes, which rules out
 *     splitting the file at byte offsets
 * @param sampleDescription how the types were inferred, for errors, e.g. "20000 rows sampled
 *     across the file"
 * @param rejects what readers do with malformed rows (options ignore_errors and rejects_file),
 *     carried here because readers see the schema, not the options
 */
public record CsvDialect(
    byte delimiter,
    byte quote,
    boolean header,
    long dataStart,
    long dataStartLine,
    boolean quotedLineBreaks,
    String sampleDescription,
    RejectPolicy rejects) {}
