package dev.quiver.adapters.spi;

import java.io.IOException;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Streams one partition of a file as Arrow batches into a reused {@link VectorSchemaRoot}.
 *
 * <p>Ownership: the root and its vectors belong to the reader. Their contents are valid until the
 * next call to {@link #next()} or {@link #close()}; a caller that wants to keep them copies or
 * transfers them. {@link #close()} frees every buffer and may be called at any time.
 */
public interface BatchReader extends AutoCloseable {
  /** The projected schema of the batches. */
  Schema schema();

  /**
   * Loads the next batch (at least one row) into {@link #root()}.
   *
   * @return false at the end of the partition
   * @throws ReaderException on malformed input, naming file, line, column, value and expectation
   */
  boolean next() throws IOException;

  /**
   * Decodes the current batch's columns that {@link ScanSpec#deferred()} let the reader put off.
   * Until then their vectors hold nothing of this batch; if {@link #next()} comes first, the
   * reader skips their rows (cheaply: a Parquet page wholly skipped is not even decompressed).
   * Readers that put nothing off do nothing.
   */
  default void loadDeferred() throws IOException {}

  /** The reused root holding the current batch. */
  VectorSchemaRoot root();

  /**
   * After {@link #next()}: output column {@code column}'s values as codes into a dictionary, when
   * the reader kept them so ({@link ScanSpec#dictionaryCodes()} must allow it), else null. While
   * non-null, the column's vector in {@link #root()} is empty until {@link
   * DictionaryColumn#materialize()}.
   */
  default DictionaryColumn dictionary(int column) {
    return null;
  }

  /** Counters for EXPLAIN ANALYZE. */
  ScanMetrics metrics();

  @Override
  void close();
}
