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
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
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
    ValueErrors errors = new ValueErrors(partition.file(), dialect.sampleDescription());
    List<FieldVector> projected = new ArrayList<>();
    decoders = new ColumnDecoder[spec.columns().length];
    try {
      for (int i = 0; i < decoders.length; i++) {
        int column = spec.columns()[i];
        Field field = fields.get(column);
        FieldVector vector = field.createVector(allocator);
        projected.add(vector);
        decoders[i] = decoderFor(column, field, vector, errors);
      }
    } catch (RuntimeException e) {
      projected.forEach(FieldVector::close);
      throw e;
    }
    vectors = projected.toArray(new FieldVector[0]);
    root = new VectorSchemaRoot(projected);
    PositionalInput opened = null;
    try {
      opened = PositionalInput.open(partition.file());
      FieldTable table = new FieldTable(fields.size(), spec.columns(), batchRows);
      scanner =
          new CsvScanner(
              partition.file(),
              opened,
              new CsvTokenizer(dialect.delimiter(), dialect.quote()),
              table,
              bufferBytes,
              true,
              metrics);
      if (partition.start() <= dialect.dataStart()) {
        scanner.seek(dialect.dataStart(), dialect.dataStartLine());
      } else {
        scanner.seekToLineStart(partition.start());
      }
      scanner.stopAt(partition.end());
    } catch (IOException | RuntimeException e) {
      root.close();
      if (opened != null) {
        opened.close();
      }
      throw e;
    }
    input = opened;
  }

  private static ColumnDecoder decoderFor(
      int column, Field field, FieldVector vector, ValueErrors errors) {
    String name = field.getName();
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
        return new DateColumnDecoder(column, name, errors, (DateDayVector) vector);
      case TIMESTAMP:
        return new TimestampColumnDecoder(column, name, errors, (TimeStampMicroVector) vector);
      default:
        return new VarCharColumnDecoder(column, name, errors, (VarCharVector) vector);
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
      for (ColumnDecoder decoder : decoders) {
        decoder.decode(scanner, run, rows);
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
    return metrics;
  }

  @Override
  public void close() {
    done = true;
    root.close();
    try {
      input.close();
    } catch (IOException ignored) {
      // Closing a read-only input cannot lose data; nothing to report.
    }
  }
}
