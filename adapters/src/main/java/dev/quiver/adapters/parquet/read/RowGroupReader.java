package dev.quiver.adapters.parquet.read;

import dev.quiver.adapters.parquet.compress.PageDecompressor;
import dev.quiver.adapters.parquet.metadata.RowGroupMetadata;
import dev.quiver.adapters.parquet.schema.ColumnNode;
import dev.quiver.adapters.parquet.schema.LeafNode;
import dev.quiver.adapters.spi.DictionaryColumn;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.arrow.vector.FieldVector;

/** Reads batches of one row group: every projected leaf decodes its rows, then vectors are built. */
public final class RowGroupReader {
  private final Map<LeafNode, ColumnChunkReader> readers = new HashMap<>();
  private final VectorAssembler assembler;

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
   * @param previous the row group read before this one, or null; its readers' buffers are taken
   *     over so that steady-state row groups allocate no page or level buffers
   */
  public RowGroupReader(
      RowGroupMetadata rowGroup, Map<LeafNode, byte[]> chunks, PageDecompressor decompressor,
      RowGroupReader previous) {
    this(rowGroup, chunks, decompressor, previous, false);
  }

  /**
   * @param keepCodes whether top-level string columns whose batch is all dictionary codes stay
   *     coded (see {@link #codedColumn})
   */
  public RowGroupReader(
      RowGroupMetadata rowGroup, Map<LeafNode, byte[]> chunks, PageDecompressor decompressor,
      RowGroupReader previous, boolean keepCodes) {
    for (Map.Entry<LeafNode, byte[]> entry : chunks.entrySet()) {
      LeafNode leaf = entry.getKey();
      byte[] bytes = entry.getValue();
      try {
        ColumnChunkReader reader =
            new ColumnChunkReader(
                leaf, rowGroup.columns().get(leaf.leafIndex()), bytes, 0, bytes.length,
                decompressor, keepCodes);
        if (previous != null) {
          reader.takeBuffersOf(previous.readers.get(leaf));
        }
        readers.put(leaf, reader);
      } catch (RuntimeException e) {
        throw new ColumnFailure(leaf, e);
      }
    }
    assembler = new VectorAssembler(readers);
  }

  /** Decodes the next {@code rows} rows of every projected column into {@code vectors}. */
  public void readBatch(int rows, List<ColumnNode> columns, FieldVector[] vectors) {
    for (ColumnChunkReader reader : readers.values()) {
      try {
        FieldVector direct = directVector(reader.leaf(), columns, vectors);
        if (direct != null) {
          reader.readRecordsInto(rows, direct);
        } else {
          reader.readRecords(rows);
        }
      } catch (RuntimeException e) {
        throw new ColumnFailure(reader.leaf(), e);
      }
    }
    for (int c = 0; c < columns.size(); c++) {
      ColumnNode column = columns.get(c);
      if (column instanceof LeafNode leaf && DirectLeafWriter.supports(leaf)) {
        continue;
      }
      try {
        int slots = assembler.write(column, vectors[c]);
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
  }

  /** The vector of {@code leaf} when it is a top-level column written directly, else null. */
  private static FieldVector directVector(
      LeafNode leaf, List<ColumnNode> columns, FieldVector[] vectors) {
    if (!DirectLeafWriter.supports(leaf)) {
      return null;
    }
    for (int c = 0; c < columns.size(); c++) {
      if (columns.get(c) == leaf) {
        return vectors[c];
      }
    }
    return null;
  }
}
