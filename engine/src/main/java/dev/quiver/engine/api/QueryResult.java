package dev.quiver.engine.api;

import java.util.List;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * The streaming result of one execution.
 *
 * <p>Batches are dense (no selection) and use one Arrow vector class per SQL type: BOOLEAN
 * BitVector, TINYINT TinyIntVector, SMALLINT SmallIntVector, INTEGER IntVector, BIGINT
 * BigIntVector, REAL Float4Vector, DOUBLE/FLOAT Float8Vector, DECIMAL DecimalVector, CHAR/VARCHAR
 * VarCharVector, BINARY/VARBINARY VarBinaryVector, DATE DateDayVector, TIME TimeMicroVector,
 * TIMESTAMP TimeStampMicroVector (no time zone), NULL NullVector.
 *
 * <p>Not thread-safe, except {@link #cancel()}, which any thread may call.
 */
public interface QueryResult extends AutoCloseable {
  List<ColumnInfo> columns();

  /**
   * The next batch, valid until the next call to {@code next()} or {@code close()}; null at the
   * end. Never returns an empty batch.
   *
   * @throws dev.quiver.engine.error.QuiverException on any failure, with a message for the user
   */
  VectorSchemaRoot next();

  /**
   * Things the user should know about a result that is otherwise correct, such as rows a reader
   * skipped because of {@code ignore_errors}. Complete once {@link #next()} has returned null.
   */
  default List<String> warnings() {
    return List.of();
  }

  /** Asks the running query to stop; {@link #next()} then throws a CANCELLED error. */
  void cancel();

  /** Frees every buffer of the query; idempotent. */
  @Override
  void close();
}
