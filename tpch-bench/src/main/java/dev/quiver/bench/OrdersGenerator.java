package dev.quiver.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;

/**
 * Writes the benchmark's {@code orders.csv}: N deterministic rows (same seed, same bytes) with a
 * header, a skewed low-cardinality string, a 20-value string, a nullable DOUBLE, a TIMESTAMP, a
 * BIGINT and a free-text column that sometimes needs quoting.
 *
 * <p>Usage: {@code OrdersGenerator [--rows N] [--dir path] [--seed S]}.
 */
public final class OrdersGenerator {
  public static final String FILE_NAME = "orders.csv";
  public static final long DEFAULT_ROWS = 10_000_000L;
  public static final long DEFAULT_SEED = 20240101L;

  /** Bump when the bytes written for a seed change, so stale files are regenerated. */
  static final int FORMAT_VERSION = 1;

  static final String HEADER = "id,status,category,amount,ts,customer_id,note";
  static final int COLUMN_COUNT = 7;

  private static final String[] STATUSES = {"paid", "shipped", "pending", "cancelled", "refunded"};

  /** Percent of rows per status, same order as {@link #STATUSES}; refunded is the rare one. */
  private static final int[] STATUS_PERCENT = {50, 25, 12, 8, 5};

  private static final String[] CATEGORIES = {
    "electronics", "books", "clothing", "home", "garden", "toys", "sports", "beauty", "grocery",
    "automotive", "health", "jewelry", "music", "movies", "office", "pets", "shoes", "tools",
    "games", "baby"
  };

  /** A third of the notes hold a comma, so the CSV reader must honour double quotes. */
  private static final String[] NOTES = {
    "ok",
    "leave at door",
    "\"gift wrap, no card\"",
    "express",
    "call before delivery",
    "\"fragile, handle with care\"",
    "repeat customer",
    "\"second attempt, customer absent\"",
    "no note"
  };

