package dev.quiver.adapters.parquet.read;

import dev.quiver.adapters.arrow.UncheckedWrites;
import dev.quiver.adapters.parquet.ParquetCorruptionException;
import dev.quiver.adapters.parquet.decode.BinaryValues;
import dev.quiver.adapters.parquet.decode.ValueBuffer;
import dev.quiver.adapters.parquet.metadata.PhysicalType;
import dev.quiver.adapters.parquet.schema.LeafKind;
import dev.quiver.adapters.parquet.schema.LeafNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.apache.arrow.memory.util.MemoryUtil;
import org.apache.arrow.vector.BaseFixedWidthVector;
import org.apache.arrow.vector.BaseVariableWidthVector;
import org.apache.arrow.vector.FieldVector;

/**
 * Writes a leaf's dense decoded values into its Arrow vector, converting as its {@link LeafKind}
 * says. {@code slotValue[s]} is the dense value index of slot {@code s}, or -1 for a null; each
 * kind has its own tight loop over those slots.
 */
final class LeafWriter {
  private static final int MICROS_PER_MILLI = 1000;
  private static final int NANOS_PER_MICRO = 1000;
  private static final int DECIMAL_BYTES = 16;
  private static final int UUID_BYTES = 16;
  private static final int UUID_TEXT_BYTES = 36;
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private LeafWriter() {}

  static void write(LeafNode leaf, FieldVector vector, int slots, int[] slotValue, ValueBuffer values) {
    LeafKind kind = leaf.kind();
    switch (kind) {
      case STRING, BINARY -> writeBinary((BaseVariableWidthVector) vector, slots, slotValue, values.binary);
      case UUID -> writeUuid((BaseVariableWidthVector) vector, slots, slotValue, values.binary);
      case DECIMAL_TEXT -> writeDecimalText(leaf, (BaseVariableWidthVector) vector, slots, slotValue, values);
      default -> writeFixed(leaf, (BaseFixedWidthVector) vector, slots, slotValue, values);
    }
    vector.setValueCount(slots);
  }

