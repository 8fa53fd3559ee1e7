package dev.quiver.adapters.parquet.decode;

import dev.quiver.adapters.parquet.ParquetCorruptionException;

/**
 * Decodes Parquet's RLE / bit-packing hybrid (levels, dictionary indices, RLE booleans) in runs:
 * a repeated value fills its whole run at once, bit-packed groups of eight are unpacked together.
 */
public final class RleBitPackedDecoder {
  private static final int GROUP = 8;
  private static final int MAX_BIT_WIDTH = 32;

  private final int[] group = new int[GROUP];
  private byte[] bytes;
  private int position;
  private int limit;
  private int bitWidth;
  private int mask;
  private int repeatLeft;
  private int repeatValue;
  private int packedGroupsLeft;
  private int groupIndex = GROUP;

  /** Starts decoding {@code bytes[offset, limit)} with values of {@code bitWidth} bits. */
  public void reset(byte[] bytes, int offset, int limit, int bitWidth) {
    if (bitWidth < 0 || bitWidth > MAX_BIT_WIDTH) {
      throw new ParquetCorruptionException("RLE bit width " + bitWidth + " is outside 0.." + MAX_BIT_WIDTH);
    }
    if (offset < 0 || limit > bytes.length || offset > limit) {
      throw new ParquetCorruptionException("RLE data range " + offset + ".." + limit + " is outside the page");
    }
    this.bytes = bytes;
    this.position = offset;
    this.limit = limit;
    this.bitWidth = bitWidth;
    this.mask = bitWidth == MAX_BIT_WIDTH ? -1 : (1 << bitWidth) - 1;
    this.repeatLeft = 0;
    this.packedGroupsLeft = 0;
    this.groupIndex = GROUP;
  }

  /** The next value. */
  public int next() {
    while (true) {
      if (repeatLeft > 0) {
        repeatLeft--;
        return repeatValue;
      }
      if (groupIndex < GROUP) {
        return group[groupIndex++];
      }
      if (packedGroupsLeft > 0) {
        unpackGroup();
        continue;
      }
      readRunHeader();
    }
  }

  /** Reads {@code count} values into {@code out[offset...]}. */
  public void read(int[] out, int offset, int count) {
    int end = offset + count;
    int i = offset;
    while (i < end) {
      if (repeatLeft > 0) {
        int n = Math.min(repeatLeft, end - i);
        java.util.Arrays.fill(out, i, i + n, repeatValue);
        repeatLeft -= n;
        i += n;
      } else if (groupIndex < GROUP) {
        int n = Math.min(GROUP - groupIndex, end - i);
        System.arraycopy(group, groupIndex, out, i, n);
        groupIndex += n;
        i += n;
      } else if (packedGroupsLeft > 0) {
        int groups = Math.min(packedGroupsLeft, (end - i) / GROUP);
        int unpacked = groups > 0 ? unpackGroupsInto(out, i, groups) : 0;
        if (unpacked > 0) {
          i += unpacked * GROUP;
        } else {
          unpackGroup();
        }
      } else {
        readRunHeader();
      }
    }
  }

  /**
   * Unpacks up to {@code groups} whole groups of eight straight into {@code out[offset...]}, one
   * 8-byte load per value, as far as the data has 8 readable bytes past each value; returns how
   * many groups it unpacked (0: too close to the end, take the careful path).
   */
  private int unpackGroupsInto(int[] out, int offset, int groups) {
    int width = bitWidth;
    if (width == 0) {
      java.util.Arrays.fill(out, offset, offset + groups * GROUP, 0);
      packedGroupsLeft -= groups;
      return groups;
    }
    // A group of eight values takes exactly `width` bytes.
    int fitting = (limit - position - Long.BYTES) / width;
    int n = Math.min(groups, fitting);
    if (n <= 0) {
      return 0;
    }
    byte[] data = bytes;
    int base = position;
    long valueMask = mask & 0xffffffffL;
    int values = n * GROUP;
    long bit = 0;
    for (int v = 0; v < values; v++, bit += width) {
      long word = LittleEndian.getLong(data, base + (int) (bit >>> 3));
      out[offset + v] = (int) ((word >>> (bit & 7)) & valueMask);
    }
    position = base + n * width;
    packedGroupsLeft -= n;
    return n;
  }

  /** Passes over the next {@code count} values; whole bit-packed groups are not unpacked. */
  public void skip(int count) {
    int left = count;
    while (left > 0) {
      if (repeatLeft > 0) {
        int n = Math.min(repeatLeft, left);
        repeatLeft -= n;
        left -= n;
      } else if (groupIndex < GROUP) {
        int n = Math.min(GROUP - groupIndex, left);
        groupIndex += n;
        left -= n;
      } else if (packedGroupsLeft > 0) {
        // Groups of eight take bitWidth bytes each; a group cut short at the end is unpacked.
        int whole = Math.min(packedGroupsLeft, left / GROUP);
        if (bitWidth > 0) {
          whole = Math.min(whole, (limit - position) / bitWidth);
        }
        if (whole > 0) {
          position += whole * bitWidth;
          packedGroupsLeft -= whole;
          left -= whole * GROUP;
        } else {
          unpackGroup();
        }
      } else {
        readRunHeader();
      }
    }
  }

  /** Skips to the next run when the current repeat is exhausted; used for counting. */
  private void readRunHeader() {
    int header = readVarInt();
    if ((header & 1) == 0) {
      repeatLeft = header >>> 1;
      int valueBytes = (bitWidth + 7) >>> 3;
      if (valueBytes > limit - position) {
        throw new ParquetCorruptionException("RLE run value cut off at the end of its data");
      }
      int value = 0;
      for (int i = 0; i < valueBytes; i++) {
        value |= (bytes[position++] & 0xff) << (8 * i);
      }
      repeatValue = value & mask;
    } else {
      packedGroupsLeft = header >>> 1;
    }
  }

  private void unpackGroup() {
    packedGroupsLeft--;
    groupIndex = 0;
    if (bitWidth == 0) {
      java.util.Arrays.fill(group, 0);
      return;
    }
    if (position >= limit) {
      throw new ParquetCorruptionException("bit-packed run cut off at the end of its data");
    }
    long accumulator = 0;
    int bits = 0;
    for (int i = 0; i < GROUP; i++) {
      while (bits < bitWidth) {
        // Writers may cut the last group short; missing bytes read as zeros (values past the end
        // are never used).
        long next = position < limit ? bytes[position] & 0xff : 0;
        position++;
        accumulator |= next << bits;
        bits += 8;
      }
      group[i] = (int) accumulator & mask;
      accumulator >>>= bitWidth;
      bits -= bitWidth;
    }
    if (position > limit) {
      position = limit;
    }
  }

  private int readVarInt() {
    int result = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      if (position >= limit) {
        throw new ParquetCorruptionException("RLE data ends early: more values were expected");
      }
      byte b = bytes[position++];
      result |= (b & 0x7f) << shift;
      if ((b & 0x80) == 0) {
        if (result < 0) {
          throw new ParquetCorruptionException("RLE run header " + result + " is negative");
        }
        return result;
      }
    }
    throw new ParquetCorruptionException("RLE run header is not a valid varint");
  }
}
