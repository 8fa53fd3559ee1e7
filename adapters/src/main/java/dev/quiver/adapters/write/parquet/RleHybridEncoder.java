package dev.quiver.adapters.write.parquet;

import dev.quiver.adapters.write.ByteBuilder;

/**
 * Encodes non-negative ints of a fixed bit width in Parquet's RLE / bit-packing hybrid, as used
 * for repetition and definition levels and for dictionary indices: a value repeated at least
 * eight times from a group boundary becomes an RLE run (varint header {@code count << 1}, then
 * the value in {@code ceil(width / 8)} bytes); everything else is bit-packed in groups of eight,
 * least significant bit first, up to 63 groups under one header byte {@code groups << 1 | 1}.
 *
 * <p>The algorithm is parquet-mr's {@code RunLengthBitPackingHybridEncoder}: values are buffered
 * eight at a time; a run is recognised while it is being buffered, and once it has eight values it
 * is only counted. {@link #write(int[], int, int)} takes a whole array and skips the per-value
 * work inside long runs, which is what sorted or low-cardinality data and null-free levels are.
 */
final class RleHybridEncoder {
  private static final int GROUP = 8;
  private static final int MAX_GROUPS_PER_RUN = 63;

  private final ByteBuilder out = new ByteBuilder(1 << 12);
  private int bitWidth;
  private final int[] buffered = new int[GROUP];
  private int bufferedCount;
  private int previous;
  private int repeatCount;
  /** Where the current bit-packed run's header byte goes, or -1 when no run is open. */
  private int packedHeader = -1;
  private int packedGroups;
  private long written;

  RleHybridEncoder(int bitWidth) {
    reset(bitWidth);
  }

  /** Forgets everything written and starts over with values of {@code width} bits (1..32). */
  void reset(int width) {
    if (width < 1 || width > Integer.SIZE) {
      throw new IllegalArgumentException("bit width " + width + " is outside 1..32");
    }
    bitWidth = width;
    out.reset();
    bufferedCount = 0;
    previous = 0;
    repeatCount = 0;
    packedHeader = -1;
    packedGroups = 0;
    written = 0;
  }

  /** Values written since the last reset. */
  long count() {
    return written;
  }

  /** An upper bound of the encoded size so far, in bytes. */
  int estimatedSize() {
    return out.size() + 1 + (bitWidth * GROUP + 7) / 8 + 5;
  }

  void write(int value) {
    written++;
    if (value == previous) {
      if (++repeatCount >= GROUP) {
        return;
      }
    } else {
      if (repeatCount >= GROUP) {
        writeRleRun();
      }
      repeatCount = 1;
      previous = value;
    }
    buffered[bufferedCount++] = value;
    if (bufferedCount == GROUP) {
      writePackedGroup();
    }
  }

  /** Writes {@code values[from, to)}; runs past eight equal values cost one comparison each. */
  void write(int[] values, int from, int to) {
    int i = from;
    while (i < to) {
      int value = values[i];
      if (repeatCount >= GROUP && value == previous) {
        int run = i + 1;
        while (run < to && values[run] == value) {
          run++;
        }
        repeatCount += run - i;
        written += run - i;
        i = run;
        continue;
      }
      write(value);
      i++;
    }
  }

  /** Writes {@code value} {@code count} times. */
  void writeRepeated(int value, int count) {
    int left = count;
    while (left > 0 && !(repeatCount >= GROUP && value == previous)) {
      write(value);
      left--;
    }
    repeatCount += left;
    written += left;
  }

  /** Ends the last run and returns the encoded bytes, valid until the next write or reset. */
  ByteBuilder finish() {
    if (repeatCount >= GROUP) {
      writeRleRun();
    } else if (bufferedCount > 0) {
      for (int i = bufferedCount; i < GROUP; i++) {
        buffered[i] = 0;
      }
      writePackedGroup();
      endPackedRun();
    } else {
      endPackedRun();
    }
    return out;
  }

  private void writePackedGroup() {
    if (packedGroups >= MAX_GROUPS_PER_RUN) {
      endPackedRun();
    }
    if (packedHeader < 0) {
      packedHeader = out.size();
      out.put(0);
    }
    // Eight values of w bits are exactly w bytes.
    out.ensure(bitWidth);
    long acc = 0;
    int bits = 0;
    for (int i = 0; i < GROUP; i++) {
      acc |= (buffered[i] & 0xFFFFFFFFL) << bits;
      bits += bitWidth;
      while (bits >= Byte.SIZE) {
        out.put((int) acc);
        acc >>>= Byte.SIZE;
        bits -= Byte.SIZE;
      }
    }
    bufferedCount = 0;
    repeatCount = 0;
    packedGroups++;
  }

  private void endPackedRun() {
    if (packedHeader < 0) {
      return;
    }
    out.array()[packedHeader] = (byte) ((packedGroups << 1) | 1);
    packedHeader = -1;
    packedGroups = 0;
  }

  private void writeRleRun() {
    endPackedRun();
    out.putUnsignedVarInt((long) repeatCount << 1);
    int valueBytes = (bitWidth + 7) / 8;
    for (int b = 0; b < valueBytes; b++) {
      out.put(previous >>> (8 * b));
    }
    repeatCount = 0;
    bufferedCount = 0;
  }

  /** The bits needed for values up to {@code max} (at least 1). */
  static int bitWidth(int max) {
    return Math.max(1, Integer.SIZE - Integer.numberOfLeadingZeros(max));
  }
}
