package dev.quiver.adapters.parquet;

import dev.quiver.adapters.parquet.metadata.ColumnStatistics;
import dev.quiver.adapters.parquet.metadata.PhysicalType;
import dev.quiver.adapters.parquet.schema.LeafKind;
import dev.quiver.adapters.parquet.schema.LeafNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A column chunk's min/max decoded into comparable bounds (BigDecimal for numbers, dates and
 * timestamps in the units predicates use; raw bytes for strings), or null when they cannot be
 * trusted. Trust rules: {@code min_value}/{@code max_value} count when the file declares the
 * type-defined order (or the type is a signed number, whose only order is signed); the deprecated
 * {@code min}/{@code max} only for signed numbers; floats with a NaN bound and unsigned 64-bit
 * integers are never trusted; truncated string bounds stay valid bounds, so they are used.
 */
record StatisticsBounds(Comparable<?> min, Comparable<?> max) {
  private static final long MICROS_PER_MILLI = 1000;
  private static final long NANOS_PER_MICRO = 1000;

  /** Whether pruning can use this leaf's min/max at all. */
  static boolean supportsMinMax(LeafKind kind) {
    return switch (kind) {
      case INT8, INT16, INT32, INT64, UINT8, UINT16, UINT32, FLOAT, DOUBLE, DATE, DECIMAL,
          TIMESTAMP_MILLIS, TIMESTAMP_MICROS, TIMESTAMP_NANOS, STRING -> true;
      default -> false;
    };
  }

  static StatisticsBounds of(LeafNode leaf, ColumnStatistics stats, boolean typeDefinedOrder) {
    if (stats == null || !supportsMinMax(leaf.kind())) {
      return null;
    }
    PhysicalType type = leaf.element().type();
    boolean signedNumber =
        (type == PhysicalType.INT32 || type == PhysicalType.INT64
            || type == PhysicalType.FLOAT || type == PhysicalType.DOUBLE)
            && leaf.kind() != LeafKind.UINT8 && leaf.kind() != LeafKind.UINT16
            && leaf.kind() != LeafKind.UINT32;
    byte[] min;
    byte[] max;
    if (stats.minValue() != null && stats.maxValue() != null && (typeDefinedOrder || signedNumber)) {
      min = stats.minValue();
      max = stats.maxValue();
    } else if (signedNumber && stats.legacyMin() != null && stats.legacyMax() != null) {
      min = stats.legacyMin();
      max = stats.legacyMax();
    } else {
      return null;
    }
    try {
      Comparable<?> low = decode(leaf, min);
      Comparable<?> high = decode(leaf, max);
      return low == null || high == null ? null : new StatisticsBounds(low, high);
    } catch (RuntimeException e) {
      // Malformed statistics only cost the pruning, never the read.
      return null;
    }
  }

  private static Comparable<?> decode(LeafNode leaf, byte[] bytes) {
    PhysicalType type = leaf.element().type();
    ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    switch (leaf.kind()) {
      case STRING:
        return new UnsignedBytes(bytes);
      case FLOAT:
      case DOUBLE:
        {
          double value =
              type == PhysicalType.FLOAT && bytes.length == Float.BYTES
                  ? buffer.getFloat()
                  : type == PhysicalType.DOUBLE && bytes.length == Double.BYTES
                      ? buffer.getDouble()
                      : Double.NaN;
          return Double.isNaN(value) || Double.isInfinite(value) ? null : new BigDecimal(value);
        }
      case DECIMAL:
        {
          int scale = LeafKind.decimalScale(leaf.element());
          BigInteger unscaled;
          if (type == PhysicalType.INT32 && bytes.length == Integer.BYTES) {
            unscaled = BigInteger.valueOf(buffer.getInt());
          } else if (type == PhysicalType.INT64 && bytes.length == Long.BYTES) {
            unscaled = BigInteger.valueOf(buffer.getLong());
          } else if ((type == PhysicalType.BYTE_ARRAY || type == PhysicalType.FIXED_LEN_BYTE_ARRAY)
              && bytes.length > 0) {
            unscaled = new BigInteger(bytes);
          } else {
            return null;
          }
          return new BigDecimal(unscaled, scale);
        }
      default:
        break;
    }
    long value;
    if (type == PhysicalType.INT32 && bytes.length == Integer.BYTES) {
      int raw = buffer.getInt();
      value = switch (leaf.kind()) {
        case UINT8, UINT16, UINT32 -> raw & 0xffff_ffffL;
        default -> raw;
      };
    } else if (type == PhysicalType.INT64 && bytes.length == Long.BYTES) {
      value = buffer.getLong();
    } else {
      return null;
    }
    return switch (leaf.kind()) {
      case TIMESTAMP_MILLIS -> BigDecimal.valueOf(value).multiply(BigDecimal.valueOf(MICROS_PER_MILLI));
      case TIMESTAMP_NANOS -> BigDecimal.valueOf(Math.floorDiv(value, NANOS_PER_MICRO));
      default -> BigDecimal.valueOf(value);
    };
  }

  /** Bytes compared as unsigned, lexicographically: the order of Parquet's string statistics. */
  record UnsignedBytes(byte[] bytes) implements Comparable<UnsignedBytes> {
    @Override
    public int compareTo(UnsignedBytes other) {
      return java.util.Arrays.compareUnsigned(bytes, other.bytes);
    }
  }
}
