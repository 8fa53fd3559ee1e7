package dev.quiver.adapters.parquet;

import dev.quiver.adapters.spi.BatchReader;
import dev.quiver.adapters.spi.FormatOptions;
import dev.quiver.adapters.spi.ScanPartition;
import dev.quiver.adapters.spi.ScanSpec;
import dev.quiver.adapters.spi.TableSchema;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.types.pojo.Field;

/**
 * Reads a DuckDB-written 10M-row file (ints, doubles, strings, dates, timestamps, decimals; ZSTD)
 * and prints MB/s and rows/s. Not a test: run its main with the test classpath. Arguments: the
 * file, then optionally the column names to read (all columns when none are given).
 */
public final class ParquetReadBenchmark {
  private static final long ROWS = 10_000_000L;
  private static final int RUNS = 5;

  public static void main(String[] args) throws Exception {
    Path file = args.length > 0 ? Path.of(args[0]) : Path.of("target/bench-10m.parquet");
    if (!Files.exists(file)) {
      try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
          Statement statement = connection.createStatement()) {
        statement.execute("COPY (SELECT i::BIGINT AS id, (i % 1000)::INTEGER AS small,"
            + " i / 7.0 AS ratio, 'name-' || (i % 5000) AS name,"
            + " DATE '2000-01-01' + (i % 9000)::INTEGER AS day,"
            + " TIMESTAMP '2020-01-01' + i * INTERVAL 1 SECOND AS ts,"
            + " (i % 100000 / 100.0)::DECIMAL(12,2) AS price"
            + " FROM range(" + ROWS + ") t(i)) TO '" + file + "' (FORMAT PARQUET, COMPRESSION ZSTD)");
      }
    }
    long bytes = Files.size(file);
    ParquetFormat format = new ParquetFormat();
    TableSchema schema = format.inferSchema(file, FormatOptions.DEFAULTS);
    // CPU time of the reading thread is steadier than wall time on a shared, loaded machine.
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int run = 0; run < RUNS; run++) {
      long start = System.nanoTime();
      long cpuStart = threads.getCurrentThreadCpuTime();
      long rows = 0;
      try (RootAllocator allocator = new RootAllocator();
          BatchReader reader = format.open(ScanPartition.wholeFile(file), schema,
              scanSpec(schema, args), allocator)) {
        while (reader.next()) {
          rows += reader.root().getRowCount();
        }
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
      System.out.printf("run %d: %d rows, %.1f MB file in %.2f s: %.1f MB/s, %.2f M rows/s"
              + " (reading thread's CPU %.2f s: %.1f MB/s)%n",
          run, rows, bytes / 1e6, seconds, bytes / 1e6 / seconds, rows / 1e6 / seconds,
          cpuSeconds, bytes / 1e6 / cpuSeconds);
    }
  }

  private static ScanSpec scanSpec(TableSchema schema, String[] args) {
    if (args.length <= 1) {
      return ScanSpec.allColumns(schema);
    }
    List<String> names = schema.arrowSchema().getFields().stream().map(Field::getName).toList();
    int[] columns = new int[args.length - 1];
    for (int i = 1; i < args.length; i++) {
      columns[i - 1] = names.indexOf(args[i]);
      if (columns[i - 1] < 0) {
        throw new IllegalArgumentException("no column " + args[i] + " in " + names);
      }
    }
    return new ScanSpec(columns, ScanSpec.DEFAULT_BATCH_ROWS);
  }
}
