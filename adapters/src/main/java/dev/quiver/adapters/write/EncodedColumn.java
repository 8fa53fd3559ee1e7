package dev.quiver.adapters.write;

import java.util.Arrays;

/** The text of a range of one column's values, back to back, with where each value ends. */
final class EncodedColumn {
  final ByteBuilder bytes = new ByteBuilder();
  private int[] ends = new int[1024];
  private int count;

  void reset() {
    bytes.reset();
    count = 0;
  }

  /** Marks the end of the value just appended to {@link #bytes}. */
  void endValue() {
    if (count == ends.length) {
      ends = Arrays.copyOf(ends, count * 2);
    }
    ends[count++] = bytes.size();
  }

  int count() {
    return count;
  }

  int start(int value) {
    return value == 0 ? 0 : ends[value - 1];
  }

  int end(int value) {
    return ends[value];
  }

  /** Appends value {@code value}'s bytes to {@code out}. */
  void copyValue(int value, ByteBuilder out) {
    int start = start(value);
    out.put(bytes.array(), start, ends[value] - start);
  }
}
