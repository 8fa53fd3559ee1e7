package dev.quiver.engine.session;

import dev.quiver.adapters.dataset.HivePartitions;
import dev.quiver.adapters.spi.BatchWriter;
import dev.quiver.adapters.spi.FormatOptions;
import dev.quiver.adapters.spi.WritableFormat;
import dev.quiver.engine.error.ErrorCode;
import dev.quiver.engine.error.QuiverException;
import dev.quiver.engine.exec.vector.RowCopier;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * {@code COPY (query) TO 'dir' (FORMAT parquet, PARTITION_BY (year, month))}: one file per
 * distinct value of the partition columns, in Hive-style directories ({@code
 * dir/year=2024/month=3/data_0.parquet}), without the partition columns inside the files, so
 * Quiver (and DuckDB, Spark, pandas) read the directory back as one table with those columns.
 *
 * <p>Every file is written through its own {@link BatchWriter}: all are finished only after the
 * last row, so a failure leaves no file behind. The directory must be new or empty, so a COPY
 * never mixes with (or overwrites) files already there.
 */
final class PartitionedCopy implements AutoCloseable {
  /** More partitions than this is almost always a mistake (a key column with unique values). */
  static final int MAX_PARTITIONS = 1000;

  private final Path directory;
  private final WritableFormat format;
  private final FormatOptions options;
  private final BufferAllocator allocator;
  private final int[] keyColumns;
  private final int[] dataColumns;
  private final Schema dataSchema;
  private final List<String> keyNames;
  private final String extension;
  private final Map<List<String>, Partition> partitions = new LinkedHashMap<>();

  /** Row numbers of one batch that share a partition key. */
  private static final class RowList {
    final int[] rows;
    int count;

    RowList(int capacity) {
      rows = new int[capacity];
    }

    void add(int row) {
      rows[count++] = row;
    }
  }

  /** The writer of one partition and the vectors its rows are gathered into. */
  private record Partition(BatchWriter writer, VectorSchemaRoot rows) {}

  PartitionedCopy(
      Path directory,
      WritableFormat format,
      FormatOptions options,
      Schema schema,
      List<Integer> keys,
      BufferAllocator allocator) {
    this.directory = directory;
    this.format = format;
    this.options = options;
    this.allocator = allocator;
    this.keyColumns = keys.stream().mapToInt(Integer::intValue).toArray();
    List<Field> dataFields = new ArrayList<>();
    List<Integer> data = new ArrayList<>();
    keyNames = new ArrayList<>();
    for (int column = 0; column < schema.getFields().size(); column++) {
      if (keys.contains(column)) {
        continue;
      }
      dataFields.add(schema.getFields().get(column));
      data.add(column);
    }
    for (int key : keyColumns) {
      keyNames.add(schema.getFields().get(key).getName());
    }
    if (dataFields.isEmpty()) {
      throw new QuiverException(
          ErrorCode.USER_ERROR, "COPY with PARTITION_BY needs at least one column that is not a"
              + " partition column");
    }
    this.dataColumns = data.stream().mapToInt(Integer::intValue).toArray();
    this.dataSchema = new Schema(dataFields);
    this.extension = format.name();
    requireEmptyDirectory(directory);
  }

  private static void requireEmptyDirectory(Path directory) {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> entries = Files.list(directory)) {
      if (entries.findAny().isPresent()) {
        throw new QuiverException(
            ErrorCode.USER_ERROR,
            "COPY with PARTITION_BY writes a directory of files, and " + directory
                + " is not empty; choose a new directory so no existing file is mixed in or"
                + " overwritten");
      }
    } catch (IOException e) {
      throw new QuiverException(ErrorCode.IO_ERROR, "Cannot list " + directory + ": " + e, e);
    }
  }

  /** Routes each row of {@code batch} to its partition's writer. */
  void write(VectorSchemaRoot batch) throws IOException {
    int rowCount = batch.getRowCount();
    // Keys are read per row (a COPY's partition columns have few distinct values, and this
    // path is I/O bound); the row copies below are one type-specialised pass per column.
    Map<List<String>, RowList> rowsByKey = new LinkedHashMap<>();
    for (int row = 0; row < rowCount; row++) {
      List<String> key = new ArrayList<>(keyColumns.length);
      for (int column : keyColumns) {
        Object value = batch.getVector(column).getObject(row);
        key.add(value == null ? null : value.toString());
      }
      rowsByKey.computeIfAbsent(key, k -> new RowList(rowCount)).add(row);
    }
    for (Map.Entry<List<String>, RowList> entry : rowsByKey.entrySet()) {
      Partition partition = partition(entry.getKey());
      VectorSchemaRoot rows = partition.rows();
      RowList positions = entry.getValue();
      for (int c = 0; c < dataColumns.length; c++) {
        FieldVector target = rows.getVector(c);
        target.reset();
        RowCopier.append(
            batch.getVector(dataColumns[c]), positions.rows, 0, positions.count, target, 0);
      }
      rows.setRowCount(positions.count);
      partition.writer().write(rows);
    }
  }

  private Partition partition(List<String> key) throws IOException {
    Partition partition = partitions.get(key);
    if (partition != null) {
      return partition;
    }
    if (partitions.size() >= MAX_PARTITIONS) {
      throw new QuiverException(
          ErrorCode.USER_ERROR,
          "COPY with PARTITION_BY " + keyNames + " would write more than " + MAX_PARTITIONS
              + " partitions; partition by columns with fewer distinct values");
    }
    Path folder = directory;
    for (int k = 0; k < key.size(); k++) {
      folder = folder.resolve(keyNames.get(k) + "=" + encode(key.get(k)));
    }
    Files.createDirectories(folder);
    BatchWriter writer =
        format.create(folder.resolve("data_0." + extension), dataSchema, options, allocator);
    partition = new Partition(writer, VectorSchemaRoot.create(dataSchema, allocator));
    partitions.put(key, partition);
    return partition;
  }

  /** A value as a directory name, as Hive and Spark write it. */
  private static String encode(String value) {
    if (value == null) {
      return HivePartitions.DEFAULT_PARTITION;
    }
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** Finishes every file; returns the rows written. */
  long finish() throws IOException {
    long rows = 0;
    for (Partition partition : partitions.values()) {
      partition.writer().finish();
      rows += partition.writer().rowsWritten();
    }
    return rows;
  }

  /** Closes every writer (deleting unfinished files) and frees the gathered rows. */
  @Override
  public void close() {
    for (Partition partition : partitions.values()) {
      partition.writer().close();
      partition.rows().close();
    }
  }
}
