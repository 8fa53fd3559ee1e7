package dev.quiver.adapters.write;

import dev.quiver.adapters.spi.BatchWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

/** Writes batches as JSON objects: each column is encoded column-wise, then rows are assembled. */
final class JsonBatchWriter implements BatchWriter {
  private final Schema schema;
  private final boolean array;
  private final ColumnEncoder[] encoders;
  private final EncodedColumn[] encoded;
  /** {@code {"name":} for the first column, {@code ,"name":} for the others. */
  private final byte[][] keys;
  private final ByteBuilder rows = new ByteBuilder(1 << 16);
  private final AtomicFileOutput output;
  private long rowsWritten;
  private boolean finished;

  JsonBatchWriter(Path target, Schema schema, boolean array) throws IOException {
    this.schema = schema;
    this.array = array;
    TextStyle style = TextStyle.json();
    List<Field> fields = schema.getFields();
    encoders = new ColumnEncoder[fields.size()];
    encoded = new EncodedColumn[fields.size()];
    keys = new byte[fields.size()][];
    for (int c = 0; c < encoders.length; c++) {
      encoders[c] = ColumnEncoders.forField(fields.get(c), style);
      encoded[c] = new EncodedColumn();
      ByteBuilder key = new ByteBuilder(16);
      key.put(c == 0 ? '{' : ',');
      JsonText.appendQuoted(key, fields.get(c).getName());
      key.put(':');
      keys[c] = key.toByteArray();
    }
    output = AtomicFileOutput.open(target);
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
    for (int r = 0; r < rowCount; r++) {
      if (array) {
        // "[" before the first row, ",\n" between rows.
        if (rowsWritten + r == 0) {
          rows.put('[');
        } else {
          rows.put(',');
          rows.put('\n');
        }
      }
      if (columns == 0) {
        rows.put('{');
      }
      for (int c = 0; c < columns; c++) {
        rows.put(keys[c]);
        encoded[c].copyValue(r, rows);
      }
      rows.put('}');
      if (!array) {
        rows.put('\n');
      }
    }
    rows.writeTo(output.stream());
    rowsWritten += rowCount;
  }

  @Override
  public void finish() throws IOException {
    if (array) {
      output.stream().write(rowsWritten == 0 ? new byte[] {'[', ']', '\n'} : new byte[] {']', '\n'});
    }
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
