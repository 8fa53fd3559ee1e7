package dev.quiver.adapters.csv;

import dev.quiver.adapters.compress.PositionalInput;
import dev.quiver.adapters.spi.BatchReader;
import dev.quiver.adapters.spi.ReaderException;
import dev.quiver.adapters.spi.ScanMetrics;
import dev.quiver.adapters.spi.ScanPartition;
import dev.quiver.adapters.spi.ScanSpec;
import dev.quiver.adapters.spi.TableSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.BitVectorHelper;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.TimeStampMicroVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Streams one partition of a CSV file into Arrow batches: the file goes through a reused byte
 * buffer, rows are tokenized in runs, and each projected column of a run is decoded straight into
 * its vector of the one reused {@link VectorSchemaRoot}. Columns outside the projection are
 * only counted and skipped, never stored or converted.
 *
 * <p>A partition owns the rows that start inside its byte range (see {@link CsvFormat}).
 */
public final class CsvBatchReader implements BatchReader {
  private final ScanPartition partition;
  private final PositionalInput input;
  private final CsvScanner scanner;
  private final ColumnDecoder[] decoders;
  private final FieldVector[] vectors;
  private final VectorSchemaRoot root;
  /** Vectors of columns decoded only to find bad rows (ignore_errors), outside the root. */
  private final FieldVector[] checkedOnly;
  /** Rows skipped under ignore_errors=true, or null when malformed rows fail the read. */
  private final RowRejects rejects;
  private final ScanMetrics metrics = new ScanMetrics();
  private final int batchRows;
  private boolean allocated;
  private boolean done;

  CsvBatchReader(
      ScanPartition partition,
      TableSchema schema,
      CsvDialect dialect,
      ScanSpec spec,
      BufferAllocator allocator,
      int bufferBytes)
      throws IOException {
    this.partition = partition;
    this.batchRows = spec.batchRows();
    List<Field> fields = schema.arrowSchema().getFields();
    RejectPolicy policy = dialect.rejects() == null ? RejectPolicy.FAIL : dialect.rejects();
    rejects =
        policy.ignoreErrors()
            ? new RowRejects(partition.file(), policy.rejectsFile(), batchRows)
            : null;
    ValueErrors errors =
        new ValueErrors(
            partition.file(),
            dialect.sampleDescription(),
            rejects,
            dialect.dateFormat(),
            dialect.timestampFormat(),
            dialect.declaredColumns());
    // Skipping bad rows checks every column, read or not, so the rows kept do not depend on the
    // columns a query reads; the unread ones are decoded into vectors nobody sees.
    int[] decoded = rejects == null ? spec.columns() : withEveryColumn(spec.columns(), fields.size());
    List<FieldVector> projected = new ArrayList<>();
    List<FieldVector> all = new ArrayList<>();
    decoders = new ColumnDecoder[decoded.length];
    try {
      for (int i = 0; i < decoders.length; i++) {
        int column = decoded[i];
        Field field = fields.get(column);
        FieldVector vector = field.createVector(allocator);
        all.add(vector);
        if (i < spec.columns().length) {
          projected.add(vector);
        }
        decoders[i] = decoderFor(column, field, vector, errors, dialect);
      }
    } catch (RuntimeException e) {
      all.forEach(FieldVector::close);
      throw e;
    }
    checkedOnly = all.subList(projected.size(), all.size()).toArray(new FieldVector[0]);
    vectors = all.toArray(new FieldVector[0]);
    root = new VectorSchemaRoot(projected);
    PositionalInput opened = null;
    try {
      opened = PositionalInput.open(partition.file());
      FieldTable table = new FieldTable(fields.size(), decoded, batchRows);
      scanner =
          new CsvScanner(
              partition.file(),
              opened,
              new CsvTokenizer(dialect.delimiter(), dialect.quote(), dialect.escape()),
              table,
              bufferBytes,
              true,
              metrics);
      scanner.rejects = rejects;
      if (partition.start() <= dialect.dataStart()) {
        scanner.seek(dialect.dataStart(), dialect.dataStartLine());
      } else {
        scanner.seekToLineStart(partition.start());
      }
      scanner.stopAt(partition.end());
    } catch (IOException | RuntimeException e) {
      root.close();
      for (FieldVector vector : checkedOnly) {
        vector.close();
      }
      if (opened != null) {
        opened.close();
      }
      throw e;
    }
    input = opened;
  }

