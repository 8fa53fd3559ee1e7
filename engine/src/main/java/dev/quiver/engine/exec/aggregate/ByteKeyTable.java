package dev.quiver.engine.exec.aggregate;

import dev.quiver.engine.memory.MemoryCharge;
import java.util.Arrays;
import org.apache.arrow.memory.util.MemoryUtil;

/**
 * An open-addressing hash table from byte strings to dense ids {@code 0, 1, 2, ..} in insertion
 * order. Keys are copied into one growing heap {@code byte[]} (no object per key); lookups take
 * the probe either straight from Arrow memory (an address) or from a heap array, and compare
 * bytes in place, 8 at a time.
 */
final class ByteKeyTable {
  private static final int INITIAL_SLOTS = 1024;
  private static final int INITIAL_KEY_BYTES = 4096;
  private static final int LONG_BYTES = 8;
  private static final long SEED = 0x2545F4914F6CDD1DL;
  private static final long MULTIPLIER = 0x9E3779B97F4A7C15L;
  private static final long MIX = 0xBF58476D1CE4E5B9L;
  private static final int ROTATION = 31;

  private final MemoryCharge charge;
  /** Per slot: id + 1, 0 when empty. */
  private int[] slots;
  /** Per slot: the hash of its key, compared before any bytes. */
  private int[] slotHashes;
  private int mask;
  private byte[] keyBytes;
  private int usedBytes;
  /** Per id: start of its key in {@link #keyBytes}; {@code starts[id + 1]} is its end. */
  private int[] starts;
  private int size;

  ByteKeyTable(MemoryCharge charge) {
    this.charge = charge;
    charge.grow((long) INITIAL_SLOTS * 3 * Integer.BYTES + INITIAL_KEY_BYTES);
    slots = new int[INITIAL_SLOTS];
    slotHashes = new int[INITIAL_SLOTS];
    mask = INITIAL_SLOTS - 1;
    keyBytes = new byte[INITIAL_KEY_BYTES];
    starts = new int[INITIAL_SLOTS + 1];
  }

  int size() {
    return size;
  }

  byte[] keyBytes() {
    return keyBytes;
  }

  int start(int id) {
    return starts[id];
  }

  int length(int id) {
    return starts[id + 1] - starts[id];
  }

  /** The id of the {@code length} bytes at {@code address}, inserting them if new. */
  int findOrInsert(long address, int length, int hash) {
    int slot = hash & mask;
    while (true) {
      int entry = slots[slot];
      if (entry == 0) {
        int id = append(length);
        MemoryUtil.copyFromMemory(address, keyBytes, starts[id], length);
        slots[slot] = id + 1;
        slotHashes[slot] = hash;
        growIfFull();
        return id;
      }
      int id = entry - 1;
      if (slotHashes[slot] == hash && equals(address, length, id)) {
        return id;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** The id of {@code key[offset..offset+length)}, inserting it if new. */
  int findOrInsert(byte[] key, int offset, int length, int hash) {
    int slot = hash & mask;
    while (true) {
      int entry = slots[slot];
      if (entry == 0) {
        int id = append(length);
        System.arraycopy(key, offset, keyBytes, starts[id], length);
        slots[slot] = id + 1;
        slotHashes[slot] = hash;
        growIfFull();
        return id;
      }
      int id = entry - 1;
      int start = starts[id];
      if (slotHashes[slot] == hash
          && Arrays.equals(key, offset, offset + length, keyBytes, start, starts[id + 1])) {
        return id;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** A new id with no key that no lookup finds (the NULL group of a single-column key). */
  int appendUnreachable() {
    int id = append(0);
    growIfFull();
    return id;
  }

  private int append(int length) {
    int id = size;
    if (id + 1 >= starts.length) {
      int grown = starts.length * 2;
      charge.grow((long) (grown - starts.length) * Integer.BYTES);
      starts = Arrays.copyOf(starts, grown);
    }
    long needed = (long) usedBytes + length;
    if (needed > keyBytes.length) {
      if (needed > Integer.MAX_VALUE - LONG_BYTES) {
        throw new ArithmeticException("more than 2 GB of distinct key bytes");
      }
      int grown = (int) Math.min(Integer.MAX_VALUE - LONG_BYTES, Math.max(needed, 2L * keyBytes.length));
      charge.grow(grown - keyBytes.length);
      keyBytes = Arrays.copyOf(keyBytes, grown);
    }
    starts[id] = usedBytes;
    usedBytes += length;
    starts[id + 1] = usedBytes;
    size = id + 1;
    return id;
  }

  private boolean equals(long address, int length, int id) {
    int start = starts[id];
    if (starts[id + 1] - start != length) {
      return false;
    }
    int i = 0;
    for (; i + LONG_BYTES <= length; i += LONG_BYTES) {
      if (MemoryUtil.getLong(address + i) != MemoryUtil.getLong(keyBytes, start + i)) {
        return false;
      }
    }
    for (; i < length; i++) {
      if (MemoryUtil.getByte(address + i) != keyBytes[start + i]) {
        return false;
      }
    }
    return true;
  }

  /** Keeps the load factor at most 1/2: doubles the slots and re-inserts every id by its hash. */
  private void growIfFull() {
    if (size * 2 <= slots.length) {
      return;
    }
    int capacity = slots.length * 2;
    charge.grow((long) (capacity - slots.length) * 2 * Integer.BYTES);
    int[] newSlots = new int[capacity];
    int[] newHashes = new int[capacity];
    int newMask = capacity - 1;
    for (int i = 0; i < slots.length; i++) {
      int entry = slots[i];
      if (entry != 0) {
        int slot = slotHashes[i] & newMask;
        while (newSlots[slot] != 0) {
          slot = (slot + 1) & newMask;
        }
        newSlots[slot] = entry;
        newHashes[slot] = slotHashes[i];
      }
    }
    slots = newSlots;
    slotHashes = newHashes;
    mask = newMask;
  }

  /** Hash of {@code length} bytes at {@code address}; equal to {@link #hash(byte[], int, int)} of the same bytes. */
  static int hash(long address, int length) {
    long h = SEED ^ (length * MULTIPLIER);
    int i = 0;
    for (; i + LONG_BYTES <= length; i += LONG_BYTES) {
      h = mixWord(h, MemoryUtil.getLong(address + i));
    }
    if (i < length) {
      long tail = 0;
      for (int shift = 0; i < length; i++, shift += 8) {
        tail |= (MemoryUtil.getByte(address + i) & 0xFFL) << shift;
      }
      h = mixWord(h, tail);
    }
    return finish(h);
  }

  static int hash(byte[] key, int offset, int length) {
    long h = SEED ^ (length * MULTIPLIER);
    int i = 0;
    for (; i + LONG_BYTES <= length; i += LONG_BYTES) {
      h = mixWord(h, MemoryUtil.getLong(key, offset + i));
    }
    if (i < length) {
      long tail = 0;
      for (int shift = 0; i < length; i++, shift += 8) {
        tail |= (key[offset + i] & 0xFFL) << shift;
      }
      h = mixWord(h, tail);
    }
    return finish(h);
  }

  private static long mixWord(long h, long word) {
    return Long.rotateLeft(h ^ (word * MULTIPLIER), ROTATION) * MIX;
  }

  private static int finish(long h) {
    h ^= h >>> 32;
    h *= MULTIPLIER;
    h ^= h >>> 29;
    return (int) h;
  }
}
