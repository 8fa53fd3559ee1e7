package dev.quiver.engine.exec.vector;

import org.apache.arrow.memory.util.MemoryUtil;
import org.apache.arrow.vector.BaseFixedWidthVector;
import org.apache.arrow.vector.BaseVariableWidthVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.NullVector;

/**
 * Copies chosen rows of one vector to the end of another of the same type: the compaction step
 * of operators that keep rows (sort) or emit rows in a new order. Loops are specialised per
 * layout (bits, fixed width, variable width) and copy raw memory; the target grows as needed.
 */
public final class RowCopier {
  private static final int MIN_CAPACITY = 64;
  private static final int LONG_BYTES = 8;
  private static final int INT_BYTES = 4;
  private static final int SHORT_BYTES = 2;
  private static final int DECIMAL_BYTES = 16;

  private RowCopier() {}

  /**
   * Copies {@code source} rows {@code positions[from..from+count)} to {@code target} rows {@code
   * targetRow..targetRow+count)} and sets the target's value count to {@code targetRow + count}.
   * Rows of the target before {@code targetRow} are kept.
   */
  public static void append(
      FieldVector source, int[] positions, int from, int count, FieldVector target, int targetRow) {
    int end = targetRow + count;
    if (count > 0) {
      if (source instanceof BitVector) {
        BitVector bits = (BitVector) target;
        ensureFixedCapacity(bits, end);
        copyBits(source.getDataBufferAddress(), positions, from, count, bits.getDataBufferAddress(), targetRow);
        copyValidity(source, positions, from, count, bits.getValidityBufferAddress(), targetRow);
      } else if (source instanceof BaseFixedWidthVector) {
        appendFixed((BaseFixedWidthVector) source, positions, from, count, (BaseFixedWidthVector) target, targetRow);
      } else if (source instanceof BaseVariableWidthVector) {
        appendVariable(
            (BaseVariableWidthVector) source, positions, from, count, (BaseVariableWidthVector) target, targetRow);
      } else if (!(source instanceof NullVector)) {
        for (int i = 0; i < count; i++) {
          target.copyFromSafe(positions[from + i], targetRow + i, source);
        }
      }
    }
    target.setValueCount(end);
  }

  private static void ensureFixedCapacity(BaseFixedWidthVector target, int rows) {
    if (target.getValueCapacity() >= rows) {
      return;
    }
    if (target.getValueCapacity() == 0) {
      target.setInitialCapacity(Math.max(rows, MIN_CAPACITY));
      target.allocateNew();
    }
    while (target.getValueCapacity() < rows) {
      target.reAlloc();
    }
  }

  private static void appendFixed(
      BaseFixedWidthVector source,
      int[] positions,
      int from,
      int count,
      BaseFixedWidthVector target,
      int targetRow) {
    ensureFixedCapacity(target, targetRow + count);
    long src = source.getDataBufferAddress();
    long dst = target.getDataBufferAddress();
    int width = source.getTypeWidth();
    switch (width) {
      case LONG_BYTES:
        for (int i = 0; i < count; i++) {
          MemoryUtil.putLong(
              dst + (long) (targetRow + i) * LONG_BYTES,
              MemoryUtil.getLong(src + (long) positions[from + i] * LONG_BYTES));
        }
        break;
      case INT_BYTES:
        for (int i = 0; i < count; i++) {
          MemoryUtil.putInt(
              dst + (long) (targetRow + i) * INT_BYTES,
              MemoryUtil.getInt(src + (long) positions[from + i] * INT_BYTES));
        }
        break;
      case SHORT_BYTES:
        for (int i = 0; i < count; i++) {
          MemoryUtil.putShort(
              dst + (long) (targetRow + i) * SHORT_BYTES,
              MemoryUtil.getShort(src + (long) positions[from + i] * SHORT_BYTES));
        }
        break;
      case 1:
        for (int i = 0; i < count; i++) {
          MemoryUtil.putByte(dst + targetRow + i, MemoryUtil.getByte(src + positions[from + i]));
        }
        break;
      case DECIMAL_BYTES:
        for (int i = 0; i < count; i++) {
          long to = dst + (long) (targetRow + i) * DECIMAL_BYTES;
          long at = src + (long) positions[from + i] * DECIMAL_BYTES;
          MemoryUtil.putLong(to, MemoryUtil.getLong(at));
          MemoryUtil.putLong(to + LONG_BYTES, MemoryUtil.getLong(at + LONG_BYTES));
        }
        break;
      default:
        for (int i = 0; i < count; i++) {
          MemoryUtil.copyMemory(
              src + (long) positions[from + i] * width, dst + (long) (targetRow + i) * width, width);
        }
        break;
    }
    copyValidity(source, positions, from, count, target.getValidityBufferAddress(), targetRow);
  }

