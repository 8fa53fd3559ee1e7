package dev.quiver.adapters.parquet.read;

import org.apache.arrow.vector.BaseFixedWidthVector;
import org.apache.arrow.vector.BaseVariableWidthVector;
import org.apache.arrow.vector.ValueVector;

/**
 * Readies a reused vector for a batch of {@code n} values: all null, with room for them, keeping
 * its buffers when they are large enough so steady-state batches allocate nothing.
 */
final class VectorPreparation {
  private VectorPreparation() {}

  static void fixedWidth(BaseFixedWidthVector vector, int n) {
    if (vector.getValueCapacity() < n) {
      vector.clear();
      vector.allocateNew(Math.max(n, 1));
    } else {
      vector.reset();
    }
  }

  static void variableWidth(BaseVariableWidthVector vector, int n, long bytes) {
    if (vector.getValueCapacity() < n || vector.getDataBuffer().capacity() < bytes) {
      vector.clear();
      vector.allocateNew(Math.max(bytes, 1), Math.max(n, 1));
    } else {
      vector.reset();
    }
  }

  /** Grows a nested vector's own buffers (offsets, validity); children prepare themselves. */
  static void nested(ValueVector vector, int n) {
    vector.reset();
    if (vector.getValueCapacity() == 0) {
      vector.allocateNew();
    }
    while (vector.getValueCapacity() < n) {
      vector.reAlloc();
    }
  }
}
