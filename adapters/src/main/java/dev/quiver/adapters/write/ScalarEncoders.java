package dev.quiver.adapters.write;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.vector.BitVectorHelper;

/**
 * Text encoders for the primitive Arrow types, each one tight loop over the vector's buffers. In
 * JSON style dates, times, timestamps and binaries are quoted strings and NaN/Infinity are null;
 * in CSV style they are bare text and NaN/Infinity are {@code nan}/{@code inf}/{@code -inf}.
 */
final class ScalarEncoders {
  private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
  private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};
  private static final byte[] NAN = {'n', 'a', 'n'};
  private static final byte[] INF = {'i', 'n', 'f'};
  private static final byte[] NEGATIVE_INF = {'-', 'i', 'n', 'f'};
  private static final byte[] HEX_UPPER = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  private static final int DECIMAL_BYTES = 16;
  private static final int OFFSET_BYTES = 4;
  private static final int FIRST_PRINTABLE = 0x20;
  private static final int LAST_PRINTABLE = 0x7E;

  private ScalarEncoders() {}

  static boolean isNull(ArrowBuf validity, int index) {
    return BitVectorHelper.get(validity, index) == 0;
  }

  /** Every value NULL (Arrow's Null type). */
  static ColumnEncoder nulls(TextStyle style) {
    return (vector, start, end, out) -> {
      for (int i = start; i < end; i++) {
        style.putNull(out);
      }
    };
  }

  static ColumnEncoder booleans(TextStyle style) {
    return (vector, start, end, out) -> {
      ArrowBuf validity = vector.getValidityBuffer();
      ArrowBuf data = vector.getDataBuffer();
      for (int i = start; i < end; i++) {
        if (isNull(validity, i)) {
          style.putNull(out);
          continue;
        }
        out.bytes.put(BitVectorHelper.get(data, i) != 0 ? TRUE : FALSE);
        out.endValue();
      }
    };
  }

  /** Signed integers of {@code byteWidth} bytes (1, 2, 4 or 8). */
  static ColumnEncoder integers(TextStyle style, int byteWidth) {
    return (vector, start, end, out) -> {
      ArrowBuf validity = vector.getValidityBuffer();
      ArrowBuf data = vector.getDataBuffer();
      for (int i = start; i < end; i++) {
        if (isNull(validity, i)) {
          style.putNull(out);
          continue;
        }
        long value =
            switch (byteWidth) {
              case 1 -> data.getByte(i);
              case 2 -> data.getShort(2L * i);
              case 4 -> data.getInt(4L * i);
              default -> data.getLong(8L * i);
            };
        out.bytes.putLong(value);
        out.endValue();
      }
    };
  }

  static ColumnEncoder doubles(TextStyle style, boolean single) {
    return (vector, start, end, out) -> {
      ArrowBuf validity = vector.getValidityBuffer();
      ArrowBuf data = vector.getDataBuffer();
      for (int i = start; i < end; i++) {
        if (isNull(validity, i)) {
          style.putNull(out);
          continue;
        }
        double value = single ? data.getFloat(4L * i) : data.getDouble(8L * i);
        if (Double.isNaN(value) || Double.isInfinite(value)) {
          if (style.json) {
            style.putNull(out);
            continue;
          }
          out.bytes.put(Double.isNaN(value) ? NAN : value > 0 ? INF : NEGATIVE_INF);
        } else {
          // Shortest text that reads back to the same value (a String: no allocation-free
          // shortest-digits algorithm in the JDK).
          out.bytes.putAscii(single ? Float.toString((float) value) : Double.toString(value));
        }
        out.endValue();
      }
    };
  }

  /** Decimal(p, s, 128): the exact value with exactly s fraction digits. */
  static ColumnEncoder decimals(TextStyle style, int scale) {
    return (vector, start, end, out) -> {
      ArrowBuf validity = vector.getValidityBuffer();
      ArrowBuf data = vector.getDataBuffer();
      for (int i = start; i < end; i++) {
        if (isNull(validity, i)) {
          style.putNull(out);
          continue;
        }
        long low = data.getLong((long) DECIMAL_BYTES * i);
        long high = data.getLong((long) DECIMAL_BYTES * i + 8);
        if (high == (low >> 63)) {
          out.bytes.putScaled(low, scale);
        } else {
          out.bytes.putAscii(new BigDecimal(toBigInteger(high, low), scale).toPlainString());
        }
        out.endValue();
      }
    };
  }

  static BigInteger toBigInteger(long high, long low) {
    byte[] bigEndian = new byte[DECIMAL_BYTES];
    for (int b = 0; b < 8; b++) {
      bigEndian[b] = (byte) (high >>> (56 - 8 * b));
      bigEndian[8 + b] = (byte) (low >>> (56 - 8 * b));
    }
    return new BigInteger(bigEndian);
  }

  /** Date(DAY): days since the epoch. */
  static ColumnEncoder dates(TextStyle style) {
    return (vector, start, end, out) -> {
      ArrowBuf validity = vector.getValidityBuffer();
      ArrowBuf data = vector.getDataBuffer();
      for (int i = start; i < end; i++) {
        if (isNull(validity, i)) {
          style.putNull(out);
          continue;
        }
        openString(style, out);
        CalendarText.appendDate(out.bytes, data.getInt(4L * i));
        closeString(style, out);
      }
    };
  }

  /** Time(MICROSECOND, 64): microseconds since midnight. */
  static ColumnEncoder times(TextStyle style) {
    return (vector, start, end, out) -> {
      ArrowBuf validity = vector.getValidityBuffer();
      ArrowBuf data = vector.getDataBuffer();
      for (int i = start; i < end; i++) {
        if (isNull(validity, i)) {
          style.putNull(out);
          continue;
        }
        openString(style, out);
        CalendarText.appendTime(out.bytes, Math.floorMod(data.getLong(8L * i), CalendarText.MICROS_PER_DAY));
        closeString(style, out);
      }
    };
  }

  /** Timestamp(MICROSECOND, no zone): microseconds since 1970-01-01 00:00:00. */
  static ColumnEncoder timestamps(TextStyle style) {
    return (vector, start, end, out) -> {
      ArrowBuf validity = vector.getValidityBuffer();
      ArrowBuf data = vector.getDataBuffer();
      for (int i = start; i < end; i++) {
        if (isNull(validity, i)) {
          style.putNull(out);
          continue;
        }
        openString(style, out);
        CalendarText.appendTimestamp(out.bytes, data.getLong(8L * i));
        closeString(style, out);
      }
    };
  }

  private static void openString(TextStyle style, EncodedColumn out) {
    if (style.json) {
      out.bytes.put('"');
    }
  }

  private static void closeString(TextStyle style, EncodedColumn out) {
    if (style.json) {
      out.bytes.put('"');
    }
    out.endValue();
  }

  /** Utf8: JSON-escaped and quoted, or a CSV field quoted when it has to be. */
  static ColumnEncoder strings(TextStyle style) {
    ByteBuilder scratch = new ByteBuilder();
    return (vector, start, end, out) -> {
      ArrowBuf validity = vector.getValidityBuffer();
      ArrowBuf offsets = vector.getOffsetBuffer();
      ArrowBuf data = vector.getDataBuffer();
      ByteBuilder bytes = out.bytes;
      for (int i = start; i < end; i++) {
        if (isNull(validity, i)) {
          style.putNull(out);
          continue;
        }
        int from = offsets.getInt((long) OFFSET_BYTES * i);
        int to = offsets.getInt((long) OFFSET_BYTES * (i + 1));
        if (style.json) {
          bytes.put('"');
          int valueStart = bytes.size();
          bytes.put(data, from, to - from);
          JsonText.escapeInPlace(bytes, valueStart, scratch);
          bytes.put('"');
        } else {
          int valueStart = bytes.size();
          bytes.put(data, from, to - from);
          style.quoteIfNeeded(bytes, valueStart);
        }
        out.endValue();
      }
    };
  }

  /**
   * Binary as DuckDB prints a BLOB: printable ASCII as is, other bytes (and backslash and quotes)
   * as {@code \xHH}; in JSON a string with the backslash escaped.
   */
  static ColumnEncoder binaries(TextStyle style) {
    return (vector, start, end, out) -> {
      ArrowBuf validity = vector.getValidityBuffer();
      ArrowBuf offsets = vector.getOffsetBuffer();
      ArrowBuf data = vector.getDataBuffer();
      ByteBuilder bytes = out.bytes;
      for (int i = start; i < end; i++) {
        if (isNull(validity, i)) {
          style.putNull(out);
          continue;
        }
        int from = offsets.getInt((long) OFFSET_BYTES * i);
        int to = offsets.getInt((long) OFFSET_BYTES * (i + 1));
        if (style.json) {
          bytes.put('"');
        }
        int valueStart = bytes.size();
        for (int p = from; p < to; p++) {
          int c = data.getByte(p) & 0xFF;
          if (c >= FIRST_PRINTABLE && c <= LAST_PRINTABLE && c != '\\' && c != '"' && c != '\'') {
            bytes.put(c);
          } else {
            bytes.put('\\');
            if (style.json) {
              bytes.put('\\');
            }
            bytes.put('x');
            bytes.put(HEX_UPPER[c >> 4]);
            bytes.put(HEX_UPPER[c & 0xF]);
          }
        }
        if (style.json) {
          bytes.put('"');
        } else {
          style.quoteIfNeeded(bytes, valueStart);
        }
        out.endValue();
      }
    };
  }
}
