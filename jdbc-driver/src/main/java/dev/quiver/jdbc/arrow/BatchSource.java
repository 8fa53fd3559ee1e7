package dev.quiver.jdbc.arrow;

import java.sql.SQLException;
import org.apache.arrow.vector.VectorSchemaRoot;

/** Where an {@link ArrowCursor} gets its batches: one execution of a query. */
public interface BatchSource extends AutoCloseable {
  /** The next non-empty batch, valid until the next call; null at the end. */
  VectorSchemaRoot next() throws SQLException;

  /** Frees the batches; idempotent. */
  @Override
  void close();
}
