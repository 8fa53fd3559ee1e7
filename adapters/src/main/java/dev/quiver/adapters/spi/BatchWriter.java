package dev.quiver.adapters.spi;

import java.io.IOException;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * Writes Arrow batches into one file of some format.
 *
 * <p>Atomic: nothing appears at the target path until {@link #finish()} succeeds; the data goes
 * to a temporary file beside the target, renamed into place at the end, so a failed or cancelled
 * write never leaves a partial file and never damages an existing one. {@link #close()} without
 * {@code finish()} deletes the temporary file.
 */
public interface BatchWriter extends AutoCloseable {
  /** Appends the rows of {@code batch} (dense, with the schema the writer was created for). */
  void write(VectorSchemaRoot batch) throws IOException;

  /** Completes the file (footer, flush) and moves it to the target path. */
  void finish() throws IOException;

  /** Rows written so far. */
  long rowsWritten();

  /** Frees resources; deletes the temporary file unless {@link #finish()} succeeded. */
  @Override
  void close();
}
