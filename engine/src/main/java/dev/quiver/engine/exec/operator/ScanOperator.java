package dev.quiver.engine.exec.operator;

import dev.quiver.adapters.spi.BatchReader;
import dev.quiver.adapters.spi.ColumnPredicate;
import dev.quiver.adapters.spi.DictionaryColumn;
import dev.quiver.adapters.spi.ScanPartition;
import dev.quiver.adapters.spi.ScanSpec;
import dev.quiver.engine.error.ErrorCode;
import dev.quiver.engine.error.QuiverException;
import dev.quiver.engine.exec.Batch;
import dev.quiver.engine.exec.ExecutionContext;
import dev.quiver.engine.exec.Operator;
import dev.quiver.engine.exec.OperatorMetrics;
import dev.quiver.engine.exec.rows.RowValueWriter;
import dev.quiver.engine.plan.schema.FileTable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.util.MemoryUtil;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Reads a file table (one file, or the files of a dataset) through its format's {@link
 * BatchReader}s, decoding only the projected columns.
 *
 * <p>The work is cut into units, one per partition of each file (byte ranges, row groups). Files
 * whose partition values fail a pushed predicate are skipped without being opened. Several units
 * are read on several threads ({@link PartitionedScan}); a single unit is read on the caller's
 * thread, and the reader's reused root is handed on as the batch, without a copy. Partition
 * columns are filled from the file's path, one constant per batch.
 */
public final class ScanOperator implements Operator {
  /** More threads than this gain little for one table and cost memory in queued batches. */
  private static final int MAX_SCAN_THREADS = 8;

  private final FileTable table;
  private final int[] columns;
  private final List<ColumnPredicate> predicates;
  private final String tableName;
  private final Schema schema;
  /** Table columns the readers decode, in the order they first appear in {@link #columns}. */
  private final int[] readerColumns;
  /**
   * For each output column: its position among the reader's columns, or {@code -1 - k} for the
   * k-th partition column of the table.
   */
  private final int[] outputSources;

  /** When set, the units come from here, shared with sibling scans of parallel pipelines. */
  private final SharedUnits shared;

  /**
   * A condition applied to the readers' batches once the columns it reads are decoded, over
   * reader columns; null when there is none. The other columns are decoded late.
   */
  private final LateFilter lateFilter;
  /** The output's description of {@link #lateFilter}, for EXPLAIN ANALYZE. */
  private final String lateFilterText;
  /** Reader columns the readers may decode late. */
  private final int[] deferredColumns;
  private LateFilter.Instance lateInstance;
  /** Whether the output ends with the {@link #ROW_ID} column. */
  private final boolean rowIds;
  private BigIntVector rowIdVector;
  /** The ordinal of the unit the sequential reader reads, and rows it produced so far. */
  private int readerUnit;
  private long readerRows;

  private final OperatorMetrics metrics = new OperatorMetrics();
  private ExecutionContext context;
  private BufferAllocator allocator;
  private List<ScanUnit> units;
  private int nextUnit;
  private BatchReader reader;
  private int readerFile;
  private PartitionedScan partitioned;
  private List<FieldVector> partitionVectors;
  private boolean started;
  private boolean closed;

  /**
   * A piece of the table that one reader reads: a partition of one of its files, and its place
   * in the scan's list of units (the high half of its rows' ids).
   */
  record ScanUnit(int file, ScanPartition partition, int ordinal) {}

  /**
   * The extra last column of a scan asked for row ids: the unit's ordinal in the high 32 bits,
   * the row's position among the rows its reader produced in the low 32. Reading the same units
   * with the same predicates again yields the same rows at the same ids (see {@link RowIdFilter}).
   */
  public static final Field ROW_ID =
      new Field("$row_id", FieldType.notNullable(new ArrowType.Int(Long.SIZE, true)), null);

  /**
   * @param columns the table columns to output, in order
   * @param predicates conditions the readers may use to skip data, and the scan uses to skip
   *     files by their partition values (see {@link ColumnPredicate})
   */
  public ScanOperator(
      FileTable table, int[] columns, List<ColumnPredicate> predicates, String tableName) {
    this(table, columns, predicates, tableName, null);
  }