  private static void appendVariable(
      BaseVariableWidthVector source,
      int[] positions,
      int from,
      int count,
      BaseVariableWidthVector target,
      int targetRow) {
    int end = targetRow + count;
    long srcOffsets = source.getOffsetBufferAddress();
    long total = 0;
    for (int i = 0; i < count; i++) {
      long at = srcOffsets + (long) positions[from + i] * INT_BYTES;
      total += MemoryUtil.getInt(at + INT_BYTES) - MemoryUtil.getInt(at);
    }
    if (target.getValueCapacity() < end) {
      if (target.getValueCapacity() == 0) {
        target.allocateNew(Math.max(total, MIN_CAPACITY), Math.max(end, MIN_CAPACITY));
      }
      while (target.getValueCapacity() < end) {
        target.reallocValidityAndOffsetBuffers();
      }
    }
    long dstOffsets = target.getOffsetBufferAddress();
    int startOffset = targetRow == 0 ? 0 : MemoryUtil.getInt(dstOffsets + (long) targetRow * INT_BYTES);
    long neededBytes = startOffset + total;
    if (neededBytes > Integer.MAX_VALUE) {
      throw new IllegalStateException(
          "more than 2 GB of variable-width values in one vector: " + neededBytes + " bytes");
    }
    if (target.getByteCapacity() < neededBytes) {
      target.reallocDataBuffer(neededBytes);
    }
    long srcData = source.getDataBufferAddress();
    long dstData = target.getDataBufferAddress();
    int offset = startOffset;
    MemoryUtil.putInt(dstOffsets + (long) targetRow * INT_BYTES, offset);
    for (int i = 0; i < count; i++) {
      long at = srcOffsets + (long) positions[from + i] * INT_BYTES;
      int start = MemoryUtil.getInt(at);
      int length = MemoryUtil.getInt(at + INT_BYTES) - start;
      MemoryUtil.copyMemory(srcData + start, dstData + offset, length);
      offset += length;
      MemoryUtil.putInt(dstOffsets + (long) (targetRow + i + 1) * INT_BYTES, offset);
    }
    copyValidity(source, positions, from, count, target.getValidityBufferAddress(), targetRow);
    target.setLastSet(end - 1);
  }

  private static void copyValidity(
      FieldVector source, int[] positions, int from, int count, long dstValidity, int targetRow) {
    if (source.getNullCount() == 0) {
      for (int i = 0; i < count; i++) {
        setBit(dstValidity, targetRow + i, true);
      }
    } else {
      copyBits(source.getValidityBufferAddress(), positions, from, count, dstValidity, targetRow);
    }
  }

  private static void copyBits(long src, int[] positions, int from, int count, long dst, int targetRow) {
    for (int i = 0; i < count; i++) {
      setBit(dst, targetRow + i, ColumnValues.isBitSet(src, positions[from + i]));
    }
  }

  private static void setBit(long address, int index, boolean value) {
    long at = address + (index >>> 3);
    int mask = 1 << (index & 7);
    byte current = MemoryUtil.getByte(at);
    MemoryUtil.putByte(at, (byte) (value ? current | mask : current & ~mask));
  }
}
