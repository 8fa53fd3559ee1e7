package dev.quiver.adapters.parquet.decode;

import dev.quiver.adapters.parquet.ParquetCorruptionException;
import dev.quiver.adapters.parquet.metadata.PhysicalType;

/**
 * RLE_DICTIONARY / PLAIN_DICTIONARY values: RLE-encoded indices into the column chunk's dictionary
 * page, looked up run by run.
 */
public final class DictionaryDecoder implements ValuesDecoder {
  private final RleBitPackedDecoder indices = new RleBitPackedDecoder();
  private final ValueBuffer dictionary;
  private final int size;
  private final PhysicalType type;
  private int[] scratch = new int[0];

  /**
   * @param dictionary the decoded dictionary entries
   * @param size how many entries it holds
   */
  public DictionaryDecoder(ValueBuffer dictionary, int size, PhysicalType type) {
    this.dictionary = dictionary;
    this.size = size;
    this.type = type;
  }

  /** Starts a page: its first byte is the indices' bit width. */
  public void reset(byte[] bytes, int offset, int limit) {
    if (offset >= limit) {
      if (offset == limit) {
        // An all-null page may hold no index data at all.
        indices.reset(bytes, offset, limit, 0);
        return;
      }
      throw new ParquetCorruptionException("dictionary-encoded page has no index bit width");
    }
    indices.reset(bytes, offset + 1, limit, bytes[offset] & 0xff);
  }

  @Override
  public String encodingName() {
    return "RLE_DICTIONARY";
  }

  /**
   * The next {@code count} indices, checked against the dictionary's size, in a scratch array
   * reused by the next call.
   */
  public int[] readIndices(int count) {
    if (scratch.length < count) {
      scratch = new int[Math.max(count, scratch.length * 2)];
    }
    indices.read(scratch, 0, count);
    for (int i = 0; i < count; i++) {
      if (scratch[i] < 0 || scratch[i] >= size) {
        throw new ParquetCorruptionException(
            "dictionary index " + scratch[i] + " outside the dictionary of " + size + " entries");
      }
    }
    return scratch;
  }

  @Override
  public void readInts(int[] out, int offset, int count) {
    int[] idx = readIndices(count);
    int[] values = dictionary.ints;
    for (int i = 0; i < count; i++) {
      out[offset + i] = values[idx[i]];
    }
  }

  @Override
  public void readLongs(long[] out, int offset, int count) {
    int[] idx = readIndices(count);
    long[] values = dictionary.longs;
    for (int i = 0; i < count; i++) {
      out[offset + i] = values[idx[i]];
    }
  }

  @Override
  public void readFloats(float[] out, int offset, int count) {
    int[] idx = readIndices(count);
    float[] values = dictionary.floats;
    for (int i = 0; i < count; i++) {
      out[offset + i] = values[idx[i]];
    }
  }

  @Override
  public void readDoubles(double[] out, int offset, int count) {
    int[] idx = readIndices(count);
    double[] values = dictionary.doubles;
    for (int i = 0; i < count; i++) {
      out[offset + i] = values[idx[i]];
    }
  }

  @Override
  public void readBinary(BinaryValues out, int count) {
    int[] idx = readIndices(count);
    out.reserveValues(count);
    BinaryValues values = dictionary.binary;
    for (int i = 0; i < count; i++) {
      out.addFrom(values, idx[i]);
    }
  }

  /** Passes over the next {@code count} indices. */
  public void skip(int count) {
    indices.skip(count);
  }

  /** The dictionary's entries. */
  public ValueBuffer dictionary() {
    return dictionary;
  }

  public PhysicalType type() {
    return type;
  }
}
