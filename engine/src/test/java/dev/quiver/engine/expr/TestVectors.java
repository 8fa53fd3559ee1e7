package dev.quiver.engine.expr;

import dev.quiver.engine.function.kernel.ValueReader;
import dev.quiver.engine.function.kernel.ValueWriter;
import dev.quiver.engine.types.ArrowTypes;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.calcite.rel.type.RelDataType;

/** Builds vectors from storage-form Java values and reads them back, for tests. */
public final class TestVectors {
  private TestVectors() {}

  /** A vector of {@code type} holding {@code values} (storage form; null for NULL). */
  public static FieldVector vector(BufferAllocator allocator, RelDataType type, Object... values) {
    FieldVector vector = ArrowTypes.newVector("v", type, allocator);
    vector.setInitialCapacity(Math.max(1, values.length));
    vector.allocateNew();
    ValueWriter writer = new ValueWriter(vector, type);
    for (int row = 0; row < values.length; row++) {
      writer.setObject(row, values[row]);
    }
    vector.setValueCount(values.length);
    return vector;
  }

  /** The values of the live rows of {@code batch} in {@code value}, in storage form. */
  public static List<Object> read(ColumnarValue value, RelDataType type, int[] selection, int count) {
    ValueReader reader = ValueReader.of(value, type);
    List<Object> result = new ArrayList<>(count);
    for (int k = 0; k < count; k++) {
      int row = selection == null ? k : selection[k];
      result.add(reader.getObject(row));
    }
    return result;
  }
}
