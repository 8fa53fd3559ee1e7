package dev.quiver.adapters.parquet;

import dev.quiver.adapters.parquet.compress.PageDecompressor;
import dev.quiver.adapters.parquet.metadata.ColumnChunkMetadata;
import dev.quiver.adapters.parquet.metadata.Encodings;
import dev.quiver.adapters.parquet.metadata.RowGroupMetadata;
import dev.quiver.adapters.parquet.schema.ColumnNode;
import dev.quiver.adapters.parquet.schema.LeafNode;
import dev.quiver.adapters.spi.BatchReader;
import dev.quiver.adapters.spi.ColumnPredicate;
import dev.quiver.adapters.spi.FileFormat;
import dev.quiver.adapters.spi.FormatOptions;
import dev.quiver.adapters.spi.Pushdown;
import dev.quiver.adapters.spi.ReaderException;
import dev.quiver.adapters.spi.ScanPartition;
import dev.quiver.adapters.spi.ScanSpec;
import dev.quiver.adapters.spi.TableSchema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.apache.arrow.memory.BufferAllocator;

/**
 * Parquet files ({@code *.parquet}, any letter case), read without Hadoop: the footer and page
 * headers are decoded by our own Thrift compact-protocol reader, pages are decompressed with
 * pure-Java codecs and decoded straight from their bytes.
 *
 * <p><b>Types.</b> Every column is nullable. INT32/INT64 map to Int(8/16/32/64) after their INT
 * annotations (unsigned widen to the next signed width, UINT64 to Decimal(20,0)); FLOAT, DOUBLE
 * and FLOAT16 (widened) to floating point; DECIMAL of any physical form to Decimal(p,s,128)
 * (wider than 38 digits: text); STRING/ENUM/JSON byte arrays and UUIDs to Utf8, other byte arrays
 * to Binary; DATE to Date(DAY); TIME to Time(MICROSECOND); every TIMESTAMP (millis, micros,
 * nanos truncated toward negative infinity, INT96) to Timestamp(MICROSECOND, no zone). Timestamps
 * written with isAdjustedToUTC keep their UTC instant as the wall-clock value (no zone shift).
 * Groups become Struct, LIST and unannotated repeated fields List, MAP Map.
 *
 * <p><b>Partitions.</b> One per row group: {@code start}/{@code end} are a row-group index range
 * [start, end); when fewer partitions are allowed, neighbouring row groups share one. The whole-
 * file partition reads every row group.
 *
 * <p><b>Pushdown.</b> Compare, Between, In and IsNull on top-level primitive columns are INEXACT
 * when the file has statistics for them: row groups whose statistics prove no row matches are
 * skipped (see {@link StatisticsBounds} for which statistics are trusted).
 *
 * <p>Unsupported (clear error on read): encryption, BROTLI and LZO compression, BIT_PACKED
 * levels, column chunks in other files.
 */
public final class ParquetFormat implements FileFormat {
  @Override
  public String name() {
    return "parquet";
  }

  @Override
  public boolean accepts(Path file) {
    Path name = file.getFileName();
    return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".parquet");
  }

  @Override
  public TableSchema inferSchema(Path file, FormatOptions options) throws IOException {
    ParquetFileInfo info = ParquetFooterReader.read(file);
    if (info.metadata().encryptedColumns()) {
      throw new ReaderException(
          file, -1, null,
          "the file's columns are encrypted; Quiver cannot read encrypted Parquet files",
          "decrypt it with the tool that wrote it, or export it without encryption", null);
    }
    List<String> notes = new ArrayList<>();
    notes.add(
        "parquet: "
            + info.metadata().numRows()
            + " rows in "
            + info.metadata().rowGroups().size()
            + " row groups"
            + (info.metadata().createdBy() == null ? "" : ", written by " + info.metadata().createdBy()));
    for (LeafNode leaf : info.schema().leaves()) {
      for (RowGroupMetadata rowGroup : info.metadata().rowGroups()) {
        ColumnChunkMetadata chunk = rowGroup.columns().get(leaf.leafIndex());
        if (!PageDecompressor.supports(chunk.codec())) {
          notes.add("column '" + leaf.path() + "' uses " + Encodings.codecName(chunk.codec())
              + " compression, which Quiver cannot read");
          break;
        }
      }
    }
    return new TableSchema(info.schema().arrowSchema(), notes, info);
  }

  @Override
  public List<ScanPartition> partitions(Path file, TableSchema schema, int maxPartitions)
      throws IOException {
    int rowGroups = infoOf(file, schema).metadata().rowGroups().size();
    int count = Math.max(1, Math.min(maxPartitions, rowGroups));
    if (count == 1) {
      return List.of(ScanPartition.wholeFile(file));
    }
    List<ScanPartition> partitions = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      long start = (long) rowGroups * i / count;
      long end = (long) rowGroups * (i + 1) / count;
      partitions.add(new ScanPartition(file, i, start, end));
    }
    return partitions;
  }

  @Override
  public List<Pushdown> classify(List<ColumnPredicate> predicates, TableSchema schema) {
    if (!(schema.formatState() instanceof ParquetFileInfo info)) {
      return Collections.nCopies(predicates.size(), Pushdown.UNSUPPORTED);
    }
    RowGroupPruner pruner = new RowGroupPruner(info);
    List<Pushdown> answers = new ArrayList<>(predicates.size());
    for (ColumnPredicate predicate : predicates) {
      answers.add(pruner.classify(predicate));
    }
    return answers;
  }

  @Override
  public boolean readsColumnsLate() {
    return true;
  }

  @Override
  public BatchReader open(
      ScanPartition partition, TableSchema schema, ScanSpec spec, BufferAllocator allocator)
      throws IOException {
    ParquetFileInfo info = infoOf(partition.file(), schema);
    List<ColumnNode> columns = info.schema().columns();
    for (int column : spec.columns()) {
      if (column < 0 || column >= columns.size()) {
        throw new IllegalArgumentException(
            "column " + column + " is not in " + partition.file() + " (" + columns.size()
                + " columns)");
      }
    }
    return new ParquetBatchReader(partition, info, spec, allocator);
  }

  private static ParquetFileInfo infoOf(Path file, TableSchema schema) throws IOException {
    if (schema != null && schema.formatState() instanceof ParquetFileInfo info) {
      return info;
    }
    return ParquetFooterReader.read(file);
  }
}
