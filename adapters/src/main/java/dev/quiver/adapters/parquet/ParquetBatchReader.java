package dev.quiver.adapters.parquet;

import dev.quiver.adapters.parquet.compress.PageDecompressor;
import dev.quiver.adapters.parquet.metadata.ColumnChunkMetadata;
import dev.quiver.adapters.parquet.metadata.RowGroupMetadata;
import dev.quiver.adapters.parquet.read.RowGroupReader;
import dev.quiver.adapters.parquet.schema.ColumnNode;
import dev.quiver.adapters.parquet.schema.LeafNode;
import dev.quiver.adapters.spi.BatchReader;
import dev.quiver.adapters.spi.DictionaryColumn;
import dev.quiver.adapters.spi.ReaderException;
import dev.quiver.adapters.spi.ScanMetrics;
import dev.quiver.adapters.spi.ScanPartition;
import dev.quiver.adapters.spi.ScanSpec;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Streams the row groups of one partition: row groups the statistics exclude are skipped, the
 * projected columns' chunks of each kept row group are read from disk in one positioned read each,
 * and every batch decodes the next rows of those chunks into the reused vectors.
 */
final class ParquetBatchReader implements BatchReader {
  private final Path file;
  private final ParquetFileInfo info;
  private final FileChannel channel;
  private final List<ColumnNode> projected;
  private final List<LeafNode> leaves = new ArrayList<>();
  private final List<Integer> rowGroups = new ArrayList<>();
  private final VectorSchemaRoot root;
  private final FieldVector[] vectors;
  private final ScanMetrics metrics = new ScanMetrics();
  private final PageDecompressor decompressor = new PageDecompressor();
  private final int batchRows;
  private final boolean dictionaryCodes;
  /** Per projected column: decoded only by loadDeferred; null when nothing is deferred. */
  private final boolean[] deferred;
  /** The leaves of deferred columns, whose chunks are read on first need. */
  private final java.util.Set<LeafNode> deferredLeaves = new java.util.HashSet<>();
  /** Whether the current batch's deferred columns were decoded. */
  private boolean deferredLoaded;
  private int nextRowGroup;
  private int currentRowGroup = -1;
  private RowGroupReader rowGroupReader;
  /** The row group read last, whose buffers the next one takes over. */
  private RowGroupReader finishedRowGroup;
  private long rowsLeft;

  ParquetBatchReader(
      ScanPartition partition, ParquetFileInfo info, ScanSpec spec, BufferAllocator allocator)
      throws IOException {
    this.file = partition.file();
    this.info = info;
    this.batchRows = Math.max(1, spec.batchRows());
    this.dictionaryCodes = spec.dictionaryCodes();
    List<ColumnNode> columns = info.schema().columns();
    projected = new ArrayList<>();
    List<FieldVector> created = new ArrayList<>();
    for (int column : spec.columns()) {
      ColumnNode node = columns.get(column);
      projected.add(node);
      node.collectLeaves(leaves);
    }
    List<RowGroupMetadata> all = info.metadata().rowGroups();
    long first = partition.isWholeFile() ? 0 : Math.max(0, partition.start());
    long last = partition.isWholeFile() ? all.size() : Math.min(all.size(), partition.end());
    RowGroupPruner pruner = new RowGroupPruner(info);
    for (long i = first; i < last; i++) {
      RowGroupMetadata rowGroup = all.get((int) i);
      boolean skipped = !spec.predicates().isEmpty() && pruner.canSkip(rowGroup, spec.predicates());
      metrics.addUnit(skipped);
      if (!skipped && rowGroup.numRows() > 0) {
        rowGroups.add((int) i);
      }
    }
    boolean[] deferrable = new boolean[projected.size()];
    boolean anyDeferred = false;
    for (int position : spec.deferred()) {
      if (RowGroupReader.deferrable(projected.get(position))) {
        deferrable[position] = true;
        anyDeferred = true;
      }
    }
    deferred = anyDeferred ? deferrable : null;
    for (int c = 0; c < projected.size(); c++) {
      if (deferrable[c]) {
        deferredLeaves.add((LeafNode) projected.get(c));
      }
    }
    FileChannel opened = null;
    try {
      for (ColumnNode node : projected) {
        created.add(node.field().createVector(allocator));
      }
      opened = FileChannel.open(file, StandardOpenOption.READ);
    } catch (IOException | RuntimeException e) {
      created.forEach(FieldVector::close);
      throw e;
    }
    channel = opened;
    vectors = created.toArray(new FieldVector[0]);
    root = new VectorSchemaRoot(created);
  }

  @Override
  public Schema schema() {
    return root.getSchema();
  }

  @Override
  public VectorSchemaRoot root() {
    return root;
  }

  @Override
  public void loadDeferred() throws IOException {
    if (deferredLoaded || rowGroupReader == null) {
      return;
    }
    try {
      rowGroupReader.loadDeferred(projected, vectors, deferred);
    } catch (RowGroupReader.ColumnFailure failure) {
      throw error(failure.leaf(), failure.getCause());
    }
    for (int c = 0; c < vectors.length; c++) {
      if (deferred[c]) {
        vectors[c].setValueCount(root.getRowCount());
      }
    }
    deferredLoaded = true;
  }

