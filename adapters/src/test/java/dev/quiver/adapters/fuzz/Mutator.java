package dev.quiver.adapters.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/**
 * Seeded byte-level mutations of a seed file: bit flips, random overwrites, truncation, duplicated
 * or deleted ranges, tokens of the format spliced in, and 4-byte integers set to edge values.
 *
 * <p>Each mutation picks its position inside one of the {@link #focus} regions half of the time
 * (for Parquet: the footer and the page headers, where one wrong length matters most), anywhere
 * in the file otherwise.
 */
final class Mutator {
  /** Longest range overwritten, duplicated or deleted, so most of the seed survives. */
  private static final int MAX_RANGE = 64;

  private static final int MAX_FLIPPED_BITS = 8;

  /** Values a corrupted length or offset most likely takes. */
  private static final int[] EDGE_INTS = {
    0, -1, 1, Integer.MAX_VALUE, Integer.MIN_VALUE, 0x7fff_fff0, 1 << 30, 0xffff, 0x10000
  };

  private static final HexFormat HEX = HexFormat.of();

  /** A half-open byte range [start, end) of the seed that mutations aim at. */
  record Region(int start, int end) {}

  private final List<byte[]> tokens;
  private final List<Region> focus;

  /** A mutator of a text format, splicing in fragments of its syntax; aims anywhere. */
  static Mutator text(List<String> tokens) {
    return new Mutator(
        tokens.stream().map(t -> t.getBytes(StandardCharsets.UTF_8)).toList(), List.of());
  }

  /**
   * A mutator of a binary format.
   *
   * @param tokens raw byte sequences of the format to splice in or write over (may be empty)
   * @param focus regions to aim at half of the time (empty: anywhere)
   */
  static Mutator binary(List<byte[]> tokens, List<Region> focus) {
    return new Mutator(tokens, focus);
  }

  private Mutator(List<byte[]> tokens, List<Region> focus) {
    this.tokens = tokens;
    this.focus = focus;
  }

  /** One mutation in {@code 1/STACK_ONE_IN} is followed by one or two more. */
  private static final int STACK_ONE_IN = 4;

  Mutation mutate(byte[] seed, Random random) {
    Mutation mutation = mutateOnce(seed, random);
    if (random.nextInt(STACK_ONE_IN) == 0) {
      for (int more = 1 + random.nextInt(2); more > 0; more--) {
        Mutation next = mutateOnce(mutation.bytes(), random);
        mutation = new Mutation(mutation.description() + ", then " + next.description(), next.bytes());
      }
    }
    return mutation;
  }

  private Mutation mutateOnce(byte[] seed, Random random) {
    if (seed.length == 0) {
      byte[] bytes = randomBytes(random, 1 + random.nextInt(MAX_RANGE));
      return new Mutation("random bytes " + HEX.formatHex(bytes), bytes);
    }
    int kinds = tokens.isEmpty() ? 6 : 7;
    return switch (random.nextInt(kinds)) {
      case 0 -> flipBits(seed, random);
      case 1 -> overwrite(seed, random);
      case 2 -> truncate(seed, random);
      case 3 -> duplicate(seed, random);
      case 4 -> delete(seed, random);
      case 5 -> setInt(seed, random);
      default -> insertToken(seed, random);
    };
  }

  /** A position in the seed, inside a focus region half of the time. */
  private int position(byte[] seed, Random random) {
    if (!focus.isEmpty() && random.nextBoolean()) {
      Region region = focus.get(random.nextInt(focus.size()));
      int start = Math.min(region.start(), seed.length - 1);
      int end = Math.min(region.end(), seed.length);
      if (end > start) {
        return start + random.nextInt(end - start);
      }
    }
    return random.nextInt(seed.length);
  }

  private Mutation flipBits(byte[] seed, Random random) {
    byte[] bytes = seed.clone();
    int flips = 1 + random.nextInt(MAX_FLIPPED_BITS);
    StringBuilder what = new StringBuilder("flip bits (byte:bit)");
    for (int i = 0; i < flips; i++) {
      int at = position(seed, random);
      int bit = random.nextInt(Byte.SIZE);
      bytes[at] ^= (byte) (1 << bit);
      what.append(' ').append(at).append(':').append(bit);
    }
    return new Mutation(what.toString(), bytes);
  }

  private Mutation overwrite(byte[] seed, Random random) {
    byte[] bytes = seed.clone();
    int at = position(seed, random);
    int length = Math.min(1 + random.nextInt(MAX_RANGE), seed.length - at);
    byte[] noise = randomBytes(random, length);
    System.arraycopy(noise, 0, bytes, at, length);
    return new Mutation("overwrite at " + at + " with " + HEX.formatHex(noise), bytes);
  }

  private Mutation truncate(byte[] seed, Random random) {
    int at = position(seed, random);
    byte[] bytes = Arrays.copyOf(seed, at);
    return new Mutation("truncate to " + at + " of " + seed.length + " bytes", bytes);
  }

  private Mutation duplicate(byte[] seed, Random random) {
    int from = position(seed, random);
    int length = Math.min(1 + random.nextInt(MAX_RANGE), seed.length - from);
    int at = position(seed, random);
    byte[] bytes = new byte[seed.length + length];
    System.arraycopy(seed, 0, bytes, 0, at);
    System.arraycopy(seed, from, bytes, at, length);
    System.arraycopy(seed, at, bytes, at + length, seed.length - at);
    return new Mutation("copy " + length + " bytes from " + from + " to before " + at, bytes);
  }

  private Mutation delete(byte[] seed, Random random) {
    int from = position(seed, random);
    int length = Math.min(1 + random.nextInt(MAX_RANGE), seed.length - from);
    byte[] bytes = new byte[seed.length - length];
    System.arraycopy(seed, 0, bytes, 0, from);
    System.arraycopy(seed, from + length, bytes, from, seed.length - from - length);
    return new Mutation("delete " + length + " bytes at " + from, bytes);
  }

  /** A little-endian int at a random spot set to a value lengths and offsets break on. */
  private Mutation setInt(byte[] seed, Random random) {
    byte[] bytes = seed.clone();
    int at = Math.max(0, Math.min(position(seed, random), seed.length - Integer.BYTES));
    int value = random.nextInt(3) == 0 ? random.nextInt() : EDGE_INTS[random.nextInt(EDGE_INTS.length)];
    for (int i = 0; i < Integer.BYTES && at + i < bytes.length; i++) {
      bytes[at + i] = (byte) (value >>> (Byte.SIZE * i));
    }
    return new Mutation("set int at " + at + " to " + value, bytes);
  }

  /** Splices a token in, or writes it over the bytes at a position (half of the time each). */
  private Mutation insertToken(byte[] seed, Random random) {
    byte[] token = tokens.get(random.nextInt(tokens.size()));
    int at = position(seed, random);
    if (random.nextBoolean()) {
      byte[] bytes = seed.clone();
      int length = Math.min(token.length, seed.length - at);
      System.arraycopy(token, 0, bytes, at, length);
      return new Mutation("write " + HEX.formatHex(token, 0, length) + " at " + at, bytes);
    }
    byte[] bytes = new byte[seed.length + token.length];
    System.arraycopy(seed, 0, bytes, 0, at);
    System.arraycopy(token, 0, bytes, at, token.length);
    System.arraycopy(seed, at, bytes, at + token.length, seed.length - at);
    return new Mutation("insert " + HEX.formatHex(token) + " at " + at, bytes);
  }

  private static byte[] randomBytes(Random random, int length) {
    byte[] bytes = new byte[length];
    random.nextBytes(bytes);
    return bytes;
  }
}
