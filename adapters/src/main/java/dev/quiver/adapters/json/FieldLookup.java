package dev.quiver.adapters.json;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the index of a key among an object's known field names from the key's UTF-8 bytes,
 * without creating a String: first at the position the caller guesses (records usually repeat the
 * key order), then in an open-addressing hash table.
 */
final class FieldLookup {
  private static final int FNV_OFFSET = 0x811C9DC5;
  private static final int FNV_PRIME = 0x01000193;

  private final byte[][] names;
  private final int[] slots;
  private final int mask;

  FieldLookup(List<String> fieldNames) {
    names = new byte[fieldNames.size()][];
    for (int i = 0; i < names.length; i++) {
      names[i] = fieldNames.get(i).getBytes(StandardCharsets.UTF_8);
    }
    int capacity = Integer.highestOneBit(Math.max(1, names.length) * 4 - 1) << 1;
    slots = new int[capacity];
    mask = capacity - 1;
    for (int i = 0; i < names.length; i++) {
      int slot = hash(names[i], 0, names[i].length) & mask;
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = i + 1;
    }
  }

  int size() {
    return names.length;
  }

  /** The field named by {@code key[start, end)}, trying {@code guess} first; -1 if unknown. */
  int find(byte[] key, int start, int end, int guess) {
    if (guess < names.length && matches(names[guess], key, start, end)) {
      return guess;
    }
    int slot = hash(key, start, end) & mask;
    while (true) {
      int entry = slots[slot];
      if (entry == 0) {
        return -1;
      }
      if (matches(names[entry - 1], key, start, end)) {
        return entry - 1;
      }
      slot = (slot + 1) & mask;
    }
  }

  private static boolean matches(byte[] name, byte[] key, int start, int end) {
    return Arrays.equals(name, 0, name.length, key, start, end);
  }

  private static int hash(byte[] bytes, int start, int end) {
    int h = FNV_OFFSET;
    for (int i = start; i < end; i++) {
      h = (h ^ bytes[i]) * FNV_PRIME;
    }
    return h ^ (h >>> 16);
  }
}
