package dev.quiver.adapters.write;

import dev.quiver.adapters.spi.BatchWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

/** Writes batches as CSV rows: each column is encoded column-wise, then rows are interleaved. */
final class CsvBatchWriter implements BatchWriter {
  private final Schema schema;
  private final TextStyle style;
  private final ColumnEncoder[] encoders;
  private final EncodedColumn[] encoded;
  private final ByteBuilder rows = new ByteBuilder(1 << 16);
  private final AtomicFileOutput output;
  private long rowsWritten;
  private boolean finished;

  CsvBatchWriter(Path target, Schema schema, TextStyle style, boolean header) throws IOException {
    this.schema = schema;
    this.style = style;
    List<Field> fields = schema.getFields();
    encoders = new ColumnEncoder[fields.size()];
    encoded = new EncodedColumn[fields.size()];
    for (int c = 0; c < encoders.length; c++) {
      encoders[c] = ColumnEncoders.forField(fields.get(c), style);
      encoded[c] = new EncodedColumn();
    }
    output = AtomicFileOutput.open(target);
    if (header) {
      try {
        writeHeader(fields);
      } catch (IOException | RuntimeException e) {
        output.abort();
        throw e;
      }
    }
  }

  private void writeHeader(List<Field> fields) throws IOException {
    rows.reset();
    for (int c = 0; c < fields.size(); c++) {
      if (c > 0) {
        rows.put(style.delimiter);
      }
      int start = rows.size();
      rows.put(fields.get(c).getName().getBytes(StandardCharsets.UTF_8));
      style.quoteIfNeeded(rows, start);
    }
    rows.put('\n');
    rows.writeTo(output.stream());
  }

  @Override
  public void write(VectorSchemaRoot batch) throws IOException {
    BatchChecks.requireSameColumns(schema, batch);
    int rowCount = batch.getRowCount();
    for (int c = 0; c < encoders.length; c++) {
      encoded[c].reset();
      encoders[c].encode(batch.getVector(c), 0, rowCount, encoded[c]);
    }
    rows.reset();
    int columns = encoders.length;
    byte delimiter = style.delimiter;
    for (int r = 0; r < rowCount; r++) {
      for (int c = 0; c < columns; c++) {
        if (c > 0) {
          rows.put(delimiter);
        }
        encoded[c].copyValue(r, rows);
      }
      rows.put('\n');
    }
    rows.writeTo(output.stream());
    rowsWritten += rowCount;
  }

  @Override
  public void finish() throws IOException {
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
