package dev.quiver.adapters.parquet.decode;

import dev.quiver.adapters.parquet.ParquetCorruptionException;

/** RLE-encoded BOOLEAN values: a 4-byte length, then the RLE hybrid with bit width 1. */
public final class RleBooleanDecoder implements ValuesDecoder {
  private final RleBitPackedDecoder rle = new RleBitPackedDecoder();

  public void reset(byte[] bytes, int offset, int limit) {
    if (limit - offset < Integer.BYTES) {
      throw new ParquetCorruptionException("RLE boolean page lacks its length prefix");
    }
    int length = LittleEndian.getInt(bytes, offset);
    if (length < 0 || length > limit - offset - Integer.BYTES) {
      throw new ParquetCorruptionException("RLE boolean data of " + length + " bytes overruns the page");
    }
    rle.reset(bytes, offset + Integer.BYTES, offset + Integer.BYTES + length, 1);
  }

  @Override
  public String encodingName() {
    return "RLE";
  }

  @Override
  public void readInts(int[] out, int offset, int count) {
    rle.read(out, offset, count);
  }
}
