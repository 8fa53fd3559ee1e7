package dev.quiver.adapters.write.parquet;

import dev.quiver.adapters.spi.BatchWriter;
import dev.quiver.adapters.write.AtomicFileOutput;
import dev.quiver.adapters.write.BatchChecks;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Writes batches into row groups of a fixed number of rows (a row is a record: its nested values
 * never straddle row groups): each leaf's chunk is buffered (compressed pages, dictionary) until
 * the row group is full, then the chunks go to the file one after the other; the footer is
 * written by {@link #finish()}.
 */
final class ParquetBatchWriter implements BatchWriter {
  static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);

  private final Schema schema;
  private final WriterSchema parquetSchema;
  private final ColumnChunkWriter[] leaves;
  private final RecordShredder shredder = new RecordShredder();
  private final int rowGroupSize;
  private final int codec;
  private final AtomicFileOutput output;
  private final List<ParquetFooter.RowGroup> rowGroups = new ArrayList<>();
  private int rowsInGroup;
  private long rowsWritten;
  private boolean finished;

  /**
   * @param dictionaries whether to dictionary-encode the types that support it (tests compare
   *     with PLAIN; COPY always passes true)
   */
  ParquetBatchWriter(Path target, Schema schema, int codec, int rowGroupSize, boolean dictionaries)
      throws IOException {
    this.schema = schema;
    this.rowGroupSize = rowGroupSize;
    this.codec = codec;
    this.parquetSchema = WriterSchema.of(schema);
    List<LeafColumn> leafColumns = parquetSchema.leaves;
    leaves = new ColumnChunkWriter[leafColumns.size()];
    for (int c = 0; c < leaves.length; c++) {
      leaves[c] = ChunkWriters.create(leafColumns.get(c), new PageCompressor(codec), dictionaries);
    }
    output = AtomicFileOutput.open(target);
    try {
      output.stream().write(MAGIC);
    } catch (IOException e) {
      output.abort();
      throw e;
    }
  }

  @Override
  public void write(VectorSchemaRoot batch) throws IOException {
    BatchChecks.requireSameColumns(schema, batch);
    int rows = batch.getRowCount();
    int position = 0;
    while (position < rows) {
      int take = Math.min(rows - position, rowGroupSize - rowsInGroup);
      for (ColumnChunkWriter writer : leaves) {
        FieldVector top = batch.getVector(writer.leaf.column);
        shredder.shred(writer.leaf, top, position, position + take);
        writer.append(shredder, shredder.leafVector);
      }
      position += take;
      rowsInGroup += take;
      rowsWritten += take;
      if (rowsInGroup == rowGroupSize) {
        flushRowGroup();
      }
    }
  }

  private void flushRowGroup() throws IOException {
    OutputStream out = output.stream();
    List<ParquetFooter.Chunk> chunks = new ArrayList<>();
    long groupStart = output.position();
    long uncompressed = 0;
    for (ColumnChunkWriter writer : leaves) {
      writer.finishChunk();
      long offset = output.position();
      long dictionaryOffset = -1;
      if (writer.dictionaryPage.size() > 0) {
        dictionaryOffset = offset;
        writer.dictionaryPage.writeTo(out);
      }
      long dataOffset = output.position();
      writer.chunk.writeTo(out);
      chunks.add(new ParquetFooter.Chunk(
          writer.leaf, codec, writer.chunkValues, writer.chunkNulls, writer.uncompressedBytes,
          output.position() - offset, offset, dictionaryOffset, dataOffset, writer.plainPages,
          writer.dictionaryPages, writer.minBytes(), writer.maxBytes()));
      uncompressed += writer.uncompressedBytes;
      writer.resetChunk();
    }
    rowGroups.add(new ParquetFooter.RowGroup(
        chunks, rowsInGroup, uncompressed, groupStart, output.position() - groupStart));
    rowsInGroup = 0;
  }

  @Override
  public void finish() throws IOException {
    if (rowsInGroup > 0) {
      flushRowGroup();
    }
    byte[] footer = ParquetFooter.encode(parquetSchema, schema.getFields().size(), rowGroups, rowsWritten);
    OutputStream out = output.stream();
    out.write(footer);
    out.write(new byte[] {
      (byte) footer.length, (byte) (footer.length >>> 8), (byte) (footer.length >>> 16), (byte) (footer.length >>> 24)
    });
    out.write(MAGIC);
    output.commit();
    finished = true;
  }

  @Override
  public long rowsWritten() {
    return rowsWritten;
  }

  @Override
  public void close() {
    if (!finished) {
      output.abort();
    }
  }
}
