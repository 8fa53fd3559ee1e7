package dev.quiver.adapters.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quiver.adapters.arrow.Utf8Validation;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Checks the word-at-a-time paths of {@link Utf8Validation} the CSV text decoder relies on: short
 * values read with one masked load, and the tail of longer values read with an overlapping load.
 */
class Utf8ValidationFastPathTest {
  private static final int CASES = 20_000;

  @Test
  void bytesPastTheRangeNeverDecide() {
    byte[] bytes = "paid\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9".getBytes(StandardCharsets.UTF_8);
    assertEquals(-1, Utf8Validation.firstInvalid(bytes, 0, 4));
    assertEquals(-1, Utf8Validation.firstInvalid(bytes, 0, 0));
    // Cutting a two-byte sequence in half makes its lead byte the first invalid one.
    assertEquals(4, Utf8Validation.firstInvalid(bytes, 0, 5));
    byte[] tail = "electronics\u00e9".getBytes(StandardCharsets.UTF_8);
    assertEquals(11, Utf8Validation.firstInvalid(tail, 0, tail.length - 1));
    assertEquals(-1, Utf8Validation.firstInvalid(tail, 0, tail.length));
  }

  @Test
  void agreesWithTheJdkDecoderOnRandomRanges() {
    Random random = new Random(7);
    byte[] bytes = new byte[64];
    for (int c = 0; c < CASES; c++) {
      for (int i = 0; i < bytes.length; i++) {
        // Mostly ASCII with the odd high byte, so both fast and slow paths run.
        bytes[i] = (byte) (random.nextInt(10) == 0 ? 0x80 + random.nextInt(0x80) : 'a' + i % 26);
      }
      if (random.nextBoolean()) {
        byte[] e = "\u00e9\u20ac".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(e, 0, bytes, random.nextInt(bytes.length - e.length), e.length);
      }
      int from = random.nextInt(bytes.length);
      int to = from + random.nextInt(Math.min(20, bytes.length - from) + 1);
      boolean valid = Utf8Validation.firstInvalid(bytes, from, to) < 0;
      assertEquals(isUtf8(bytes, from, to), valid, "range " + from + ".." + to);
    }
  }

  private static boolean isUtf8(byte[] bytes, int from, int to) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, from, to - from));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