  private static void writeFixed(
      LeafNode leaf, BaseFixedWidthVector vector, int slots, int[] slotValue, ValueBuffer values) {
    VectorPreparation.fixedWidth(vector, slots);
    long validity = vector.getValidityBufferAddress();
    long data = vector.getDataBufferAddress();
    int[] ints = values.ints;
    long[] longs = values.longs;
    switch (leaf.kind()) {
      case BOOLEAN -> {
        for (int s = 0; s < slots; s++) {
          int v = slotValue[s];
          if (v >= 0) {
            UncheckedWrites.setValid(validity, s);
            if (ints[v] != 0) {
              UncheckedWrites.setValid(data, s);
            }
          }
        }
      }
      case INT8 -> {
        for (int s = 0; s < slots; s++) {
          int v = slotValue[s];
          if (v >= 0) {
            UncheckedWrites.setValid(validity, s);
            MemoryUtil.putByte(data + s, (byte) ints[v]);
          }
        }
      }
      case INT16, UINT8 -> {
        int mask = leaf.kind() == LeafKind.UINT8 ? 0xff : 0xffff_ffff;
        for (int s = 0; s < slots; s++) {
          int v = slotValue[s];
          if (v >= 0) {
            UncheckedWrites.setValid(validity, s);
            MemoryUtil.putShort(data + ((long) s << 1), (short) (ints[v] & mask));
          }
        }
      }
      case INT32, DATE, UINT16 -> {
        int mask = leaf.kind() == LeafKind.UINT16 ? 0xffff : 0xffff_ffff;
        for (int s = 0; s < slots; s++) {
          int v = slotValue[s];
          if (v >= 0) {
            UncheckedWrites.setValid(validity, s);
            UncheckedWrites.putInt(data, s, ints[v] & mask);
          }
        }
      }
      case UINT32 -> {
        for (int s = 0; s < slots; s++) {
          int v = slotValue[s];
          if (v >= 0) {
            UncheckedWrites.setValid(validity, s);
            UncheckedWrites.putLong(data, s, ints[v] & 0xffff_ffffL);
          }
        }
      }
      case TIME_MILLIS -> {
        for (int s = 0; s < slots; s++) {
          int v = slotValue[s];
          if (v >= 0) {
            UncheckedWrites.setValid(validity, s);
            UncheckedWrites.putLong(data, s, (long) ints[v] * MICROS_PER_MILLI);
          }
        }
      }
      case INT64, TIME_MICROS, TIMESTAMP_MICROS, TIMESTAMP_INT96 -> {
        for (int s = 0; s < slots; s++) {
          int v = slotValue[s];
          if (v >= 0) {
            UncheckedWrites.setValid(validity, s);
            UncheckedWrites.putLong(data, s, longs[v]);
          }
        }
      }
      case TIMESTAMP_MILLIS -> {
        for (int s = 0; s < slots; s++) {
          int v = slotValue[s];
          if (v >= 0) {
            UncheckedWrites.setValid(validity, s);
            UncheckedWrites.putLong(data, s, longs[v] * MICROS_PER_MILLI);
          }
        }
      }
      case TIME_NANOS, TIMESTAMP_NANOS -> {
        for (int s = 0; s < slots; s++) {
          int v = slotValue[s];
          if (v >= 0) {
            UncheckedWrites.setValid(validity, s);
            UncheckedWrites.putLong(data, s, Math.floorDiv(longs[v], NANOS_PER_MICRO));
          }
        }
      }
      case FLOAT -> {
        float[] floats = values.floats;
        for (int s = 0; s < slots; s++) {
          int v = slotValue[s];
          if (v >= 0) {
            UncheckedWrites.setValid(validity, s);
            UncheckedWrites.putInt(data, s, Float.floatToRawIntBits(floats[v]));
          }
        }
      }
      case DOUBLE -> {
        double[] doubles = values.doubles;
        for (int s = 0; s < slots; s++) {
          int v = slotValue[s];
          if (v >= 0) {
            UncheckedWrites.setValid(validity, s);
            UncheckedWrites.putLong(data, s, Double.doubleToRawLongBits(doubles[v]));
          }
        }
      }
      case FLOAT16 -> {
        BinaryValues binary = values.binary;
        byte[] bytes = binary.bytes();
        int[] offsets = binary.offsets();
        for (int s = 0; s < slots; s++) {
          int v = slotValue[s];
          if (v >= 0) {
            UncheckedWrites.setValid(validity, s);
            int at = offsets[v];
            int half = (bytes[at] & 0xff) | ((bytes[at + 1] & 0xff) << 8);
            UncheckedWrites.putInt(data, s, Float.floatToRawIntBits(HalfFloat.toFloat(half)));
          }
        }
      }
      case UINT64 -> {
        for (int s = 0; s < slots; s++) {
          int v = slotValue[s];
          if (v >= 0) {
            UncheckedWrites.setValid(validity, s);
            long address = data + (long) s * DECIMAL_BYTES;
            MemoryUtil.putLong(address, longs[v]);
            MemoryUtil.putLong(address + Long.BYTES, 0L);
          }
        }
      }
      case DECIMAL -> writeDecimal(leaf, validity, data, slots, slotValue, values);
      default -> throw new IllegalStateException(leaf.kind().name());
    }
  }

  private static void writeDecimal(
      LeafNode leaf, long validity, long data, int slots, int[] slotValue, ValueBuffer values) {
    PhysicalType type = leaf.element().type();
    if (type == PhysicalType.INT32 || type == PhysicalType.INT64) {
      boolean ints = type == PhysicalType.INT32;
      for (int s = 0; s < slots; s++) {
        int v = slotValue[s];
        if (v >= 0) {
          UncheckedWrites.setValid(validity, s);
          long value = ints ? values.ints[v] : values.longs[v];
          long address = data + (long) s * DECIMAL_BYTES;
          MemoryUtil.putLong(address, value);
          MemoryUtil.putLong(address + Long.BYTES, value >> 63);
        }
      }
      return;
    }
    BinaryValues binary = values.binary;
    byte[] bytes = binary.bytes();
    int[] offsets = binary.offsets();
    for (int s = 0; s < slots; s++) {
      int v = slotValue[s];
      if (v < 0) {
        continue;
      }
      UncheckedWrites.setValid(validity, s);
      int start = offsets[v];
      int length = offsets[v + 1] - start;
      long high = 0;
      long low = 0;
      if (length > 0) {
        long sign = bytes[start] < 0 ? -1L : 0L;
        int skip = Math.max(0, length - DECIMAL_BYTES);
        for (int k = 0; k < skip; k++) {
          if (bytes[start + k] != (byte) sign) {
            throw new ParquetCorruptionException(
                "a " + length + "-byte DECIMAL value does not fit 38 digits");
          }
        }
        high = sign;
        low = sign;
        for (int k = start + skip; k < start + length; k++) {
          high = (high << 8) | (low >>> 56);
          low = (low << 8) | (bytes[k] & 0xffL);
        }
      }
      long address = data + (long) s * DECIMAL_BYTES;
      MemoryUtil.putLong(address, low);
      MemoryUtil.putLong(address + Long.BYTES, high);
    }
  }

