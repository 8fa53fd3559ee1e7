package dev.quiver.engine.function;

import dev.quiver.engine.exec.Batch;
import dev.quiver.engine.function.kernel.ValueReader;
import dev.quiver.engine.function.kernel.ValueWriter;

/**
 * A scalar function's implementation over one batch: loops over the batch's live rows, reads the
 * arguments and writes the results. Called once per batch (never per row); rows it does not
 * write stay NULL.
 */
@FunctionalInterface
public interface ScalarKernel {
  void apply(ValueReader[] arguments, ValueWriter out, Batch batch);
}