  /**
   * A scan that reads the units it takes from {@code shared}, on the caller's thread, as one of
   * several parallel pipelines over the same table.
   */
  public ScanOperator(
      FileTable table,
      int[] columns,
      List<ColumnPredicate> predicates,
      String tableName,
      SharedUnits shared) {
    this(table, columns, predicates, tableName, shared, null);
  }

  /**
   * A scan that applies {@code lateFilter} (over its output columns; may be null) as soon as the
   * columns it reads are decoded, decoding the others only for batches where rows survive.
   */
  public ScanOperator(
      FileTable table,
      int[] columns,
      List<ColumnPredicate> predicates,
      String tableName,
      SharedUnits shared,
      LateFilter lateFilter) {
    this(table, columns, predicates, tableName, shared, lateFilter, false);
  }

  /**
   * @param rowIds whether the output ends with a {@link #ROW_ID} column
   */
  public ScanOperator(
      FileTable table,
      int[] columns,
      List<ColumnPredicate> predicates,
      String tableName,
      SharedUnits shared,
      LateFilter lateFilter,
      boolean rowIds) {
    this.rowIds = rowIds;
    this.shared = shared;
    this.table = table;
    this.columns = columns.clone();
    this.predicates = predicates;
    this.tableName = tableName;
    List<Field> all = table.tableSchema().arrowSchema().getFields();
    List<Field> projected = new ArrayList<>();
    List<Integer> fromFiles = new ArrayList<>();
    outputSources = new int[columns.length];
    for (int i = 0; i < columns.length; i++) {
      projected.add(all.get(columns[i]));
      if (columns[i] < table.fileColumnCount()) {
        int position = fromFiles.indexOf(columns[i]);
        if (position < 0) {
          position = fromFiles.size();
          fromFiles.add(columns[i]);
        }
        outputSources[i] = position;
      } else {
        outputSources[i] = -1 - (columns[i] - table.fileColumnCount());
      }
    }
    this.readerColumns = fromFiles.stream().mapToInt(Integer::intValue).toArray();
    if (rowIds) {
      projected.add(ROW_ID);
    }
    this.schema = new Schema(projected);
    LateFilter onReaders = null;
    int[] deferred = new int[0];
    if (lateFilter != null) {
      int[] read = lateFilter.columns();
      int[] positions = new int[read.length];
      boolean fromReaders = true;
      for (int i = 0; i < read.length; i++) {
        positions[i] = outputSources[read[i]];
        fromReaders &= positions[i] >= 0;
      }
      if (fromReaders) {
        onReaders = lateFilter.onColumns(positions);
        java.util.BitSet late = new java.util.BitSet();
        late.set(0, readerColumns.length);
        for (int position : positions) {
          late.clear(position);
        }
        deferred = late.stream().toArray();
      }
    }
    this.lateFilter = onReaders;
    this.lateFilterText = onReaders == null ? null : lateFilter.describe();
    this.deferredColumns = deferred;
  }

  @Override
  public Schema schema() {
    return schema;
  }

  @Override
  public void open(ExecutionContext executionContext) {
    this.context = executionContext;
    this.allocator =
        executionContext.allocator().newChildAllocator("Scan " + tableName, 0, Long.MAX_VALUE);
  }

  @Override
  public Batch next() {
    context.checkCancelled();
    long start = System.nanoTime();
    try {
      if (!started) {
        started = true;
        start();
      }
      Batch batch = partitioned != null ? nextParallel() : nextSequential();
      metrics.recordBatch(batch);
      return batch;
    } catch (IOException e) {
      throw new QuiverException(ErrorCode.BAD_INPUT, e.getMessage(), e);
    } finally {
      metrics.addNanos(System.nanoTime() - start);
    }
  }

  /** The threads a scan of one table uses at most: the cores, up to a bound. */
  public static int scanThreads() {
    return Math.min(Runtime.getRuntime().availableProcessors(), MAX_SCAN_THREADS);
  }

  /**
   * The units of {@code table}: each partition of each file whose partition values may match
   * {@code predicates}, split for {@code workers} threads.
   */
  public static SharedUnits units(
      FileTable table, List<ColumnPredicate> predicates, int workers) throws IOException {
    List<ScanUnit> units = new ArrayList<>();
    List<FileTable.DataFile> files = table.files();
    for (int f = 0; f < files.size(); f++) {
      FileTable.DataFile file = files.get(f);
      if (!PartitionPredicates.mayMatch(predicates, table.fileColumnCount(), file)) {
        continue;
      }
      List<ScanPartition> partitions =
          workers > 1
              ? table.format().partitions(file.path(), file.readSchema(), workers)
              : List.of(ScanPartition.wholeFile(file.path()));
      for (ScanPartition partition : partitions) {
        units.add(new ScanUnit(f, partition, units.size()));
      }
    }
    return new SharedUnits(units);
  }