  /** Values are dense and in order, so their bytes go to the vector in one copy. */
  private static void writeBinary(
      BaseVariableWidthVector vector, int slots, int[] slotValue, BinaryValues binary) {
    int[] offsets = binary.offsets();
    int totalBytes = offsets[binary.count()];
    VectorPreparation.variableWidth(vector, slots, totalBytes);
    long validity = vector.getValidityBufferAddress();
    long offsetAddress = vector.getOffsetBufferAddress();
    int end = 0;
    MemoryUtil.putInt(offsetAddress, 0);
    for (int s = 0; s < slots; s++) {
      int v = slotValue[s];
      if (v >= 0) {
        UncheckedWrites.setValid(validity, s);
        end = offsets[v + 1];
      }
      UncheckedWrites.putInt(offsetAddress, s + 1, end);
    }
    if (totalBytes > 0) {
      vector.getDataBuffer().setBytes(0, binary.bytes(), 0, totalBytes);
    }
    vector.setLastSet(slots - 1);
  }

  private static void writeUuid(
      BaseVariableWidthVector vector, int slots, int[] slotValue, BinaryValues binary) {
    VectorPreparation.variableWidth(vector, slots, (long) binary.count() * UUID_TEXT_BYTES);
    byte[] text = new byte[UUID_TEXT_BYTES];
    byte[] bytes = binary.bytes();
    int[] offsets = binary.offsets();
    for (int s = 0; s < slots; s++) {
      int v = slotValue[s];
      if (v < 0) {
        vector.setNull(s);
        continue;
      }
      int at = offsets[v];
      int out = 0;
      for (int k = 0; k < UUID_BYTES; k++) {
        if (k == 4 || k == 6 || k == 8 || k == 10) {
          text[out++] = '-';
        }
        text[out++] = (byte) HEX[(bytes[at + k] >>> 4) & 0xf];
        text[out++] = (byte) HEX[bytes[at + k] & 0xf];
      }
      vector.setSafe(s, text, 0, UUID_TEXT_BYTES);
    }
  }

  /** Rare (precision over 38): formatted value by value. */
  private static void writeDecimalText(
      LeafNode leaf, BaseVariableWidthVector vector, int slots, int[] slotValue, ValueBuffer values) {
    VectorPreparation.variableWidth(vector, slots, 0);
    int scale = LeafKind.decimalScale(leaf.element());
    PhysicalType type = leaf.element().type();
    BinaryValues binary = values.binary;
    for (int s = 0; s < slots; s++) {
      int v = slotValue[s];
      if (v < 0) {
        vector.setNull(s);
        continue;
      }
      BigInteger unscaled;
      if (type == PhysicalType.INT32) {
        unscaled = BigInteger.valueOf(values.ints[v]);
      } else if (type == PhysicalType.INT64) {
        unscaled = BigInteger.valueOf(values.longs[v]);
      } else {
        int start = binary.offsets()[v];
        int length = binary.length(v);
        unscaled = length == 0 ? BigInteger.ZERO : new BigInteger(binary.bytes(), start, length);
      }
      byte[] text = new BigDecimal(unscaled, scale).toPlainString().getBytes(StandardCharsets.UTF_8);
      vector.setSafe(s, text, 0, text.length);
    }
  }
}