  private static final int NULL_AMOUNT_PERCENT = 1;
  private static final int MAX_AMOUNT_CENTS = 99_999;
  private static final int CENTS_PER_UNIT = 100;
  private static final long MAX_CUSTOMER_ID = 1_000_000L;
  private static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);
  private static final int DAYS = 366; // 2024 is a leap year
  private static final int SECONDS_PER_DAY = 86_400;
  private static final int SECONDS_PER_HOUR = 3_600;
  private static final int SECONDS_PER_MINUTE = 60;
  private static final int PERCENT = 100;

  private OrdersGenerator() {}

  public static void main(String[] args) throws IOException {
    long rows = DEFAULT_ROWS;
    long seed = DEFAULT_SEED;
    Path dir = null;
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : null;
      switch (args[i]) {
        case "--rows" -> rows = Long.parseLong(requireValue("--rows", value));
        case "--seed" -> seed = Long.parseLong(requireValue("--seed", value));
        case "--dir" -> dir = Paths.get(requireValue("--dir", value));
        default ->
            throw new IllegalArgumentException(
                "unknown option "
                    + args[i]
                    + "; usage: OrdersGenerator [--rows N] [--dir path] [--seed S]");
      }
      i++;
    }
    Path target = dir != null ? dir : RepositoryPaths.defaultDataDir(rows);
    long start = System.nanoTime();
    boolean generated = ensure(target, rows, seed);
    Path file = target.resolve(FILE_NAME);
    System.out.printf(
        "%s %s (%,d rows, %,d bytes) in %.1f s%n",
        generated ? "generated" : "reused",
        file,
        rows,
        Files.size(file),
        (System.nanoTime() - start) / 1e9);
  }

  private static String requireValue(String option, String value) {
    if (value == null) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return value;
  }

  /**
   * Makes sure {@code dir/orders.csv} holds exactly these rows for this seed: reuses the file when
   * its marker matches, otherwise writes it to a temporary file and renames it into place.
   *
   * @return true when the file was (re)generated, false when the existing file was reused
   */
  public static boolean ensure(Path dir, long rows, long seed) throws IOException {
    if (rows < 0) {
      throw new IllegalArgumentException("rows must be >= 0, got " + rows);
    }
    Files.createDirectories(dir);
    Path file = dir.resolve(FILE_NAME);
    GeneratedFileMarker existing = GeneratedFileMarker.read(file);
    if (existing != null
        && existing.formatVersion() == FORMAT_VERSION
        && existing.rows() == rows
        && existing.seed() == seed
        && existing.describes(file)) {
      return false;
    }
    // The marker goes first: a crash from here on must never leave a marker vouching for old data.
    GeneratedFileMarker.delete(file);
    Path temporary = dir.resolve(FILE_NAME + ".tmp");
    long bytes;
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16)) {
      bytes = write(out, rows, seed);
    } catch (IOException | RuntimeException failure) {
      Files.deleteIfExists(temporary);
      throw failure;
    }
    Files.move(
        temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    new GeneratedFileMarker(FORMAT_VERSION, rows, seed, bytes).write(file);
    return true;
  }

  /** Writes header and rows to the stream; returns the bytes written. */
  static long write(OutputStream out, long rows, long seed) throws IOException {
    byte[][] statuses = asciiAll(STATUSES);
    byte[][] categories = asciiAll(CATEGORIES);
    byte[][] notes = asciiAll(NOTES);
    byte[][] days = new byte[DAYS][];
    for (int day = 0; day < DAYS; day++) {
      days[day] = AsciiRowBuffer.ascii(FIRST_DAY.plusDays(day) + " ");
    }
    int[] statusByPercent = new int[PERCENT];
    for (int status = 0, slot = 0; status < STATUSES.length; status++) {
      for (int k = 0; k < STATUS_PERCENT[status]; k++) {
        statusByPercent[slot++] = status;
      }
    }

    SeededRandom random = new SeededRandom(seed);
    AsciiRowBuffer buffer = new AsciiRowBuffer(out);
    buffer.put(AsciiRowBuffer.ascii(HEADER));
    buffer.put((byte) '\n');
    for (long id = 1; id <= rows; id++) {
      buffer.reserveRow();
      buffer.putLong(id);
      buffer.put((byte) ',');
      buffer.put(statuses[statusByPercent[random.nextInt(PERCENT)]]);
      buffer.put((byte) ',');
      buffer.put(categories[random.nextInt(categories.length)]);
      buffer.put((byte) ',');
      if (random.nextInt(PERCENT) >= NULL_AMOUNT_PERCENT) {
        int cents = 1 + random.nextInt(MAX_AMOUNT_CENTS);
        buffer.putLong(cents / CENTS_PER_UNIT);
        buffer.put((byte) '.');
        buffer.putTwoDigits(cents % CENTS_PER_UNIT);
      }
      buffer.put((byte) ',');
      int second = random.nextInt(DAYS * SECONDS_PER_DAY);
      int secondOfDay = second % SECONDS_PER_DAY;
      buffer.put(days[second / SECONDS_PER_DAY]);
      buffer.putTwoDigits(secondOfDay / SECONDS_PER_HOUR);
      buffer.put((byte) ':');
      buffer.putTwoDigits(secondOfDay % SECONDS_PER_HOUR / SECONDS_PER_MINUTE);
      buffer.put((byte) ':');
      buffer.putTwoDigits(secondOfDay % SECONDS_PER_MINUTE);
      buffer.put((byte) ',');
      buffer.putLong(1 + random.nextInt((int) MAX_CUSTOMER_ID));
      buffer.put((byte) ',');
      buffer.put(notes[random.nextInt(notes.length)]);
      buffer.put((byte) '\n');
    }
    buffer.flush();
    return buffer.bytesWritten();
  }

  private static byte[][] asciiAll(String[] texts) {
    byte[][] bytes = new byte[texts.length][];
    for (int i = 0; i < texts.length; i++) {
      bytes[i] = AsciiRowBuffer.ascii(texts[i]);
    }
    return bytes;
  }
}
