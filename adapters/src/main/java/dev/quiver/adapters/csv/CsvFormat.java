package dev.quiver.adapters.csv;

import dev.quiver.adapters.compress.Compression;
import dev.quiver.adapters.spi.BatchReader;
import dev.quiver.adapters.spi.FileFormat;
import dev.quiver.adapters.spi.FormatOptions;
import dev.quiver.adapters.spi.ScanPartition;
import dev.quiver.adapters.spi.ScanSpec;
import dev.quiver.adapters.spi.TableSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.arrow.memory.BufferAllocator;

/**
 * CSV and TSV files ({@code *.csv}, {@code *.tsv}, any letter case): UTF-8 with or without a BOM,
 * LF or CRLF line ends, RFC 4180 quoting.
 *
 * <p><b>Dialect.</b> The delimiter is the one of {@code , ; TAB |} that splits the first rows into
 * the same number of fields, more than one (TAB preferred for .tsv); a file none of them splits
 * has one column. The first row fixes the number of columns. Blank lines are skipped everywhere
 * (so a one-column file cannot hold a NULL as an empty line; write {@code ""} for an empty
 * string).
 *
 * <p><b>Header.</b> The first row is a header when one of its values does not fit the type the
 * rows below give its column (text over numbers, dates, booleans). When every column is text, the
 * first row is a header if its values are all non-empty and distinct, since most CSV files have
 * one; this also makes a one-row file a header with zero rows. Names keep their case; an empty
 * name becomes {@code column<i>} (0-based position), a repeat gets {@code _1}, {@code _2}. Without
 * a header the names are {@code column0..column<n-1>}.
 *
 * <p><b>Types.</b> Inferred from {@code sample_size} rows (default 20000; 0 or less samples every
 * row) spread over the whole file: the head and chunks starting at evenly spaced byte offsets
 * (only the head when the head shows a line break inside quotes, since a chunk could then start
 * inside a quoted field). Each value narrows its column among BOOLEAN (true/false, any case),
 * INTEGER (int32), BIGINT (int64), DOUBLE (plain decimal numbers, no inf/nan), DATE (YYYY-MM-DD),
 * TIMESTAMP (a date, then T or space, HH:MM:SS and up to 9 fraction digits truncated to
 * microseconds); INTEGER widens to BIGINT and DOUBLE, DATE to TIMESTAMP, any other mix is
 * VARCHAR. Integers beyond int64 and timestamps with a zone (Z, +01:00) are VARCHAR for now. An
 * unquoted empty field is NULL; a quoted empty field is the empty string in VARCHAR columns and
 * NULL in the others. A column with no values in the sample is VARCHAR.
 *
 * <p><b>Rows.</b> A row with fewer fields than the header is padded with NULLs (like pandas); a row
 * with more is an error. A value that does not fit its inferred type, invalid UTF-8 in a text
 * column, and a quote left open at the end of the file are errors naming the physical line.
 *
 * <p><b>Partitions.</b> Byte ranges of equal size: a partition owns the rows that start in its
 * range (the first at the first line start at or after its start, the last the one holding byte
 * {@code end-1}). Files whose sample showed a line break inside quotes are one partition; a
 * partition that meets one anyway stops with an error rather than return cut rows. A partition
 * that starts mid-file counts the line breaks before it only when it has to report an error.
 *
 * <p><b>Compressed files.</b> A name ending in {@code .gz} (gzip, several members allowed) or
 * {@code .zst} (Zstandard) after the format's own extension is read through a streaming
 * decompressor, in bounded memory, as one partition. Offsets and line numbers in errors refer to
 * the decompressed text. Types are sampled across the text when the compressed file is at most
 * 64 MB (it is then decompressed once more, to learn its size), else from its head only; the
 * schema's notes say which. Damaged compressed data fails with "corrupt gzip data" (or zstd).
 *
 * <p><b>Rejected rows.</b> With {@code ignore_errors=true} a malformed row (more fields than the
 * header, a value that does not fit its column's type, invalid UTF-8 in a text column, bad quoting,
 * a quote still open at the end of the file, which takes the rest of the file with it) is skipped
 * instead of failing the read; every column is then checked, read or not, so the rows kept do not
 * depend on the query. {@code rejects_file=<path>} appends each skipped row to that CSV file (see
 * {@link RejectsFile}); {@link CsvBatchReader#rejectedRows()} counts them.
 *
 * <p><b>Escape.</b> With {@code escape=<c>} other than the quote, {@code c} inside a quoted field
 * makes the next character literal ({@code \"} a quote, {@code \\} the escape itself); doubled
 * quotes still read as one quote. Outside quotes it is text. An escaped line break is a line
 * break inside quotes (the file is then one partition, as for any).
 *
 * <p><b>Date and timestamp formats.</b> {@code dateformat} and {@code timestampformat} are
 * strptime formats ({@link dev.quiver.adapters.arrow.StrptimeFormat}) that replace the ISO
 * spellings: a column whose sampled values all match the date format is DATE, one whose values
 * match the timestamp format (or the date format, read as midnight) is TIMESTAMP, even when the
 * values are also numbers ({@code %Y%m%d}). A value that does not match is an error naming the
 * format, or a rejected row.
 *
 * <p><b>Declared columns.</b> {@code columns='id BIGINT, name VARCHAR'} names and types every
 * column in order ({@link dev.quiver.adapters.arrow.ColumnDeclarations}); the file's rows must
 * have that many fields. The first row is then taken for a header only when a value of it does
 * not fit its column's type (declared, or as the rows below give it) or {@code header=true}: an
 * all-text first row is data, since mistaking it for a header would lose it unseen. {@code
 * types='col:TYPE,...'} declares some columns' types by name; the two do not combine.
 *
 * <p>Options: {@code sample_size}, {@code delim} (one character or {@code \t}), {@code header}
 * (true/false), {@code quote} and {@code escape} (one character), {@code dateformat} and {@code
 * timestampformat} (strptime formats), {@code columns} and {@code types} (declared types), {@code
 * ignore_errors} (true/false), {@code rejects_file} (a path; needs ignore_errors=true).
 */
