package dev.quiver.adapters.arrow;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Checks that bytes are well-formed UTF-8, eight ASCII bytes at a time when it can. */
public final class Utf8Validation {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final int WORD = Long.BYTES;

  private Utf8Validation() {}

  /**
   * Returns the index of the first byte of the first malformed sequence in {@code bytes[from,
   * to)}, or -1 when the range is valid UTF-8 (overlongs, surrogates and values above U+10FFFF are
   * malformed, as in RFC 3629).
   */
  public static int firstInvalid(byte[] bytes, int from, int to) {
    int size = to - from;
    if (size < WORD && bytes.length - from >= WORD) {
      // A short value inside a larger array: one load covers it, the bytes past it masked off.
      long word = (long) LONGS.get(bytes, from) & ((1L << (size << 3)) - 1);
      if ((word & HIGH_BITS) == 0) {
        return -1;
      }
    }
    int i = from;
    while (i < to) {
      if (i + WORD <= to) {
        if (((long) LONGS.get(bytes, i) & HIGH_BITS) == 0) {
          i += WORD;
          continue;
        }
      } else if (to - from >= WORD && ((long) LONGS.get(bytes, to - WORD) & HIGH_BITS) == 0) {
        // The last eight bytes, overlapping those already checked, cover the rest: all ASCII.
        return -1;
      }
      int b = bytes[i];
      if (b >= 0) {
        i++;
        continue;
      }
      int length = sequenceLength(bytes, i, to);
      if (length == 0) {
        return i;
      }
      i += length;
    }
    return -1;
  }

  /** Length of the valid multi-byte sequence starting at {@code i}, or 0 if it is malformed. */
  private static int sequenceLength(byte[] bytes, int i, int to) {
    int lead = bytes[i] & 0xFF;
    if (lead >= 0xC2 && lead <= 0xDF) {
      return i + 1 < to && isContinuation(bytes[i + 1]) ? 2 : 0;
    }
    if (lead >= 0xE0 && lead <= 0xEF) {
      if (i + 2 >= to) {
        return 0;
      }
      int second = bytes[i + 1] & 0xFF;
      boolean secondOk =
          lead == 0xE0
              ? second >= 0xA0 && second <= 0xBF
              : lead == 0xED ? second >= 0x80 && second <= 0x9F : isContinuation(bytes[i + 1]);
      return secondOk && isContinuation(bytes[i + 2]) ? 3 : 0;
    }
    if (lead >= 0xF0 && lead <= 0xF4) {
      if (i + 3 >= to) {
        return 0;
      }
      int second = bytes[i + 1] & 0xFF;
      boolean secondOk =
          lead == 0xF0
              ? second >= 0x90 && second <= 0xBF
              : lead == 0xF4 ? second >= 0x80 && second <= 0x8F : isContinuation(bytes[i + 1]);
      return secondOk && isContinuation(bytes[i + 2]) && isContinuation(bytes[i + 3]) ? 4 : 0;
    }
    return 0;
  }

  private static boolean isContinuation(byte b) {
    return (b & 0xC0) == 0x80;
  }
}
