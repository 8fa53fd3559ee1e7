package dev.quiver.adapters.json;

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
 * JSON files ({@code *.json}, {@code *.ndjson}, {@code *.jsonl}, any letter case), UTF-8 with or
 * without a BOM: one object per line (NDJSON: {@code .ndjson}, {@code .jsonl}, and {@code .json}
 * whose first token is not '['; blank lines skipped; an object may span lines, then the file is one
 * partition), or one top-level array of objects. Each object is a row; anything else at the top
 * level (a scalar, an array element that is not an object) is an error naming its line.
 *
 * <p><b>Types.</b> Inferred from {@code sample_size} records (default 20000; 0 or less samples every
 * record): for NDJSON the head and regions starting at evenly spaced byte offsets, each
 * resynchronised to a line start; for an array file its first records. Keys become columns in
 * first-seen order. true/false is BOOLEAN; an integer that fits int64 BIGINT, a larger one of up to
 * 38 digits DECIMAL(38, 0), longer DOUBLE; a number with a fraction or exponent DOUBLE. A string is
 * VARCHAR, except that a column whose every string is an ISO date (YYYY-MM-DD) is DATE, and one
 * of zone-less ISO timestamps (date, T or space, HH:MM:SS[.fraction]) TIMESTAMP (microseconds).
 * Objects are STRUCTs whose fields merge across records, recursively; arrays are LISTs of their
 * merged element type. null is no evidence. BIGINT widens to DECIMAL and DOUBLE, DATE to TIMESTAMP;
 * any other mix (number and string, object and scalar) is VARCHAR holding each value's JSON text
 * (a string's own text, anything else as written). A column with only nulls, and an object that
 * never had keys, is VARCHAR.
 *
 * <p><b>Rows.</b> A key missing from a record is NULL; when a key repeats, the last value wins.
 * Data outside the schema is never dropped: a top-level key the sample never saw (or a key inside a
 * read struct), and a value that does not fit its column's type ("n/a" in a DOUBLE column) fail
 * with the file, line and key, and the hint {@code sample_size=0}. A lone UTF-16 surrogate escape
 * becomes U+FFFD.
 *
 * <p><b>Partitions.</b> NDJSON: byte ranges of equal size; a partition owns the records whose line
 * starts inside its range. An array file, or NDJSON whose sample had a record spanning lines, is one
 * partition.
 *
 * <p><b>Compressed files.</b> A name ending in {@code .gz} (gzip, several members allowed) or
 * {@code .zst} (Zstandard) after the format's own extension is read through a streaming
 * decompressor, in bounded memory, as one partition. Offsets and line numbers in errors refer to
 * the decompressed text. Types are sampled across the text when the compressed file is at most
 * 64 MB (it is then decompressed once more, to learn its size), else from its head only; the
 * schema's notes say which. Damaged compressed data fails with "corrupt gzip data" (or zstd).
 *
 * <p><b>Rejected records.</b> With {@code ignore_errors=true} a malformed record (bad syntax, a
 * key or value the schema cannot hold, invalid UTF-8) is skipped instead of failing the read; every
 * column is checked, read or not. In NDJSON the skip goes to the record's line end (the whole
 * record when records may span lines and it is well-formed); in an array file to the end of the
 * element its brackets frame, while what breaks the array's structure still fails. {@code
 * rejects_file=<path>} appends each skipped record to that CSV file ({@link
 * dev.quiver.adapters.csv.RejectsFile}); {@link JsonBatchReader#rejectedRows()} counts them.
 *
 * <p><b>Forced layout.</b> {@code format=newline_delimited} or {@code format=array} reads the
 * file that way whatever its name; a file whose first token does not fit ('[' for an array,
 * anything else for lines) fails naming its line. {@code format=auto} is the default.
 *
 * <p><b>Declared columns.</b> {@code columns='id BIGINT, user ROW(name VARCHAR), tags VARCHAR[]'}
 * gives the columns and types instead of inferring them ({@link
 * dev.quiver.adapters.arrow.ColumnDeclarations}): keys it does not list are skipped, at the top
 * level and inside declared ROWs; a listed key missing from a record is NULL. A value converts as
 * a CAST would: an integer into INTEGER/BIGINT if it fits, any number into DOUBLE or into
 * DECIMAL(p, s) rounded half away from zero to its scale (too many integer digits fail), ISO
 * strings into DATE/TIMESTAMP, anything into VARCHAR as its JSON text. A value that does not
 * convert fails naming the line, key, value and type, or is a rejected record. The sample then
 * only learns the layout.
 *
 * <p>Options: {@code sample_size}, {@code format} (auto/newline_delimited/array), {@code columns},
 * {@code ignore_errors} (true/false), {@code rejects_file} (a path; needs ignore_errors=true).
 */
public final class JsonFormat implements FileFormat {
  /** Partitions smaller than this cost more in setup than they save. */
  static final long MIN_PARTITION_BYTES = 4L << 20;

  private final int bufferBytes;

  public JsonFormat() {
    this(JsonInput.DEFAULT_BUFFER_BYTES);
  }

  /** For tests: a small buffer makes records cross buffer boundaries. */
  JsonFormat(int bufferBytes) {
    this.bufferBytes = bufferBytes;
  }

  @Override
  public String name() {
    return "json";
  }

  @Override
  public boolean accepts(Path file) {
    Path name = file.getFileName();
    if (name == null) {
      return false;
    }
    String lower = Compression.uncompressedName(file).toLowerCase(Locale.ROOT);
    return lower.endsWith(".json") || lower.endsWith(".ndjson") || lower.endsWith(".jsonl");
  }

  @Override
  public TableSchema inferSchema(Path file, FormatOptions options) throws IOException {
    return new JsonSchemaInference(file, options, bufferBytes).infer();
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
    JsonLayout layout = layoutOf(file, schema);
    if (layout.array() || layout.multiLineRecords()) {
      return List.of(ScanPartition.wholeFile(file));
    }
    return ScanPartition.byteRanges(file, Files.size(file), maxPartitions, minPartitionBytes);
  }

  @Override
  public BatchReader open(
      ScanPartition partition, TableSchema schema, ScanSpec spec, BufferAllocator allocator)
      throws IOException {
    return new JsonBatchReader(
        partition, schema, layoutOf(partition.file(), schema), spec, allocator, bufferBytes);
  }

  private JsonLayout layoutOf(Path file, TableSchema schema) throws IOException {
    if (schema.formatState() instanceof JsonLayout) {
      return (JsonLayout) schema.formatState();
    }
    // A schema built elsewhere (a dataset's file that was not sampled): find the layout with the
    // options the schema carries, if any; keep the caller's columns and types.
    FormatOptions options =
        schema.formatState() instanceof FormatOptions given ? given : FormatOptions.DEFAULTS;
    return (JsonLayout) inferSchema(file, options).formatState();
  }
}
