package dev.quiver.adapters.fuzz;

import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.vector.ValueVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.complex.ListVector;
import org.apache.arrow.vector.complex.StructVector;
import org.apache.arrow.vector.util.ValueVectorUtility;
import org.opentest4j.AssertionFailedError;

/**
 * Checks a batch is structurally sound, so code reading it later cannot run off a buffer: offsets
 * start at 0, never decrease and stay inside the child, children are long enough, and leaves pass
 * Arrow's own full validation.
 *
 * <p>Lists and maps are checked here rather than by Arrow, whose validator rejects every
 * MapVector ("Incorrect arrow type ... Map") even when it is well-formed. Values that are well
 * laid out but break their type (bytes that are not UTF-8 in a VarChar, a decimal wider than its
 * precision) are what a corrupt file holds, not a broken batch: they are reported as a note.
 */
final class BatchValidity {
  private BatchValidity() {}

  /** Returns a note about odd values, or null; throws when the batch is malformed. */
  static String check(VectorSchemaRoot root) {
    String note = null;
    for (ValueVector vector : root.getFieldVectors()) {
      if (vector.getValueCount() != root.getRowCount()) {
        throw new AssertionFailedError(vector.getName() + " holds " + vector.getValueCount()
            + " values in a batch of " + root.getRowCount() + " rows");
      }
      String found = check(vector);
      note = note == null ? found : note;
    }
    return note;
  }

  private static String check(ValueVector vector) {
    if (vector instanceof ListVector list) {
      return checkList(list, list.getDataVector());
    }
    if (vector instanceof StructVector struct) {
      String note = null;
      for (ValueVector child : struct.getChildrenFromFields()) {
        if (child.getValueCount() < struct.getValueCount()) {
          throw new AssertionFailedError("struct child " + child.getName() + " holds "
              + child.getValueCount() + " values for " + struct.getValueCount() + " structs");
        }
        String found = check(child);
        note = note == null ? found : note;
      }
      return note;
    }
    try {
      ValueVectorUtility.validateFull(vector);
      return null;
    } catch (RuntimeException e) {
      String message = String.valueOf(e.getMessage());
      if (message.contains("Non-UTF-8") || message.contains("does not fit in precision")
          || message.contains("greater than the precision")) {
        return message.contains("UTF-8") ? "invalid UTF-8 in a string" : "decimal out of its precision";
      }
      throw new AssertionFailedError("the reader produced an invalid batch: " + e);
    }
  }

  private static String checkList(ListVector list, ValueVector data) {
    int count = list.getValueCount();
    if (count == 0) {
      return check(data);
    }
    ArrowBuf offsets = list.getOffsetBuffer();
    if (offsets.capacity() < (long) (count + 1) * ListVector.OFFSET_WIDTH) {
      throw new AssertionFailedError(list.getName() + ": offset buffer of " + offsets.capacity()
          + " bytes for " + count + " lists");
    }
    int previous = offsets.getInt(0);
    if (previous != 0) {
      throw new AssertionFailedError(list.getName() + ": first offset is " + previous);
    }
    for (int i = 1; i <= count; i++) {
      int offset = offsets.getInt((long) i * ListVector.OFFSET_WIDTH);
      if (offset < previous) {
        throw new AssertionFailedError(list.getName() + ": offset " + i + " decreases");
      }
      previous = offset;
    }
    if (previous > data.getValueCount()) {
      throw new AssertionFailedError(list.getName() + ": offsets reach " + previous
          + " but the child holds " + data.getValueCount() + " values");
    }
    return check(data);
  }
}
