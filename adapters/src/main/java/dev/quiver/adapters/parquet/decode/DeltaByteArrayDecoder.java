package dev.quiver.adapters.parquet.decode;

import dev.quiver.adapters.parquet.ParquetCorruptionException;
import java.util.Arrays;

/**
 * DELTA_BYTE_ARRAY (incremental encoding): prefix lengths (DELTA_BINARY_PACKED), then suffixes
 * (DELTA_LENGTH_BYTE_ARRAY); each value is the previous value's prefix plus its suffix.
 */
public final class DeltaByteArrayDecoder implements ValuesDecoder {
  private final DeltaBinaryPackedDecoder prefixDecoder = new DeltaBinaryPackedDecoder();
  private final DeltaLengthByteArrayDecoder suffixes = new DeltaLengthByteArrayDecoder();
  private final int[] suffixLength = new int[1];
  private int[] prefixes = new int[0];
  private int count;
  private int index;
  private byte[] previous = new byte[64];
  private int previousLength;

  public void reset(byte[] bytes, int offset, int limit, int maxValues) {
    prefixDecoder.reset(bytes, offset, limit, maxValues);
    count = prefixDecoder.remaining();
    if (prefixes.length < count) {
      prefixes = new int[count];
    }
    for (int i = 0; i < count; i++) {
      long prefix = prefixDecoder.next();
      if (prefix < 0 || prefix > limit) {
        throw new ParquetCorruptionException("DELTA_BYTE_ARRAY prefix length " + prefix + " is impossible");
      }
      prefixes[i] = (int) prefix;
    }
    suffixes.reset(bytes, prefixDecoder.position(), limit, maxValues);
    index = 0;
    previousLength = 0;
  }

  @Override
  public String encodingName() {
    return "DELTA_BYTE_ARRAY";
  }

  @Override
  public void readBinary(BinaryValues out, int n) {
    out.reserveValues(n);
    for (int i = 0; i < n; i++) {
      if (index >= count) {
        throw new ParquetCorruptionException("DELTA_BYTE_ARRAY page holds only " + count + " values");
      }
      int prefix = prefixes[index++];
      if (prefix > previousLength) {
        throw new ParquetCorruptionException(
            "DELTA_BYTE_ARRAY prefix " + prefix + " is longer than the previous value (" + previousLength + ")");
      }
      int start = suffixes.nextSuffix(suffixLength);
      int length = prefix + suffixLength[0];
      if (previous.length < length) {
        previous = Arrays.copyOf(previous, Math.max(length, previous.length * 2));
      }
      System.arraycopy(suffixes.bytes(), start, previous, prefix, suffixLength[0]);
      previousLength = length;
      out.add(previous, 0, length);
    }
  }
}
