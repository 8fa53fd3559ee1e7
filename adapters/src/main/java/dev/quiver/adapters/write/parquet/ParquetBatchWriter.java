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
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Writes batches into row groups of a fixed number of rows: each column's chunk is buffered
 * (compressed pages) until the row group is full, then the chunks go to the file one after the
 * other; the footer is written by {@link #finish()}.
 */
final class ParquetBatchWriter implements BatchWriter {
  static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);

  private final Schema schema;
  private final List<ParquetColumnType> types = new ArrayList<>();
  private final ColumnChunkWriter[] columns;
  private final int rowGroupSize;
  private final int codec;
  private final AtomicFileOutput output;
  private final List<ParquetFooter.RowGroup> rowGroups = new ArrayList<>();
  private int rowsInGroup;
  private long rowsWritten;
  private boolean finished;

  ParquetBatchWriter(Path target, Schema schema, int codec, int rowGroupSize) throws IOException {
    this.schema = schema;
    this.rowGroupSize = rowGroupSize;
    this.codec = codec;
    List<Field> fields = schema.getFields();
    columns = new ColumnChunkWriter[fields.size()];
    for (int c = 0; c < columns.length; c++) {
      ParquetColumnType type = ParquetColumnType.of(fields.get(c));
      types.add(type);
      columns[c] = ChunkWriters.create(type, new PageCompressor(codec));
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
      for (int c = 0; c < columns.length; c++) {
        columns[c].append(batch.getVector(c), position, position + take);
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
    for (ColumnChunkWriter column : columns) {
      column.flushPage();
      long offset = output.position();
      column.chunk.writeTo(out);
      chunks.add(new ParquetFooter.Chunk(
          column.type, codec, column.chunkValues, column.chunkNulls, column.uncompressedBytes,
          column.chunk.size(), offset, column.minBytes(), column.maxBytes()));
      uncompressed += column.uncompressedBytes;
      column.resetChunk();
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
    byte[] footer = ParquetFooter.encode(types, rowGroups, rowsWritten);
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
