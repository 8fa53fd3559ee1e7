package dev.quiver.adapters.write.parquet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quiver.adapters.parquet.decode.RleBitPackedDecoder;
import dev.quiver.adapters.write.ByteBuilder;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The RLE / bit-packing hybrid as the reader's decoder reads it, and the run choices it makes. */
class RleHybridEncoderTest {
  private static int[] roundTrip(int[] values, int width, boolean bulk) {
    RleHybridEncoder encoder = new RleHybridEncoder(width);
    if (bulk) {
      encoder.write(values, 0, values.length);
    } else {
      for (int v : values) {
        encoder.write(v);
      }
    }
    assertEquals(values.length, encoder.count());
    ByteBuilder bytes = encoder.finish();
    assertTrue(bytes.size() <= encoder.estimatedSize(), "estimate is an upper bound");
    RleBitPackedDecoder decoder = new RleBitPackedDecoder();
    decoder.reset(bytes.array(), 0, bytes.size(), width);
    int[] out = new int[values.length];
    decoder.read(out, 0, values.length);
    return out;
  }

  @Test
  void everyWidthAndMixOfRunsReadsBack() {
    Random random = new Random(1);
    for (int width = 1; width <= 32; width++) {
      long limit = 1L << width;
      for (int trial = 0; trial < 20; trial++) {
        int[] values = new int[random.nextInt(3000)];
        int i = 0;
        while (i < values.length) {
          int value = (int) (random.nextLong() & (limit - 1));
          int run = random.nextInt(4) == 0 ? random.nextInt(40) : 1;
          for (int k = 0; k < run && i < values.length; k++) {
            values[i++] = value;
          }
        }
        assertArrayEquals(values, roundTrip(values, width, trial % 2 == 0), "width " + width);
      }
    }
  }

  @Test
  void longRunsAreRleAndMoreThan63GroupsSplitPackedRuns() {
    int[] same = new int[100_000];
    java.util.Arrays.fill(same, 5);
    RleHybridEncoder encoder = new RleHybridEncoder(3);
    encoder.writeRepeated(5, 40_000);
    encoder.write(same, 0, 60_000);
    ByteBuilder bytes = encoder.finish();
    // One run: varint(100000 << 1) is 3 bytes, then the value in one byte.
    assertEquals(4, bytes.size());
    assertArrayEquals(same, roundTrip(same, 3, true));

    int[] alternating = new int[8 * 200 + 3];
    for (int i = 0; i < alternating.length; i++) {
      alternating[i] = i % 2;
    }
    assertArrayEquals(alternating, roundTrip(alternating, 1, false));
    RleHybridEncoder packed = new RleHybridEncoder(1);
    packed.write(alternating, 0, alternating.length);
    // 201 groups of one byte under ceil(201 / 63) = 4 headers.
    assertEquals(201 + 4, packed.finish().size());
  }
}