public final class CsvFormat implements FileFormat {
  /** Partitions smaller than this cost more in setup than they save. */
  static final long MIN_PARTITION_BYTES = 4L << 20;

  private final int bufferBytes;

  public CsvFormat() {
    this(CsvScanner.DEFAULT_BUFFER_BYTES);
  }

  /** For tests: a small buffer makes rows cross buffer boundaries. */
  CsvFormat(int bufferBytes) {
    this.bufferBytes = bufferBytes;
  }

  @Override
  public String name() {
    return "csv";
  }

  @Override
  public boolean accepts(Path file) {
    Path name = file.getFileName();
    if (name == null) {
      return false;
    }
    String lower = Compression.uncompressedName(file).toLowerCase(Locale.ROOT);
    return lower.endsWith(".csv") || lower.endsWith(".tsv");
  }

  @Override
  public TableSchema inferSchema(Path file, FormatOptions options) throws IOException {
    return new CsvSniffer(file, options, bufferBytes).infer();
  }

  @Override
  public List<ScanPartition> partitions(Path file, TableSchema schema, int maxPartitions)
      throws IOException {
    return partitions(file, schema, maxPartitions, MIN_PARTITION_BYTES);
  }

  /** {@link #partitions(Path, TableSchema, int)} with a chosen smallest partition size. */
  List<ScanPartition> partitions(
      Path file, TableSchema schema, int maxPartitions, long minPartitionBytes)
      throws IOException {
    if (Compression.of(file) != Compression.NONE) {
      // Decompression cannot start mid-stream.
      return List.of(ScanPartition.wholeFile(file));
    }
    CsvDialect dialect = dialectOf(file, schema);
    if (dialect.quotedLineBreaks()) {
      return List.of(ScanPartition.wholeFile(file));
    }
    return ScanPartition.byteRanges(file, Files.size(file), maxPartitions, minPartitionBytes);
  }

  @Override
  public BatchReader open(
      ScanPartition partition, TableSchema schema, ScanSpec spec, BufferAllocator allocator)
      throws IOException {
    return new CsvBatchReader(
        partition, schema, dialectOf(partition.file(), schema), spec, allocator, bufferBytes);
  }

  private CsvDialect dialectOf(Path file, TableSchema schema) throws IOException {
    if (schema.formatState() instanceof CsvDialect) {
      return (CsvDialect) schema.formatState();
    }
    // A schema built elsewhere (a dataset's file that was not sampled): find the dialect with the
    // options the schema carries, if any; keep the caller's columns and types.
    FormatOptions options =
        schema.formatState() instanceof FormatOptions given ? given : FormatOptions.DEFAULTS;
    return (CsvDialect) inferSchema(file, options).formatState();
  }
}
