package dev.quiver.adapters.parquet.read;

import dev.quiver.adapters.parquet.compress.PageDecompressor;
import dev.quiver.adapters.parquet.metadata.RowGroupMetadata;
import dev.quiver.adapters.parquet.schema.ColumnNode;
import dev.quiver.adapters.parquet.schema.LeafNode;
import dev.quiver.adapters.spi.DictionaryColumn;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.arrow.vector.FieldVector;

/** Reads batches of one row group: every projected leaf decodes its rows, then vectors are built. */
public final class RowGroupReader {
  private final Map<LeafNode, ColumnChunkReader> readers = new HashMap<>();
  /** Readers of the previous row group for leaves whose chunk is not read yet: their buffers. */
  private final Map<LeafNode, ColumnChunkReader> inherited = new HashMap<>();
  private final RowGroupMetadata rowGroup;
  private final ChunkSource source;
  private final PageDecompressor decompressor;
  private final boolean keepCodes;

  /** Reads one leaf's column chunk bytes, when a deferred column first needs them. */
  public interface ChunkSource {
    byte[] read(LeafNode leaf) throws java.io.IOException;
  }
  private final VectorAssembler assembler;
  private final Map<ColumnNode, List<LeafNode>> leaves = new IdentityHashMap<>();
  /** Per projected column: rows noted by deferred reads and not decoded yet (see readBatch). */
  private int[] pendingRows;
  /** Rows of the current batch. */
  private int batchRows;

  /** A failure while decoding, with the column it happened in. */
  public static final class ColumnFailure extends RuntimeException {
    private final transient LeafNode leaf;

    ColumnFailure(LeafNode leaf, Throwable cause) {
      super(cause.getMessage(), cause, false, false);
      this.leaf = leaf;
    }

    public LeafNode leaf() {
      return leaf;
    }
  }

  /**
   * @param chunks each leaf's column chunk bytes, or null for a leaf of a deferred column, whose
   *     bytes {@code source} reads only when {@link #loadDeferred} first needs them
   * @param previous the row group read before this one, or null; its readers' buffers are taken
   *     over so that steady-state row groups allocate no page or level buffers
   * @param keepCodes whether top-level string columns whose batch is all dictionary codes stay
   *     coded (see {@link #codedColumn})
   */
  public RowGroupReader(
      RowGroupMetadata rowGroup, Map<LeafNode, byte[]> chunks, ChunkSource source,
      PageDecompressor decompressor, RowGroupReader previous, boolean keepCodes) {
    this.rowGroup = rowGroup;
    this.source = source;
    this.decompressor = decompressor;
    this.keepCodes = keepCodes;
    for (Map.Entry<LeafNode, byte[]> entry : chunks.entrySet()) {
      LeafNode leaf = entry.getKey();
      ColumnChunkReader before = previous == null ? null : previous.takeReader(leaf);
      if (entry.getValue() == null) {
        if (before != null) {
          inherited.put(leaf, before);
        }
        continue;
      }
      createReader(leaf, entry.getValue(), before);
    }
    assembler = new VectorAssembler(readers);
  }

  /** Decodes the next {@code rows} rows of every projected column into {@code vectors}. */
  public void readBatch(int rows, List<ColumnNode> columns, FieldVector[] vectors) {
    readBatch(rows, columns, vectors, null);
  }

  /**
   * Decodes the next {@code rows} rows of the projected columns into {@code vectors}, except the
   * columns with {@code deferred[c]} set (flat leaves only, see {@link #deferrable}): those only
   * note the rows, which {@link #loadDeferred} decodes if asked to before the next batch, and the
   * next batch otherwise skips, whole pages without decompressing them.
   */
  public void readBatch(int rows, List<ColumnNode> columns, FieldVector[] vectors, boolean[] deferred) {
    if (pendingRows == null || pendingRows.length != columns.size()) {
      pendingRows = new int[columns.size()];
    }
    batchRows = rows;
    for (int c = 0; c < columns.size(); c++) {
      if (deferred != null && deferred[c]) {
        pendingRows[c] += rows;
      } else {
        decodeColumn(columns.get(c), vectors[c], rows);
      }
    }
  }