  /** Lists the units of the files that can match; reads them on all cores when there are several. */
  private void start() throws IOException {
    if (shared != null) {
      return; // units are taken from the shared list one by one
    }
    int workers = scanThreads();
    SharedUnits all = units(table, predicates, workers);
    units = new ArrayList<>();
    for (ScanUnit unit; (unit = all.take()) != null; ) {
      units.add(unit);
    }
    if (units.size() > 1 && workers > 1) {
      partitioned =
          new PartitionedScan(
              table, units, spec().withDictionaryCodes(false), allocator,
              Math.min(workers, units.size()), metrics, lateFilter);
    }
  }

  /** The next unit this scan reads on its own thread, or null when none is left. */
  private ScanUnit nextUnit() {
    if (shared != null) {
      return shared.take();
    }
    return nextUnit < units.size() ? units.get(nextUnit++) : null;
  }

  /** What this scan asks of its readers; strings may come as dictionary codes (see Batch). */
  private ScanSpec spec() {
    return new ScanSpec(readerColumns, context.batchRows(), predicates, true, deferredColumns);
  }

  private Batch nextSequential() throws IOException {
    while (true) {
      if (reader == null) {
        ScanUnit unit = nextUnit();
        if (unit == null) {
          return null;
        }
        readerFile = unit.file();
        readerUnit = unit.ordinal();
        readerRows = 0;
        reader =
            table
                .format()
                .open(unit.partition(), table.files().get(readerFile).readSchema(), spec(), allocator);
      }
      if (reader.next()) {
        VectorSchemaRoot root = reader.root();
        long firstRowId = rowId(readerUnit, readerRows);
        readerRows += root.getRowCount();
        Batch kept = null;
        if (lateFilter != null) {
          if (lateInstance == null) {
            lateInstance = lateFilter.newInstance();
          }
          kept =
              lateInstance.keep(
                  Batch.of(root.getFieldVectors(), root.getRowCount(), codesOf(reader)), firstRowId);
          if (kept == null) {
            continue; // the reader skips this batch's late columns
          }
          reader.loadDeferred();
        }
        DictionaryColumn[] codes = codesOf(reader);
        if (codes != null) {
          metrics.addCodedBatch();
        }
        Batch batch =
            assemble(root.getFieldVectors(), root.getRowCount(), readerFile, codes, firstRowId);
        return kept != null && kept.hasSelection()
            ? batch.withSelection(kept.selection(), kept.selectedCount())
            : batch;
      }
      metrics.addReader(reader.metrics());
      reader.close();
      reader = null;
    }
  }

  private Batch nextParallel() {
    PartitionedScan.Item item = partitioned.next();
    if (item == null) {
      return null;
    }
    Batch batch = assemble(item.vectors(), item.rowCount(), item.file(), null, item.firstRowId());
    return item.selection() == null ? batch : batch.withSelection(item.selection(), item.selected());
  }

  /** The reader's columns that came as dictionary codes, by reader column; null when none. */
  private DictionaryColumn[] codesOf(BatchReader batchReader) {
    DictionaryColumn[] codes = null;
    for (int c = 0; c < readerColumns.length; c++) {
      DictionaryColumn column = batchReader.dictionary(c);
      if (column != null) {
        if (codes == null) {
          codes = new DictionaryColumn[readerColumns.length];
        }
        codes[c] = column;
      }
    }
    return codes;
  }

  /** The schema of a scan of {@code columns} of {@code table}. */
  public static Schema outputSchema(FileTable table, int[] columns) {
    List<Field> all = table.tableSchema().arrowSchema().getFields();
    List<Field> projected = new ArrayList<>();
    for (int column : columns) {
      projected.add(all.get(column));
    }
    return new Schema(projected);
  }

  /** {@code schema} with the {@link #ROW_ID} column appended. */
  static Schema withRowIds(Schema schema) {
    List<Field> fields = new ArrayList<>(schema.getFields());
    fields.add(ROW_ID);
    return new Schema(fields);
  }

