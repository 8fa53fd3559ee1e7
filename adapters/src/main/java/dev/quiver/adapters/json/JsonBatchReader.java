package dev.quiver.adapters.json;

import dev.quiver.adapters.compress.PositionalInput;
import dev.quiver.adapters.spi.BatchReader;
import dev.quiver.adapters.spi.ScanMetrics;
import dev.quiver.adapters.spi.ScanPartition;
import dev.quiver.adapters.spi.ScanSpec;
import dev.quiver.adapters.spi.TableSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Streams one partition of a JSON file into Arrow batches: records are framed in a reused byte
 * buffer and each is tokenized once, its projected values written straight into the vectors of the
 * one reused {@link VectorSchemaRoot}; keys outside the projection are skipped without building
 * values.
 *
 * <p>An NDJSON partition owns the records whose line starts inside its byte range (see {@link
 * JsonFormat}).
 */
public final class JsonBatchReader implements BatchReader {
  private final PositionalInput input;
  private final JsonRecords records;
  private final ObjectFields columns;
  private final FieldVector[] vectors;
  private final VectorSchemaRoot root;
  /** Vectors of columns written only to find bad records (ignore_errors), outside the root. */
  private final FieldVector[] checkedOnly;
  private final ScanMetrics metrics = new ScanMetrics();
  private final int batchRows;
  /** Pairs {source, copy} of output positions for columns projected more than once. */
  private final int[][] duplicates;
  /** Records skipped under ignore_errors=true, or null when a malformed record fails the read. */
  private final SkippedRecords skipped;
  private final RecordParser readRecord =
      new RecordParser() {
        @Override
        public void parse(JsonTokenizer tokenizer) throws IOException {
          columns.read(tokenizer, row, 0);
        }

        @Override
        public void discard() {
          // Nulls reset what the record wrote (a list's offsets too) for the next one at row.
          columns.writeNulls(row);
        }
      };
  private int row;
  private boolean allocated;
  private boolean done;

  JsonBatchReader(
      ScanPartition partition,
      TableSchema schema,
      JsonLayout layout,
      ScanSpec spec,
      BufferAllocator allocator,
      int bufferBytes)
      throws IOException {
    this.batchRows = spec.batchRows();
    List<Field> fields = schema.arrowSchema().getFields();
    List<FieldVector> projected = new ArrayList<>();
    List<FieldVector> unread = new ArrayList<>();
    PositionalInput opened = null;
    SkippedRecords skips = null;
    try {
      for (int column : spec.columns()) {
        projected.add(fields.get(column).createVector(allocator));
      }
      opened = PositionalInput.open(partition.file());
      JsonInput input = new JsonInput(partition.file(), opened, bufferBytes, metrics);
      LateDataErrors errors =
          new LateDataErrors(input, layout.sampleDescription(), layout.declaredColumns());
      ColumnWriter[] writers = new ColumnWriter[fields.size()];
      List<String> names = new ArrayList<>(fields.size());
      for (Field field : fields) {
        names.add(field.getName());
      }
      int[] firstAt = new int[fields.size()];
      Arrays.fill(firstAt, -1);
      List<int[]> copies = new ArrayList<>();
      for (int i = 0; i < spec.columns().length; i++) {
        int column = spec.columns()[i];
        if (firstAt[column] >= 0) {
          // A column asked for twice is parsed once and copied.
          copies.add(new int[] {firstAt[column], i});
          continue;
        }
        firstAt[column] = i;
        writers[column] = ColumnWriter.forVector(projected.get(i), names.get(column), errors);
      }
      if (layout.rejects().ignoreErrors()) {
        // Skipping bad records checks every column, read or not, so the records kept do not
        // depend on the columns a query reads; the unread ones are written into vectors nobody
        // sees.
        for (int column = 0; column < fields.size(); column++) {
          if (writers[column] == null) {
            FieldVector vector = fields.get(column).createVector(allocator);
            unread.add(vector);
            writers[column] = ColumnWriter.forVector(vector, names.get(column), errors);
          }
        }
      }
      duplicates = copies.toArray(new int[0][]);
      columns = new ObjectFields("", names, writers, errors);
      if (layout.rejects().ignoreErrors()) {
        skips = new SkippedRecords(partition.file(), layout.rejects().rejectsFile(), errors);
      }
      records =
          new JsonRecords(input, layout.array(), skips, layout.multiLineRecords());
      if (layout.array() || partition.start() <= layout.dataStart()) {
        input.seek(layout.dataStart());
      } else {
        input.seekToLineStart(partition.start());
        records.startedMidFile = true;
      }
      if (!layout.array()) {
        records.stopAt(partition.end());
      }
    } catch (IOException | RuntimeException e) {
      projected.forEach(FieldVector::close);
      unread.forEach(FieldVector::close);
      if (opened != null) {
        opened.close();
      }
      throw e;
    }
    input = opened;
    skipped = skips;
    checkedOnly = unread.toArray(new FieldVector[0]);
    List<FieldVector> all = new ArrayList<>(projected);
    all.addAll(unread);
    vectors = all.toArray(new FieldVector[0]);
    root = new VectorSchemaRoot(projected);
  }

  @Override
  public Schema schema() {
    return root.getSchema();
  }

  @Override
  public boolean next() throws IOException {
    if (done) {
      return false;
    }
    prepareVectors();
    row = 0;
    while (row < batchRows && records.next(readRecord)) {
      row++;
    }
    if (skipped != null) {
      skipped.flush();
    }
    int rows = row;
    for (FieldVector vector : vectors) {
      vector.setValueCount(rows);
    }
    for (int[] duplicate : duplicates) {
      FieldVector source = vectors[duplicate[0]];
      FieldVector copy = vectors[duplicate[1]];
      for (int r = 0; r < rows; r++) {
        copy.copyFromSafe(r, r, source);
      }
      copy.setValueCount(rows);
    }
    root.setRowCount(rows);
    if (rows == 0) {
      done = true;
      return false;
    }
    metrics.addBatch(rows);
    return true;
  }

  /** Records skipped because they were malformed (ignore_errors=true); 0 otherwise. */
  public long rejectedRows() {
    return skipped == null ? 0 : skipped.count();
  }

  private void prepareVectors() {
    for (FieldVector vector : vectors) {
      // A consumer may take a batch's buffers (a parallel scan transfers them to keep the batch
      // while this reader goes on); the vector is then empty and needs new buffers.
      if (!allocated || vector.getValueCapacity() < batchRows) {
        vector.setInitialCapacity(batchRows);
        vector.allocateNew();
      } else {
        vector.reset();
      }
    }
    allocated = true;
  }

  @Override
  public VectorSchemaRoot root() {
    return root;
  }

  @Override
  public ScanMetrics metrics() {
    metrics.setRejectedRows(rejectedRows());
    return metrics;
  }

  @Override
  public void close() {
    done = true;
    root.close();
    for (FieldVector vector : checkedOnly) {
      vector.close();
    }
    if (skipped != null) {
      try {
        skipped.flush();
      } catch (IOException ignored) {
        // Only records of a read that already failed can be pending; its error is the one to
        // report.
      }
    }
    try {
      input.close();
    } catch (IOException ignored) {
      // Closing a read-only input cannot lose data; nothing to report.
    }
  }
}