  @Override
  public DictionaryColumn dictionary(int column) {
    if (rowGroupReader == null || !(projected.get(column) instanceof LeafNode leaf)
        || (deferred != null && deferred[column] && !deferredLoaded)) {
      return null;
    }
    return rowGroupReader.codedColumn(leaf);
  }

  @Override
  public ScanMetrics metrics() {
    return metrics;
  }

  @Override
  public boolean next() throws IOException {
    while (rowsLeft == 0) {
      if (rowGroupReader != null) {
        metrics.addPagesSkipped(rowGroupReader.pagesSkipped());
        if (finishedRowGroup != null) {
          finishedRowGroup.close();
        }
        finishedRowGroup = rowGroupReader;
      }
      rowGroupReader = null;
      if (nextRowGroup >= rowGroups.size()) {
        return false;
      }
      openRowGroup(rowGroups.get(nextRowGroup++));
    }
    int rows = (int) Math.min(batchRows, rowsLeft);
    try {
      rowGroupReader.readBatch(rows, projected, vectors, deferred);
    } catch (RowGroupReader.ColumnFailure failure) {
      throw error(failure.leaf(), failure.getCause());
    }
    deferredLoaded = deferred == null;
    root.setRowCount(rows);
    metrics.addBatch(rows);
    rowsLeft -= rows;
    return true;
  }

  private void openRowGroup(int index) throws IOException {
    currentRowGroup = index;
    RowGroupMetadata rowGroup = info.metadata().rowGroups().get(index);
    Map<LeafNode, byte[]> chunks = new LinkedHashMap<>();
    for (LeafNode leaf : leaves) {
      // A deferred column's chunk is read only if some batch of this row group needs it.
      chunks.put(leaf, deferredLeaves.contains(leaf) ? null : readChunk(leaf, rowGroup));
    }
    try {
      rowGroupReader =
          new RowGroupReader(
              rowGroup, chunks, leaf -> readChunk(leaf, rowGroup), decompressor,
              finishedRowGroup, dictionaryCodes);
      finishedRowGroup = null;
    } catch (RowGroupReader.ColumnFailure failure) {
      throw error(failure.leaf(), failure.getCause());
    }
    rowsLeft = rowGroup.numRows();
  }

  private byte[] readChunk(LeafNode leaf, RowGroupMetadata rowGroup) throws IOException {
    return readChunk(leaf, rowGroup.columns().get(leaf.leafIndex()));
  }

  private byte[] readChunk(LeafNode leaf, ColumnChunkMetadata chunk) throws IOException {
    if (chunk.encrypted()) {
      throw error(leaf, "the column is encrypted; Quiver cannot read encrypted Parquet files");
    }
    if (chunk.externalFile() != null) {
      throw error(leaf, "the column chunk is stored in another file ('" + chunk.externalFile()
          + "'), which Quiver does not follow");
    }
    if (chunk.type() != leaf.element().type()) {
      throw error(leaf, "the column chunk holds " + chunk.type() + " but the schema says "
          + leaf.element().type());
    }
    long start = chunk.dataPageOffset();
    long dictionary = chunk.dictionaryPageOffset();
    if (dictionary > 0 && dictionary < start) {
      start = dictionary;
    }
    long length = chunk.totalCompressedSize();
    if (start < 0 || length < 0 || start + length > info.fileSize()) {
      throw error(leaf, "the column chunk at byte " + start + " of " + length
          + " bytes lies outside the file of " + info.fileSize() + " bytes (truncated or corrupt)");
    }
    if (length > Integer.MAX_VALUE - 16) {
      throw error(leaf, "the column chunk has " + length + " bytes; chunks over 2 GB are not supported");
    }
    byte[] bytes = ParquetFooterReader.readFully(file, channel, start, (int) length);
    metrics.addBytes(length);
    return bytes;
  }

  private ReaderException error(LeafNode leaf, Throwable cause) {
    String problem =
        cause instanceof ParquetCorruptionException
            ? cause.getMessage()
            : "corrupt data (" + cause + ")";
    ReaderException exception = error(leaf, problem);
    exception.initCause(cause);
    return exception;
  }

  private ReaderException error(LeafNode leaf, String problem) {
    return new ReaderException(
        file,
        -1,
        leaf == null ? null : leaf.path(),
        "row group " + currentRowGroup + " of " + info.metadata().rowGroups().size() + ": " + problem,
        null,
        null);
  }

  @Override
  public void close() {
    root.close();
    if (rowGroupReader != null) {
      metrics.addPagesSkipped(rowGroupReader.pagesSkipped());
      rowGroupReader.close();
      rowGroupReader = null;
    }
    if (finishedRowGroup != null) {
      finishedRowGroup.close();
      finishedRowGroup = null;
    }
    try {
      channel.close();
    } catch (IOException e) {
      // Nothing was written; a failed close of a read-only channel loses nothing.
    }
  }
}