  /**
   * The unit with ordinal {@code ordinal} of a scan that has started (read its first batch), for
   * reading it again.
   */
  ScanUnit unit(int ordinal) {
    if (units != null) {
      for (ScanUnit unit : units) {
        if (unit.ordinal() == ordinal) {
          return unit;
        }
      }
    }
    throw new IllegalStateException("unit " + ordinal + " of " + tableName + " is unknown");
  }

  /** The id of row {@code row} of unit {@code unit}: see {@link #ROW_ID}. */
  static long rowId(int unit, long row) {
    return ((long) unit << Integer.SIZE) | row;
  }

  /**
   * The output batch: reader vectors in output order (with their dictionary codes, {@code
   * readerCodes} being indexed by reader column), partition columns as constants, and the row
   * ids from {@code firstRowId} on when asked for.
   */
  private Batch assemble(
      List<FieldVector> fromReader, int rowCount, int file, DictionaryColumn[] readerCodes,
      long firstRowId) {
    if (!rowIds
        && table.fileColumnCount() == table.tableSchema().arrowSchema().getFields().size()
        && isIdentityOrder()) {
      return Batch.of(fromReader, rowCount, readerCodes);
    }
    int width = schema.getFields().size();
    List<FieldVector> output = new ArrayList<>(width);
    DictionaryColumn[] codes = readerCodes == null ? null : new DictionaryColumn[width];
    for (int i = 0; i < columns.length; i++) {
      int source = outputSources[i];
      output.add(source >= 0 ? fromReader.get(source) : partitionVector(i, -1 - source, file, rowCount));
      if (codes != null && source >= 0) {
        codes[i] = readerCodes[source];
      }
    }
    if (rowIds) {
      output.add(rowIdVector(firstRowId, rowCount));
    }
    return Batch.of(output, rowCount, codes);
  }

  private FieldVector rowIdVector(long first, int rowCount) {
    if (rowIdVector == null) {
      rowIdVector = (BigIntVector) ROW_ID.createVector(allocator);
    }
    if (rowIdVector.getValueCapacity() < rowCount) {
      rowIdVector.clear();
      rowIdVector.allocateNew(rowCount);
    }
    MemoryUtil.setMemory(rowIdVector.getValidityBufferAddress(), (rowCount + 7) / 8, (byte) 0xff);
    long data = rowIdVector.getDataBufferAddress();
    for (int row = 0; row < rowCount; row++) {
      MemoryUtil.putLong(data + (long) row * Long.BYTES, first + row);
    }
    rowIdVector.setValueCount(rowCount);
    return rowIdVector;
  }

  private boolean isIdentityOrder() {
    for (int i = 0; i < outputSources.length; i++) {
      if (outputSources[i] != i) {
        return false;
      }
    }
    return true;
  }

  private FieldVector partitionVector(int output, int partitionColumn, int file, int rowCount) {
    if (partitionVectors == null) {
      partitionVectors = new ArrayList<>();
      for (int i = 0; i < columns.length; i++) {
        partitionVectors.add(
            outputSources[i] >= 0 ? null : schema.getFields().get(i).createVector(allocator));
      }
    }
    FieldVector vector = partitionVectors.get(output);
    vector.reset();
    Object value = table.files().get(file).partitionValues().get(partitionColumn);
    RowValueWriter writer = RowValueWriter.ofStorage(vector);
    for (int row = 0; row < rowCount; row++) {
      writer.write(row, value);
    }
    vector.setValueCount(rowCount);
    return vector;
  }

  @Override
  public List<Operator> children() {
    return List.of();
  }

  @Override
  public OperatorMetrics metrics() {
    return metrics;
  }

  @Override
  public String describe() {
    return "Scan[" + tableName + ", format=" + table.format().name() + ", columns="
        + Arrays.toString(columns) + (lateFilterText == null ? "" : ", late_filter=" + lateFilterText)
        + "]";
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (partitioned != null) {
      partitioned.close();
    }
    if (reader != null) {
      reader.close();
    }
    if (rowIdVector != null) {
      rowIdVector.close();
    }
    if (partitionVectors != null) {
      for (FieldVector vector : partitionVectors) {
        if (vector != null) {
          vector.close();
        }
      }
    }
    if (allocator != null) {
      allocator.close();
    }
  }
}
