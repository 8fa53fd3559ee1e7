package dev.quiver.adapters.parquet.decode;

import java.util.Arrays;

/**
 * Decoded values of one column, densely (nulls left out), in the primitive array that fits the
 * physical type: ints for INT32 and BOOLEAN, longs for INT64 and INT96 (as microseconds), floats,
 * doubles, or {@link BinaryValues} for byte arrays. Reused across batches.
 */
public final class ValueBuffer {
  public int[] ints = new int[0];
  public long[] longs = new long[0];
  public float[] floats = new float[0];
  public double[] doubles = new double[0];
  public final BinaryValues binary = new BinaryValues();

  public void ensureInts(int size) {
    if (ints.length < size) {
      ints = Arrays.copyOf(ints, grow(ints.length, size));
    }
  }

  public void ensureLongs(int size) {
    if (longs.length < size) {
      longs = Arrays.copyOf(longs, grow(longs.length, size));
    }
  }

  public void ensureFloats(int size) {
    if (floats.length < size) {
      floats = Arrays.copyOf(floats, grow(floats.length, size));
    }
  }

  public void ensureDoubles(int size) {
    if (doubles.length < size) {
      doubles = Arrays.copyOf(doubles, grow(doubles.length, size));
    }
  }

  private static int grow(int current, int needed) {
    return (int) Math.min(Integer.MAX_VALUE - 16, Math.max(needed, current * 3L / 2));
  }
}
