package dev.quiver.adapters.write.parquet;

import dev.quiver.adapters.write.ByteBuilder;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * A column chunk's dictionary: distinct values in first-seen order, kept in PLAIN form (the
 * dictionary page's payload), with an open-addressing hash table from value to index. Fixed-width
 * values are looked up by their bits as a long ({@link #indexOf(long)}: INT32, INT64, FLOAT,
 * DOUBLE; so -0.0 and 0.0, and NaNs with different payloads, are different entries, as PLAIN
 * would keep them); byte arrays by their bytes ({@link #indexOf(byte[], int)}).
 *
 * <p>Both lookups return the entry's index, or {@code ~index} when the value was just added, so
 * callers can update statistics once per distinct value.
 */
final class ValueDictionary {
  private static final int INITIAL_SLOTS = 1 << 10;
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;
  private static final int LENGTH_BYTES = 4;
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** PLAIN bytes of the entries; entry i is {@code [starts[i], starts[i + 1])}. */
  private final ByteBuilder entries = new ByteBuilder(1 << 12);
  private int[] starts = new int[INITIAL_SLOTS + 1];
  private int[] hashes = new int[INITIAL_SLOTS];
  private long[] keys;
  /** Bytes per fixed-width entry (4 or 8), 0 for byte arrays. */
  private final int width;
  /** Entry index + 1 per slot, 0 when free. */
  private int[] table = new int[INITIAL_SLOTS * 2];
  private int size;

  ValueDictionary(int width) {
    this.width = width;
    this.keys = width > 0 ? new long[INITIAL_SLOTS] : null;
  }

  int size() {
    return size;
  }

  /** Bytes of the dictionary page's payload. */
  int byteSize() {
    return entries.size();
  }

  /** The dictionary page's payload: every entry PLAIN-encoded, in index order. */
  ByteBuilder entries() {
    return entries;
  }

  /** PLAIN bytes entry {@code index} takes. */
  int plainLength(int index) {
    return starts[index + 1] - starts[index];
  }

  /** Appends entry {@code index} PLAIN-encoded to {@code out}. */
  void appendPlain(int index, ByteBuilder out) {
    out.put(entries.array(), starts[index], starts[index + 1] - starts[index]);
  }

  void clear() {
    entries.reset();
    Arrays.fill(table, 0);
    size = 0;
  }

  /** The index of fixed-width value {@code bits}, adding it ({@code ~index}) when new. */
  int indexOf(long bits) {
    int hash = mix(bits);
    int mask = table.length - 1;
    for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
      int entry = table[slot] - 1;
      if (entry < 0) {
        int index = add(slot, hash);
        keys[index] = bits;
        if (width == Long.BYTES) {
          entries.putLongLittleEndian(bits);
        } else {
          entries.putIntLittleEndian((int) bits);
        }
        starts[index + 1] = entries.size();
        return ~index;
      }
      if (keys[entry] == bits) {
        return entry;
      }
    }
  }

  /** The index of the byte array {@code value[0, length)}, adding it ({@code ~index}) when new. */
  int indexOf(byte[] value, int length) {
    int hash = hash(value, length);
    int mask = table.length - 1;
    byte[] stored = entries.array();
    for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
      int entry = table[slot] - 1;
      if (entry < 0) {
        int index = add(slot, hash);
        entries.putIntLittleEndian(length);
        entries.put(value, 0, length);
        starts[index + 1] = entries.size();
        return ~index;
      }
      if (hashes[entry] == hash) {
        int at = starts[entry] + LENGTH_BYTES;
        if (starts[entry + 1] - at == length
            && Arrays.equals(stored, at, at + length, value, 0, length)) {
          return entry;
        }
      }
    }
  }

  /** Claims {@code slot} for a new entry, growing the table at half load; returns the index. */
  private int add(int slot, int hash) {
    int index = size++;
    if (index >= hashes.length) {
      int capacity = hashes.length * 2;
      hashes = Arrays.copyOf(hashes, capacity);
      starts = Arrays.copyOf(starts, capacity + 1);
      if (keys != null) {
        keys = Arrays.copyOf(keys, capacity);
      }
    }
    starts[index] = entries.size();
    hashes[index] = hash;
    table[slot] = index + 1;
    if (size * 2 > table.length) {
      rehash();
    }
    return index;
  }

  private void rehash() {
    int[] bigger = new int[table.length * 2];
    int mask = bigger.length - 1;
    for (int index = 0; index < size; index++) {
      int slot = hashes[index] & mask;
      while (bigger[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      bigger[slot] = index + 1;
    }
    table = bigger;
  }

  private static int mix(long bits) {
    long h = bits * GOLDEN;
    h ^= h >>> 29;
    h *= 0xBF58476D1CE4E5B9L;
    return (int) (h ^ (h >>> 32));
  }

  private static int hash(byte[] value, int length) {
    long h = length * GOLDEN;
    int i = 0;
    for (; i + Long.BYTES <= length; i += Long.BYTES) {
      h = Long.rotateLeft(h ^ (long) LONGS.get(value, i) * GOLDEN, 27) * 5 + 0x52DCE729;
    }
    long tail = 0;
    for (int shift = 0; i < length; i++, shift += Byte.SIZE) {
      tail |= (value[i] & 0xFFL) << shift;
    }
    return mix(h ^ tail);
  }

}
