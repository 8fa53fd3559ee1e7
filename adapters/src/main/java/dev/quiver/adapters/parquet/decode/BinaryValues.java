package dev.quiver.adapters.parquet.decode;

import dev.quiver.adapters.parquet.ParquetCorruptionException;
import java.util.Arrays;

/** Variable-length values packed into one byte array with offsets, reused batch after batch. */
public final class BinaryValues {
  /** Text of one batch must fit an Arrow variable-width vector (int offsets). */
  private static final int MAX_BYTES = Integer.MAX_VALUE - 16;

  private byte[] bytes = new byte[1024];
  private int[] offsets = new int[65];
  private int count;

  public void clear() {
    count = 0;
  }

  public int count() {
    return count;
  }

  public byte[] bytes() {
    return bytes;
  }

  /** Start offsets; value {@code i} spans {@code [offsets[i], offsets[i + 1])}. */
  public int[] offsets() {
    return offsets;
  }

  public int length(int i) {
    return offsets[i + 1] - offsets[i];
  }

  public void add(byte[] source, int offset, int length) {
    int end = offsets[count];
    ensureBytes(end, length);
    System.arraycopy(source, offset, bytes, end, length);
    if (count + 1 >= offsets.length) {
      offsets = Arrays.copyOf(offsets, offsets.length * 2);
    }
    offsets[++count] = end + length;
  }

  /** Appends value {@code index} of {@code other}. */
  public void addFrom(BinaryValues other, int index) {
    int start = other.offsets[index];
    add(other.bytes, start, other.offsets[index + 1] - start);
  }

  /** Room for {@code count} more values. */
  public void reserveValues(int more) {
    if (count + more + 1 > offsets.length) {
      offsets = Arrays.copyOf(offsets, Math.max(offsets.length * 2, count + more + 1));
    }
  }

  private void ensureBytes(int end, int length) {
    long needed = (long) end + length;
    if (needed > bytes.length) {
      if (needed > MAX_BYTES) {
        throw new ParquetCorruptionException(
            "one batch of a binary column holds more than 2 GB; read with smaller batches");
      }
      bytes = Arrays.copyOf(bytes, (int) Math.min(MAX_BYTES, Math.max(needed, bytes.length * 2L)));
    }
  }
}
