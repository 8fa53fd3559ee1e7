package dev.quiver.adapters.spi;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;

/**
 * A file format that turns files into Arrow batches.
 *
 * <p>Implementations are stateless and thread-safe; all per-file state lives in the {@link
 * BatchReader}s they open.
 */
public interface FileFormat {
  /** Short lower-case name shown in EXPLAIN, e.g. {@code "csv"}. */
  String name();

  /** Whether this format reads {@code file}, judged by its name. */
  boolean accepts(Path file);

  /**
   * Infers the schema of {@code file}: column names, Arrow types, and notes on what was guessed.
   *
   * @throws ReaderException when the file cannot be read as this format (names file and reason)
   */
  TableSchema inferSchema(Path file, FormatOptions options) throws IOException;

  /**
   * Splits {@code file} into independently readable partitions (byte ranges, row groups), at most
   * {@code maxPartitions}. One partition covering the whole file is always a valid answer.
   */
  List<ScanPartition> partitions(Path file, TableSchema schema, int maxPartitions)
      throws IOException;

  /**
   * How this format would apply each predicate if it were pushed (one answer per predicate, in
   * order). The default uses none.
   */
  /**
   * Whether this format's readers honour {@link ScanSpec#deferred()}: decoding columns late and
   * skipping the rows of batches they are not asked for cheaply. The engine then reads the sort
   * keys of a top-N first and the other columns of the winning rows only.
   */
  default boolean readsColumnsLate() {
    return false;
  }

  default List<Pushdown> classify(List<ColumnPredicate> predicates, TableSchema schema) {
    return java.util.Collections.nCopies(predicates.size(), Pushdown.UNSUPPORTED);
  }

  /**
   * Opens a reader over one partition, decoding only {@code spec.columns()}. The reader's schema is
   * the projected schema, in the order of {@code spec.columns()}.
   */
  BatchReader open(
      ScanPartition partition, TableSchema schema, ScanSpec spec, BufferAllocator allocator)
      throws IOException;
}
