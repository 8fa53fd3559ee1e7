package dev.quiver.adapters.json;

import dev.quiver.adapters.spi.BatchReader;
import dev.quiver.adapters.spi.FormatOptions;
import dev.quiver.adapters.spi.ScanPartition;
import dev.quiver.adapters.spi.ScanSpec;
import dev.quiver.adapters.spi.TableSchema;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;

/**
 * Times single-threaded full reads of a generated 10M-record NDJSON file of about 1.4 GB (not a
 * test; run by hand): {@code java -cp <test-classpath> dev.quiver.adapters.json.JsonReadBenchmark
 * [records]}.
 */
public final class JsonReadBenchmark {
  private static final int DEFAULT_RECORDS = 10_000_000;
  private static final int RUNS = 3;
  private static final String[] TYPES = {"click", "view", "purchase", "signup", "logout"};
  private static final String[] CITIES = {"Oslo", "Lima", "Pune", "Kyoto", "Quito", "Turku"};

  private static final int SECONDS_PER_DAY = 86_400;
  private static final int SECONDS_PER_YEAR = 365 * SECONDS_PER_DAY;
  private static final String[] DAYS = new String[365];

  static {
    LocalDate day = LocalDate.of(2024, 1, 1);
    for (int i = 0; i < DAYS.length; i++) {
      DAYS[i] = day.plusDays(i).toString();
    }
  }

  private JsonReadBenchmark() {}

  private static StringBuilder appendTwoDigits(StringBuilder line, int value) {
    return line.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
  }

  public static void main(String[] args) throws IOException {
    int records = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_RECORDS;
    Path file = Path.of("target", "bench-events-" + records + ".ndjson");
    if (!Files.exists(file)) {
      Files.createDirectories(file.getParent());
      generate(file, records);
    }
    long bytes = Files.size(file);
    JsonFormat format = new JsonFormat();
    long inferStart = System.nanoTime();
    TableSchema schema = format.inferSchema(file, FormatOptions.DEFAULTS);
    System.out.printf(
        Locale.ROOT, "%s: %.0f MB; inferSchema %.1f ms, %s%n", file, bytes / 1e6,
        (System.nanoTime() - inferStart) / 1e6, schema.notes());
    time("(a) id+amount", format, file, schema, new int[] {0, 5}, bytes);
    time("(b) all columns", format, file, schema, new int[] {0, 1, 2, 3, 4, 5}, bytes);
  }

  private static void time(
      String label, JsonFormat format, Path file, TableSchema schema, int[] columns, long bytes)
      throws IOException {
    double[] seconds = new double[RUNS];
    long rowsRead = 0;
    for (int run = 0; run < RUNS; run++) {
      long start = System.nanoTime();
      try (BufferAllocator allocator = new RootAllocator();
          BatchReader reader =
              format.open(
                  ScanPartition.wholeFile(file),
                  schema,
                  new ScanSpec(columns, ScanSpec.DEFAULT_BATCH_ROWS),
                  allocator)) {
        while (reader.next()) {
          // Drain.
        }
        rowsRead = reader.metrics().rowsRead();
      }
      seconds[run] = (System.nanoTime() - start) / 1e9;
    }
    Arrays.sort(seconds);
    double median = seconds[RUNS / 2];
    System.out.printf(
        Locale.ROOT,
        "%s: %d rows, median %.3f s of %d (min %.3f), %.0f MB/s, %.2f M rows/s%n",
        label, rowsRead, median, RUNS, seconds[0], bytes / 1e6 / median,
        rowsRead / 1e6 / median);
  }

  /**
   * Writes {@code records} event lines: id, type, ts, user {id, address {city}}, tags [..], amount
   * (about 160 bytes each).
   */
  static void generate(Path file, int records) throws IOException {
    Random random = new Random(1);
    Path temp = file.resolveSibling(file.getFileName() + ".tmp");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 20)) {
      StringBuilder line = new StringBuilder(192);
      for (int i = 0; i < records; i++) {
        line.setLength(0);
        int second = random.nextInt(SECONDS_PER_YEAR);
        long cents = random.nextInt(10_000_000);
        line.append("{\"id\":").append(1_000_000_000L + i)
            .append(",\"type\":\"").append(TYPES[random.nextInt(TYPES.length)])
            .append("\",\"ts\":\"").append(DAYS[second / SECONDS_PER_DAY]).append(' ');
        appendTwoDigits(line, second % SECONDS_PER_DAY / 3600).append(':');
        appendTwoDigits(line, second % 3600 / 60).append(':');
        appendTwoDigits(line, second % 60)
            .append("\",\"user\":{\"id\":").append(random.nextInt(1_000_000))
            .append(",\"address\":{\"city\":\"").append(CITIES[random.nextInt(CITIES.length)])
            .append("\"}},\"tags\":[");
        int tags = random.nextInt(3);
        for (int t = 0; t < tags; t++) {
          line.append(t == 0 ? "" : ",").append("\"tag").append(random.nextInt(50)).append('"');
        }
        line.append("],\"amount\":").append(cents / 100).append('.')
            .append((char) ('0' + cents / 10 % 10)).append((char) ('0' + cents % 10))
            .append("}\n");
        out.write(line.toString().getBytes(StandardCharsets.US_ASCII));
      }
    }
    Files.move(temp, file);
  }
}