  private static ColumnDecoder decoderFor(
      int column, Field field, FieldVector vector, ValueErrors errors, CsvDialect dialect) {
    String name = field.getName();
    FieldParser temporal = new FieldParser(dialect.dateFormat(), dialect.timestampFormat());
    switch (CsvColumnType.of(field.getType())) {
      case BOOLEAN:
        return new BooleanColumnDecoder(column, name, errors, (BitVector) vector);
      case INTEGER:
        return new IntColumnDecoder(column, name, errors, (IntVector) vector);
      case BIGINT:
        return new BigIntColumnDecoder(column, name, errors, (BigIntVector) vector);
      case DOUBLE:
        return new DoubleColumnDecoder(column, name, errors, (Float8Vector) vector);
      case DATE:
        return new DateColumnDecoder(column, name, errors, (DateDayVector) vector, temporal);
      case TIMESTAMP:
        return new TimestampColumnDecoder(
            column, name, errors, (TimeStampMicroVector) vector, temporal);
      default:
        return new VarCharColumnDecoder(
            column, name, errors, (VarCharVector) vector, dialect.quote(), dialect.escape());
    }
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
    int rows = 0;
    while (rows < batchRows) {
      int run = scanner.tokenize(batchRows - rows);
      decode(run, rows);
      if (rejects != null) {
        run = dropRejectedRows(run, rows);
      }
      rows += run;
      if (scanner.finished()) {
        break;
      }
      if (scanner.needsData()) {
        scanner.refill();
      }
    }
    if (scanner.quotedLineBreaks > 0 && !partition.isWholeFile()) {
      throw new ReaderException(
          partition.file(),
          -1,
          null,
          "a quoted field holds a line break, but the file was split at byte offsets because the"
              + " sampled rows had none, so rows near the split may be cut",
          "read with sample_size=0 so every row is checked and the file is read in one piece",
          null);
    }
    for (FieldVector vector : vectors) {
      vector.setValueCount(rows);
    }
    root.setRowCount(rows);
    if (rows == 0) {
      done = true;
      return false;
    }
    metrics.addBatch(rows);
    return true;
  }

  private void decode(int run, int out) throws IOException {
    for (ColumnDecoder decoder : decoders) {
      decoder.decode(scanner, run, out);
    }
  }

  /**
   * Takes the rows a decoder rejected out of the run and decodes the rest again over the same
   * vector positions (rare, so simpler than moving values inside every kind of vector); appends
   * the run's rejected rows to the rejects file. Returns the rows kept.
   */
  private int dropRejectedRows(int run, int out) throws IOException {
    if (rejects.anyRowRejected()) {
      int kept = rejects.removeRejectedRows(scanner.table, run);
      for (FieldVector vector : vectors) {
        ArrowBuf validity = vector.getValidityBuffer();
        for (int i = out; i < out + run; i++) {
          BitVectorHelper.unsetBit(validity, i);
        }
      }
      decode(kept, out);
      run = kept;
    }
    rejects.flush();
    return run;
  }

  /** Rows skipped because they were malformed (ignore_errors=true); 0 otherwise. */
  public long rejectedRows() {
    return rejects == null ? 0 : rejects.count();
  }

  private static int[] withEveryColumn(int[] columns, int count) {
    boolean[] present = new boolean[count];
    int missing = count;
    for (int column : columns) {
      if (!present[column]) {
        present[column] = true;
        missing--;
      }
    }
    int[] all = java.util.Arrays.copyOf(columns, columns.length + missing);
    int at = columns.length;
    for (int column = 0; column < count; column++) {
      if (!present[column]) {
        all[at++] = column;
      }
    }
    return all;
  }

  private void prepareVectors() {
    for (ColumnDecoder decoder : decoders) {
      // A consumer may take a batch's buffers (a parallel scan transfers them to keep the batch
      // while this reader goes on); the vector is then empty and needs new buffers.
      if (!allocated || decoder.vector().getValueCapacity() < batchRows) {
        decoder.allocate(batchRows);
      } else {
        decoder.vector().reset();
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
    if (rejects != null) {
      try {
        rejects.flush();
      } catch (IOException ignored) {
        // Only rows of a read that already failed can be pending; its error is the one to report.
      }
    }
    try {
      input.close();
    } catch (IOException ignored) {
      // Closing a read-only input cannot lose data; nothing to report.
    }
  }
}
