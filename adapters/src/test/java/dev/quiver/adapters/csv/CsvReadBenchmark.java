package dev.quiver.adapters.csv;

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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.types.pojo.Field;

/**
 * Times single-threaded full reads of a generated 10M-row orders CSV (not a test; run by hand):
 * {@code java -cp <test-classpath> dev.quiver.adapters.csv.CsvReadBenchmark [rows | file.csv]}.
 *
 * <p>Given a CSV file instead of a row count (e.g. the harness's {@code bench-data/.../orders.csv})
 * it reads that file; it needs a {@code status} and an {@code amount} column.
 */
public final class CsvReadBenchmark {
  private static final int DEFAULT_ROWS = 10_000_000;
  private static final int RUNS = 5;
  private static final String[] STATUSES = {"pending", "paid", "shipped", "cancelled", "refunded"};

  private CsvReadBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path file;
    if (args.length > 0 && args[0].endsWith(".csv")) {
      file = Path.of(args[0]);
    } else {
      int rows = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_ROWS;
      file = Path.of("target", "bench-orders-" + rows + ".csv");
      if (!Files.exists(file)) {
        generate(file, rows);
      }
    }
    long bytes = Files.size(file);
    CsvFormat format = new CsvFormat();
    long sniffStart = System.nanoTime();
    TableSchema schema = format.inferSchema(file, FormatOptions.DEFAULTS);
    System.out.printf(
        Locale.ROOT, "inferSchema: %.1f ms, %s%n", (System.nanoTime() - sniffStart) / 1e6,
        schema.notes());
    int[] statusAndAmount = {columnIndex(schema, "status"), columnIndex(schema, "amount")};
    time("(a) status+amount", format, file, schema, statusAndAmount, bytes);
    time("(b) all columns", format, file, schema, ScanSpec.allColumns(schema).columns(), bytes);
  }

  private static int columnIndex(TableSchema schema, String name) {
    List<Field> fields = schema.arrowSchema().getFields();
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).getName().equals(name)) {
        return i;
      }
    }
    throw new IllegalArgumentException("the file has no column " + name);
  }

  private static void time(
      String label, CsvFormat format, Path file, TableSchema schema, int[] columns, long bytes)
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
        "%s: %d rows, median %.3f s of %d (min %.3f), %.0f MB/s%n",
        label, rowsRead, median, RUNS, seconds[0], bytes / 1e6 / median);
  }

  private static void generate(Path file, int rows) throws IOException {
    Files.createDirectories(file.getParent());
    Random random = new Random(1);
    String[] categories = new String[20];
    for (int i = 0; i < categories.length; i++) {
      categories[i] = "category_" + (char) ('a' + i);
    }
    long baseSeconds = 1_704_067_200L; // 2024-01-01T00:00:00Z
    Path temp = file.resolveSibling(file.getFileName() + ".tmp");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 20)) {
      out.write("id,status,category,amount,ts\n".getBytes(StandardCharsets.US_ASCII));
      StringBuilder line = new StringBuilder(96);
      for (int i = 0; i < rows; i++) {
        line.setLength(0);
        long cents = random.nextInt(10_000_000);
        java.time.LocalDateTime ts =
            java.time.LocalDateTime.ofEpochSecond(
                baseSeconds + random.nextInt(31_536_000), 0, java.time.ZoneOffset.UTC);
        line.append(1_000_000_000_000L + i).append(',')
            .append(STATUSES[random.nextInt(STATUSES.length)]).append(',')
            .append(categories[random.nextInt(categories.length)]).append(',')
            .append(cents / 100).append('.').append((char) ('0' + cents / 10 % 10))
            .append((char) ('0' + cents % 10)).append(',')
            .append(ts.toLocalDate()).append(' ').append(ts.toLocalTime().toString().length() == 5
                ? ts.toLocalTime() + ":00" : ts.toLocalTime().toString())
            .append('\n');
        out.write(line.toString().getBytes(StandardCharsets.US_ASCII));
      }
    }
    Files.move(temp, file);
  }
}
