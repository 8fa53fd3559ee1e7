package dev.quiver.adapters.parquet.decode;

import dev.quiver.adapters.parquet.ParquetCorruptionException;

/**
 * DELTA_BINARY_PACKED: a header (block size, miniblocks per block, value count, first value),
 * then blocks of a minimum delta and bit-packed miniblocks of deltas. Arithmetic wraps like the
 * writer's, so INT32 columns come out right after narrowing.
 */
public final class DeltaBinaryPackedDecoder implements ValuesDecoder {
  private static final int MAX_BLOCK_SIZE = 1 << 16;
  private static final int BLOCK_MULTIPLE = 128;
  private static final int MINIBLOCK_MULTIPLE = 32;
  private static final int MAX_BIT_WIDTH = 64;

  private byte[] bytes;
  private int position;
  private int limit;
  private int blockSize;
  private int miniblocks;
  private int valuesPerMiniblock;
  private int totalLeft;
  private long last;
  private boolean firstPending;
  private long minDelta;
  private final byte[] bitWidths = new byte[BLOCK_MULTIPLE];
  private int miniblockIndex;
  private long[] miniblock = new long[0];
  private int miniblockPosition;
  private int miniblockFilled;

  /** Starts decoding at {@code offset}; {@code maxValues} bounds the declared value count. */
  public void reset(byte[] bytes, int offset, int limit, long maxValues) {
    this.bytes = bytes;
    this.position = offset;
    this.limit = limit;
    blockSize = readUnsignedVarInt();
    miniblocks = readUnsignedVarInt();
    long total = readUnsignedVarLong();
    last = readZigZagLong();
    if (blockSize <= 0
        || blockSize > MAX_BLOCK_SIZE
        || blockSize % BLOCK_MULTIPLE != 0
        || miniblocks <= 0
        || miniblocks > bitWidths.length
        || blockSize % miniblocks != 0
        || (blockSize / miniblocks) % MINIBLOCK_MULTIPLE != 0) {
      throw new ParquetCorruptionException(
          "DELTA_BINARY_PACKED header has block size " + blockSize + " with " + miniblocks
              + " miniblocks");
    }
    if (total < 0 || total > maxValues) {
      throw new ParquetCorruptionException(
          "DELTA_BINARY_PACKED declares " + total + " values where at most " + maxValues + " fit");
    }
    valuesPerMiniblock = blockSize / miniblocks;
    if (miniblock.length < valuesPerMiniblock) {
      miniblock = new long[valuesPerMiniblock];
    }
    totalLeft = (int) total;
    firstPending = total > 0;
    miniblockIndex = miniblocks;
    miniblockPosition = 0;
    miniblockFilled = 0;
  }

  /** Values not read yet. */
  public int remaining() {
    return totalLeft;
  }

  /**
   * The byte just after the data read so far; after the last value, the end of the encoded
   * values (what follows is another section, e.g. DELTA_LENGTH_BYTE_ARRAY's bytes).
   */
  public int position() {
    return position;
  }

  @Override
  public String encodingName() {
    return "DELTA_BINARY_PACKED";
  }

  /** The next value. */
  public long next() {
    if (totalLeft <= 0) {
      throw new ParquetCorruptionException("DELTA_BINARY_PACKED page holds fewer values than needed");
    }
    totalLeft--;
    if (firstPending) {
      firstPending = false;
      return last;
    }
    if (miniblockPosition == miniblockFilled) {
      loadMiniblock();
    }
    last += minDelta + miniblock[miniblockPosition++];
    return last;
  }

  @Override
  public void readInts(int[] out, int offset, int count) {
    for (int i = 0; i < count; i++) {
      out[offset + i] = (int) next();
    }
  }

  @Override
  public void readLongs(long[] out, int offset, int count) {
    for (int i = 0; i < count; i++) {
      out[offset + i] = next();
    }
  }

  private void loadMiniblock() {
    if (miniblockIndex == miniblocks) {
      minDelta = readZigZagLong();
      if (miniblocks > limit - position) {
        throw new ParquetCorruptionException("DELTA_BINARY_PACKED block header cut off");
      }
      System.arraycopy(bytes, position, bitWidths, 0, miniblocks);
      position += miniblocks;
      miniblockIndex = 0;
    }
    int width = bitWidths[miniblockIndex++] & 0xff;
    if (width > MAX_BIT_WIDTH) {
      throw new ParquetCorruptionException("DELTA_BINARY_PACKED miniblock bit width " + width);
    }
    long bitLength = (long) width * valuesPerMiniblock;
    int byteLength = (int) (bitLength >>> 3);
    // Only as many values as are left are used; the padding of the last miniblock may be absent.
    int needed = Math.min(valuesPerMiniblock, totalLeft + 1);
    int neededBytes = (int) (((long) width * needed + 7) >>> 3);
    if (neededBytes > limit - position) {
      throw new ParquetCorruptionException("DELTA_BINARY_PACKED miniblock cut off at the page end");
    }
    long mask = width == MAX_BIT_WIDTH ? -1L : (1L << width) - 1;
    long bit = (long) position << 3;
    for (int i = 0; i < needed; i++) {
      miniblock[i] = width == 0 ? 0 : readBits(bit, width, mask);
      bit += width;
    }
    position = (int) Math.min(limit, (long) position + byteLength);
    miniblockPosition = 0;
    miniblockFilled = needed;
  }

  private long readBits(long bitPosition, int width, long mask) {
    int index = (int) (bitPosition >>> 3);
    int shift = (int) (bitPosition & 7);
    long result = (bytes[index] & 0xffL) >>> shift;
    int got = 8 - shift;
    while (got < width) {
      result |= (bytes[++index] & 0xffL) << got;
      got += 8;
    }
    return result & mask;
  }

  private int readUnsignedVarInt() {
    long value = readUnsignedVarLong();
    if (value > Integer.MAX_VALUE) {
      throw new ParquetCorruptionException("DELTA_BINARY_PACKED header value " + value + " too large");
    }
    return (int) value;
  }

  private long readUnsignedVarLong() {
    long result = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (position >= limit) {
        throw new ParquetCorruptionException("DELTA_BINARY_PACKED data ends early");
      }
      byte b = bytes[position++];
      result |= (long) (b & 0x7f) << shift;
      if ((b & 0x80) == 0) {
        return result;
      }
    }
    throw new ParquetCorruptionException("DELTA_BINARY_PACKED varint too long");
  }

  private long readZigZagLong() {
    long n = readUnsignedVarLong();
    return (n >>> 1) ^ -(n & 1);
  }
}
