package dev.quiver.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A byte buffer that formats CSV fields straight into bytes and flushes to a stream, so generating
 * millions of rows allocates nothing per row (no String.format, no boxing).
 */
final class AsciiRowBuffer {
  /** Room kept free before a row starts; far more than the longest row the generator writes. */
  static final int MAX_ROW_BYTES = 512;

  private static final int BUFFER_BYTES = 1 << 16;
  private static final int MAX_LONG_DIGITS = 20;

  private final OutputStream out;
  private final byte[] buffer = new byte[BUFFER_BYTES];
  private final byte[] digits = new byte[MAX_LONG_DIGITS];
  private int position;
  private long bytesWritten;

  AsciiRowBuffer(OutputStream out) {
    this.out = out;
  }

  /** Flushes when fewer than {@link #MAX_ROW_BYTES} bytes are free; call before each row. */
  void reserveRow() throws IOException {
    if (position > BUFFER_BYTES - MAX_ROW_BYTES) {
      flush();
    }
  }

  void put(byte b) {
    buffer[position++] = b;
  }

  void put(byte[] bytes) {
    System.arraycopy(bytes, 0, buffer, position, bytes.length);
    position += bytes.length;
  }

  /** Writes a non-negative number in decimal. */
  void putLong(long value) {
    if (value == 0) {
      buffer[position++] = '0';
      return;
    }
    int count = 0;
    long rest = value;
    while (rest > 0) {
      digits[count++] = (byte) ('0' + (rest % 10));
      rest /= 10;
    }
    while (count > 0) {
      buffer[position++] = digits[--count];
    }
  }

  /** Writes 0..99 as exactly two digits. */
  void putTwoDigits(int value) {
    buffer[position++] = (byte) ('0' + value / 10);
    buffer[position++] = (byte) ('0' + value % 10);
  }

  void flush() throws IOException {
    out.write(buffer, 0, position);
    bytesWritten += position;
    position = 0;
  }

  long bytesWritten() {
    return bytesWritten + position;
  }

  static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
