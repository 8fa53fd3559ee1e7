package dev.quiver.engine.exec.aggregate;

import dev.quiver.engine.exec.vector.ColumnValues;
import dev.quiver.engine.exec.vector.ValueLayout;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import org.apache.arrow.memory.util.MemoryUtil;
import org.apache.arrow.vector.FieldVector;

/**
 * Encodes values into byte strings that are equal exactly when the values are equal in the SQL
 * sense (NULL equals NULL for grouping, 0.0 equals -0.0, all NaNs are one value), and decodes
 * them back into vectors. Used for multi-column group keys and DISTINCT sets.
 *
 * <p>Per value: one byte (0 NULL, 1 present), then LONG and DOUBLE 8 bytes, DECIMAL 16, BYTES a
 * 4-byte length and the bytes.
 */
final class KeyRowEncoder {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle INTS =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
  private static final byte NULL = 0;
  private static final byte PRESENT = 1;
  private static final int FLAG_BYTES = 1;

  private KeyRowEncoder() {}

  /** The most bytes {@link #encode} writes for value {@code k} of {@code values}. */
  static int maxLength(ColumnValues values, int k) {
    switch (values.layout()) {
      case LONG:
      case DOUBLE:
        return FLAG_BYTES + Long.BYTES;
      case DECIMAL:
        return FLAG_BYTES + 2 * Long.BYTES;
      default:
        return FLAG_BYTES + Integer.BYTES + values.lengths()[k];
    }
  }

  /** Writes value {@code k} of {@code values} at {@code out[at]}; returns the end. */
  static int encode(ColumnValues values, int k, byte[] out, int at) {
    if (!values.isValid(k)) {
      out[at] = NULL;
      return at + FLAG_BYTES;
    }
    out[at++] = PRESENT;
    switch (values.layout()) {
      case LONG:
        LONGS.set(out, at, values.longs()[k]);
        return at + Long.BYTES;
      case DOUBLE:
        LONGS.set(out, at, normalizedBits(values.doubles()[k]));
        return at + Long.BYTES;
      case DECIMAL:
        LONGS.set(out, at, values.longs()[k]);
        LONGS.set(out, at + Long.BYTES, values.highs()[k]);
        return at + 2 * Long.BYTES;
      default:
        int length = values.lengths()[k];
        INTS.set(out, at, length);
        at += Integer.BYTES;
        MemoryUtil.copyFromMemory(values.dataAddress() + values.starts()[k], out, at, length);
        return at + length;
    }
  }

  /** The bits of a double with one zero and one NaN, so equal values encode equally. */
  static long normalizedBits(double value) {
    return value == 0.0 ? 0L : Double.doubleToLongBits(value);
  }

  static void putInt(byte[] out, int at, int value) {
    INTS.set(out, at, value);
  }

  /**
   * Reads the value encoded at {@code row[at]} and writes it to row {@code outRow} of {@code out}
   * (leaving it NULL for NULL); returns the end of the value.
   *
   * @param scale the scale of a DECIMAL value
   */
  static int decode(byte[] row, int at, ValueLayout layout, int scale, FieldVector out, int outRow) {
    if (row[at++] == NULL) {
      return at;
    }
    switch (layout) {
      case LONG:
        ResultVectors.setLong(out, outRow, (long) LONGS.get(row, at));
        return at + Long.BYTES;
      case DOUBLE:
        ResultVectors.setDouble(out, outRow, Double.longBitsToDouble((long) LONGS.get(row, at)));
        return at + Long.BYTES;
      case DECIMAL:
        ResultVectors.setInt128(
            out, outRow, (long) LONGS.get(row, at + Long.BYTES), (long) LONGS.get(row, at), scale);
        return at + 2 * Long.BYTES;
      default:
        int length = (int) INTS.get(row, at);
        at += Integer.BYTES;
        ResultVectors.setBytes(out, outRow, row, at, length);
        return at + length;
    }
  }
}
