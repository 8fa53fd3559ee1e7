package dev.quiver.adapters.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.arrow.memory.ArrowBuf;

/**
 * A growable byte array that writers fill with text or binary values, reused across batches so
 * formatting a value allocates nothing.
 */
public final class ByteBuilder {
  private static final int INITIAL_CAPACITY = 1 << 12;
  private static final byte[] LONG_MIN_TEXT =
      Long.toString(Long.MIN_VALUE).getBytes(StandardCharsets.US_ASCII);
  private static final int MAX_LONG_DIGITS = 20;

  private byte[] bytes;
  private int size;
  private final byte[] digits = new byte[MAX_LONG_DIGITS];

  public ByteBuilder() {
    this(INITIAL_CAPACITY);
  }

  public ByteBuilder(int capacity) {
    bytes = new byte[Math.max(16, capacity)];
  }

  public int size() {
    return size;
  }

  /** The backing array; valid up to {@link #size()} until the next append. */
  public byte[] array() {
    return bytes;
  }

  public void reset() {
    size = 0;
  }

  /** Sets the length to {@code newSize}, within the capacity {@link #ensure} made room for. */
  public void setSize(int newSize) {
    size = newSize;
  }

  /** Makes room for {@code extra} more bytes. */
  public void ensure(int extra) {
    long needed = (long) size + extra;
    if (needed > bytes.length) {
      if (needed > Integer.MAX_VALUE - 16) {
        throw new IllegalStateException("a single buffer cannot exceed 2 GB");
      }
      bytes = Arrays.copyOf(bytes, (int) Math.max(needed, Math.min(Integer.MAX_VALUE - 16, 2L * bytes.length)));
    }
  }

  public void put(int b) {
    if (size == bytes.length) {
      ensure(1);
    }
    bytes[size++] = (byte) b;
  }

  public void put(byte[] src) {
    put(src, 0, src.length);
  }

  public void put(byte[] src, int offset, int length) {
    ensure(length);
    System.arraycopy(src, offset, bytes, size, length);
    size += length;
  }

  /** Copies {@code length} bytes of Arrow memory starting at {@code index}. */
  public void put(ArrowBuf src, long index, int length) {
    ensure(length);
    src.getBytes(index, bytes, size, length);
    size += length;
  }

  /** Appends text that is known to be ASCII (numbers, keywords). */
  public void putAscii(String text) {
    int length = text.length();
    ensure(length);
    for (int i = 0; i < length; i++) {
      bytes[size++] = (byte) text.charAt(i);
    }
  }

  /** Appends {@code value} in decimal. */
  public void putLong(long value) {
    if (value == Long.MIN_VALUE) {
      put(LONG_MIN_TEXT);
      return;
    }
    if (value < 0) {
      put('-');
      value = -value;
    }
    putUnsignedDigits(value, 0);
  }

  /**
   * Appends the non-negative {@code value}'s digits, left-padded with zeros to at least {@code
   * minDigits}.
   */
  public void putUnsignedDigits(long value, int minDigits) {
    int n = 0;
    do {
      digits[n++] = (byte) ('0' + (value % 10));
      value /= 10;
    } while (value != 0);
    while (n < minDigits) {
      digits[n++] = '0';
    }
    ensure(n);
    for (int i = n - 1; i >= 0; i--) {
      bytes[size++] = digits[i];
    }
  }

  /** Appends {@code unscaled / 10^scale} as plain text with exactly {@code scale} fraction digits. */
  public void putScaled(long unscaled, int scale) {
    if (scale == 0) {
      putLong(unscaled);
      return;
    }
    if (unscaled == Long.MIN_VALUE) {
      putAscii(new java.math.BigDecimal(java.math.BigInteger.valueOf(unscaled), scale).toPlainString());
      return;
    }
    if (unscaled < 0) {
      put('-');
      unscaled = -unscaled;
    }
    int n = 0;
    do {
      digits[n++] = (byte) ('0' + (unscaled % 10));
      unscaled /= 10;
    } while (unscaled != 0);
    while (n <= scale) {
      digits[n++] = '0';
    }
    ensure(n + 1);
    for (int i = n - 1; i >= 0; i--) {
      if (i == scale - 1) {
        bytes[size++] = '.';
      }
      bytes[size++] = digits[i];
    }
  }

  public void putIntLittleEndian(int value) {
    ensure(4);
    bytes[size++] = (byte) value;
    bytes[size++] = (byte) (value >>> 8);
    bytes[size++] = (byte) (value >>> 16);
    bytes[size++] = (byte) (value >>> 24);
  }

  public void putLongLittleEndian(long value) {
    ensure(8);
    for (int shift = 0; shift < 64; shift += 8) {
      bytes[size++] = (byte) (value >>> shift);
    }
  }

  /** Unsigned LEB128, as Parquet's RLE run headers and Thrift use. */
  public void putUnsignedVarInt(long value) {
    ensure(10);
    while ((value & ~0x7FL) != 0) {
      bytes[size++] = (byte) ((value & 0x7F) | 0x80);
      value >>>= 7;
    }
    bytes[size++] = (byte) value;
  }

  /** Overwrites four bytes at {@code position} with {@code value}, little-endian. */
  public void setIntLittleEndian(int position, int value) {
    bytes[position] = (byte) value;
    bytes[position + 1] = (byte) (value >>> 8);
    bytes[position + 2] = (byte) (value >>> 16);
    bytes[position + 3] = (byte) (value >>> 24);
  }

  public void writeTo(OutputStream out) throws IOException {
    out.write(bytes, 0, size);
  }

  public byte[] toByteArray() {
    return Arrays.copyOf(bytes, size);
  }
}