  /**
   * Decodes the current batch's rows of the deferred columns, skipping the rows before them; a
   * column's chunk is read from the file the first time.
   */
  public void loadDeferred(List<ColumnNode> columns, FieldVector[] vectors, boolean[] deferred)
      throws java.io.IOException {
    for (int c = 0; c < columns.size(); c++) {
      if (deferred[c] && pendingRows[c] > 0) {
        LeafNode leaf = (LeafNode) columns.get(c);
        if (!readers.containsKey(leaf)) {
          createReader(leaf, source.read(leaf), inherited.remove(leaf));
        }
        try {
          readers.get(leaf).skipRecords(pendingRows[c] - batchRows);
        } catch (RuntimeException e) {
          throw new ColumnFailure(leaf, e);
        }
        pendingRows[c] = 0;
        decodeColumn(leaf, vectors[c], batchRows);
      }
    }
  }

  /** Data pages of deferred columns stepped over without being decompressed. */
  public int pagesSkipped() {
    int pages = 0;
    for (ColumnChunkReader reader : readers.values()) {
      pages += reader.pagesSkipped();
    }
    return pages;
  }

  /** Whether column {@code column} may be deferred: a flat leaf, whose rows can be skipped. */
  public static boolean deferrable(ColumnNode column) {
    return column instanceof LeafNode leaf && leaf.maxRep() == 0;
  }

  private void decodeColumn(ColumnNode column, FieldVector vector, int rows) {
    if (column instanceof LeafNode leaf && DirectLeafWriter.supports(leaf)) {
      try {
        readers.get(leaf).readRecordsInto(rows, vector);
      } catch (RuntimeException e) {
        throw new ColumnFailure(leaf, e);
      }
      return;
    }
    for (LeafNode leaf : leavesOf(column)) {
      try {
        readers.get(leaf).readRecords(rows);
      } catch (RuntimeException e) {
        throw new ColumnFailure(leaf, e);
      }
    }
    try {
      int slots = assembler.write(column, vector);
      if (slots != rows) {
        throw new dev.quiver.adapters.parquet.ParquetCorruptionException(
            "the levels hold " + slots + " rows where " + rows + " were expected");
      }
    } catch (ColumnFailure e) {
      throw e;
    } catch (RuntimeException e) {
      throw new ColumnFailure(column.firstLeaf(), e);
    }
  }

  private List<LeafNode> leavesOf(ColumnNode column) {
    return leaves.computeIfAbsent(column, node -> {
      List<LeafNode> below = new ArrayList<>();
      node.collectLeaves(below);
      return below;
    });
  }

  private void createReader(LeafNode leaf, byte[] bytes, ColumnChunkReader before) {
    try {
      ColumnChunkReader reader =
          new ColumnChunkReader(
              leaf, rowGroup.columns().get(leaf.leafIndex()), bytes, 0, bytes.length,
              decompressor, keepCodes);
      reader.takeBuffersOf(before);
      readers.put(leaf, reader);
    } catch (RuntimeException e) {
      throw new ColumnFailure(leaf, e);
    }
  }

  /** Hands {@code leaf}'s reader (or the one it inherited) to the next row group's reader. */
  private ColumnChunkReader takeReader(LeafNode leaf) {
    ColumnChunkReader reader = readers.get(leaf);
    return reader != null ? reader : inherited.remove(leaf);
  }

  /** The last batch's codes of top-level column {@code leaf}, or null when its bytes were written. */
  public DictionaryColumn codedColumn(LeafNode leaf) {
    ColumnChunkReader reader = readers.get(leaf);
    return reader == null ? null : reader.codedColumn();
  }

  /**
   * Frees the readers' Arrow buffers. Readers whose buffers a later row group took over share
   * them; closing both is harmless.
   */
  public void close() {
    for (ColumnChunkReader reader : readers.values()) {
      reader.close();
    }
    for (ColumnChunkReader reader : inherited.values()) {
      reader.close();
    }
  }
}
