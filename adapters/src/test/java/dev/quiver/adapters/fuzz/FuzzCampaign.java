package dev.quiver.adapters.fuzz;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.sun.management.ThreadMXBean;
import dev.quiver.adapters.parquet.ParquetCorruptionException;
import dev.quiver.adapters.spi.BatchReader;
import dev.quiver.adapters.spi.FormatOptions;
import dev.quiver.adapters.spi.ReaderException;
import dev.quiver.adapters.spi.ScanPartition;
import dev.quiver.adapters.spi.ScanSpec;
import dev.quiver.adapters.spi.TableSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.opentest4j.AssertionFailedError;

/**
 * Feeds mutations of seed files to readers and checks every one ends well: a result or a {@link
 * ReaderException}/{@link IOException} naming the file, within {@link #TIME_BOUND}, with every
 * Arrow buffer freed, valid vectors, and no other exception or error.
 *
 * <p>Reproducing a failure: the report names the seed file, the case number and the mutation;
 * {@code -Dquiver.fuzz.seed=S -Dquiver.fuzz.only=<seed file>#<case>} replays just that case, and
 * the mutated file is kept under {@code target/fuzz-failures/}.
 *
 * <p>Knobs: {@code -Dquiver.fuzz.iterations=N} sets the mutations per format (default: each
 * test's own count), {@code -Dquiver.fuzz.seed=S} the campaign seed (default fixed, so a normal
 * build is repeatable; any other value explores new cases).
 */
final class FuzzCampaign {
  /** Small, so a file that talks a reader into allocating its claimed sizes hits the limit. */
  static final long ALLOCATOR_LIMIT = 64L << 20;

  static final Duration TIME_BOUND = Duration.ofSeconds(5);

  private final Duration timeBound;

  private static final long DEFAULT_SEED = 0x5EED_F022L;

  /** Failures listed in one report; the rest are only counted. */
  private static final int MAX_REPORTED = 12;

  private static final Path FAILURES = Path.of("target", "fuzz-failures");

  /** Batch sizes: tiny ones cross page and buffer boundaries inside small files. */
  private static final int[] BATCH_ROWS = {3, 64, ScanSpec.DEFAULT_BATCH_ROWS};

  /** Outcome counts per format, printed at the end of each test class. */
  static final Map<String, AtomicLong> TALLY = new ConcurrentHashMap<>();

  private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();

  /** The most heap one case allocated while being read, and which case. */
  private static final AtomicLong MOST_HEAP = new AtomicLong();

  private static final AtomicReference<String> MOST_HEAP_CASE =
      new AtomicReference<>();

  /** The case being read, named in the examples (cases run one at a time). */
  private static volatile String currentCase;

  /** One message per kind of unclear failure, printed with the tally. */
  private static final Map<String, String> EXAMPLES = new ConcurrentHashMap<>();

  private final List<ReaderUnderTest> readers;
  private final String extension;
  private final Path dir;

  /**
   * @param readers configurations of one format; each case uses one of them, chosen by its seed
   * @param extension file name suffix the format accepts, e.g. {@code ".parquet"}
   * @param dir where mutated files are written
   */
  FuzzCampaign(List<ReaderUnderTest> readers, String extension, Path dir) {
    this(readers, extension, dir, TIME_BOUND);
  }

  /** As above, with another time bound per file (the harness's own tests wait less). */
  FuzzCampaign(List<ReaderUnderTest> readers, String extension, Path dir, Duration timeBound) {
    this.timeBound = timeBound;
    this.readers = readers;
    this.extension = extension;
    this.dir = dir;
  }

  /** Mutations per format: {@code -Dquiver.fuzz.iterations}, else {@code defaultCount}. */
  static int iterations(int defaultCount) {
    return Integer.getInteger("quiver.fuzz.iterations", defaultCount);
  }

  static long campaignSeed() {
    return Long.getLong("quiver.fuzz.seed", DEFAULT_SEED);
  }

  /** Runs {@code count} mutations of {@code seed}; fails listing every case that broke a rule. */
  void run(SeedFile seed, int count) throws IOException {
    String only = System.getProperty("quiver.fuzz.only");
    List<String> failures = new ArrayList<>();
    int failed = 0;
    for (int index = 0; index < count; index++) {
      if (only != null && !only.equals(seed.name() + "#" + index)) {
        continue;
      }
      long caseSeed = caseSeed(seed.name(), index);
      Random random = new Random(caseSeed);
      Mutation mutation = seed.mutator().mutate(seed.bytes(), random);
      ReaderUnderTest reader = readers.get(random.nextInt(readers.size()));
      Path file = dir.resolve("case" + index + extension);
      Files.write(file, mutation.bytes());
      currentCase = seed.name() + "#" + index + " (" + mutation.description() + ")";
      String problem = check(reader, file, random);
      if (only != null) {
        // Replaying one case: keep its file to look at, whatever the outcome.
        System.out.println("replayed " + only + " [" + reader.label() + "] " + mutation.description()
            + ": " + (problem == null ? "ended cleanly" : problem) + "; kept as "
            + keep(only, mutation.bytes()).toAbsolutePath());
      }
      Files.delete(file);
      if (problem != null) {
        failed++;
        String name = seed.name() + "#" + index;
        if (failures.size() < MAX_REPORTED) {
          failures.add(name + " [" + reader.label() + ", seed " + campaignSeed() + "] "
              + mutation.description() + "\n    -> " + problem + "\n    kept as "
              + keep(name, mutation.bytes()).toAbsolutePath());
        }
        if (problem.startsWith(TIMED_OUT)) {
          // The runaway thread still spins; stop before more of them pile up.
          break;
        }
      }
    }
    if (failed > 0) {
      throw new AssertionFailedError(failed + " of " + count + " mutations of " + seed.name()
          + " broke a reader:\n  " + String.join("\n  ", failures));
    }
  }

  private static final String TIMED_OUT = "no result within ";

  private long caseSeed(String seedName, int index) {
    long h = campaignSeed() * 0x9E37_79B9_7F4A_7C15L + seedName.hashCode();
    return h * 31 + index;
  }

  /** What went wrong reading {@code file} every way, or null when it ended well. */
  private String check(ReaderUnderTest reader, Path file, Random random) {
    String format = reader.format().name();
    int batchRows = BATCH_ROWS[random.nextInt(BATCH_ROWS.length)];
    int pick = random.nextInt(Integer.MAX_VALUE);
    try {
      String outcome = assertTimeoutPreemptively(timeBound, () -> readEverything(reader, file, batchRows, pick));
      tally(format, outcome);
      return null;
    } catch (AssertionFailedError e) {
      if (e.getMessage() != null && e.getMessage().contains("timed out")) {
        return TIMED_OUT + timeBound.toMillis() + " ms (hang or runaway loop)";
      }
      return e.getMessage();
    } catch (Throwable e) {
      return "threw " + describe(e);
    }
  }

  /**
   * Infers the schema and reads every partition with all columns, then with one column; returns
   * the outcome's kind. Throws AssertionFailedError for a clean-looking end that breaks a rule.
   */
  private static String readEverything(ReaderUnderTest reader, Path file, int batchRows, int pick)
      throws IOException {
    Set<String> notes = new TreeSet<>();
    long heapBefore = THREADS.getCurrentThreadAllocatedBytes();
    try {
      return readAndCheck(reader, file, batchRows, pick, notes);
    } finally {
      long heap = THREADS.getCurrentThreadAllocatedBytes() - heapBefore;
      long size = Files.size(file);
      if (heap > MOST_HEAP.get()) {
        MOST_HEAP.set(heap);
        MOST_HEAP_CASE.set(currentCase + ", " + size + " bytes");
      }
    }
  }

  private static String readAndCheck(
      ReaderUnderTest reader, Path file, int batchRows, int pick, Set<String> notes)
      throws IOException {
    String outcome;
    try (RootAllocator allocator = new RootAllocator(ALLOCATOR_LIMIT)) {
      try {
        TableSchema schema = reader.format().inferSchema(file, FormatOptions.DEFAULTS);
        List<ScanPartition> partitions = reader.splitter().partitions(reader.format(), file, schema);
        int columns = schema.arrowSchema().getFields().size();
        ScanSpec all = new ScanSpec(ScanSpec.allColumns(schema).columns(), batchRows);
        for (ScanPartition partition : partitions) {
          drain(reader.format().open(partition, schema, all, allocator), notes);
        }
        if (columns > 0) {
          ScanSpec one = new ScanSpec(new int[] {pick % columns}, batchRows);
          for (ScanPartition partition : partitions) {
            drain(reader.format().open(partition, schema, one, allocator), notes);
          }
        }
        outcome = notes.isEmpty() ? "read" : "read, with " + String.join(" and ", notes);
        if (!notes.isEmpty()) {
          EXAMPLES.putIfAbsent(reader.format().name() + ": " + outcome, currentCase);
        }
      } catch (ReaderException e) {
        outcome = judge(e, file, reader.format().name());
      } catch (IOException e) {
        outcome = "IOException";
      }
      long leaked = allocator.getAllocatedMemory();
      if (leaked != 0) {
        // Said before close(), whose own complaint about the leak is less telling.
        throw new AssertionFailedError(leaked + " bytes of Arrow memory leaked after " + outcome);
      }
    }
    return outcome;
  }

  private static void drain(BatchReader batches, Set<String> notes) throws IOException {
    try (batches) {
      while (batches.next()) {
        VectorSchemaRoot root = batches.root();
        if (root.getRowCount() <= 0) {
          throw new AssertionFailedError("next() returned true with " + root.getRowCount() + " rows");
        }
        String note = BatchValidity.check(root);
        if (note != null) {
          notes.add(note);
        }
      }
    }
  }

  /**
   * A ReaderException is a clean end when it names the file and was not caused by memory running
   * out (that must become "the file claims more than it holds", not a failed allocation). A cause
   * that is a plain bug (index out of bounds and such) is tallied as "unclear" for the report.
   */
  private static String judge(ReaderException e, Path file, String format) {
    if (e.getMessage() == null || !e.getMessage().contains(file.getFileName().toString())) {
      throw new AssertionFailedError("ReaderException without the file's name: " + e.getMessage());
    }
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof OutOfMemoryError
          || cause instanceof org.apache.arrow.memory.OutOfMemoryException) {
        throw new AssertionFailedError("ran out of memory behind a ReaderException: " + describe(e));
      }
      if (cause instanceof RuntimeException
          && !(cause instanceof ParquetCorruptionException)
          && !(cause instanceof UncheckedIOException)) {
        String kind = "ReaderException (unclear, caused by " + cause.getClass().getSimpleName() + ")";
        EXAMPLES.putIfAbsent(format + ": " + kind, currentCase + ": " + e.getMessage() + "\n      from " + describe(cause));
        return kind;
      }
    }
    return "ReaderException";
  }

  private static String describe(Throwable e) {
    StringBuilder text = new StringBuilder(e.toString());
    StackTraceElement[] stack = e.getStackTrace();
    for (int i = 0; i < Math.min(8, stack.length); i++) {
      text.append("\n        at ").append(stack[i]);
    }
    if (e.getCause() != null && e.getCause() != e) {
      text.append("\n      caused by ").append(describe(e.getCause()));
    }
    return text.toString();
  }

  private static void tally(String format, String outcome) {
    TALLY.computeIfAbsent(format + ": " + outcome, k -> new AtomicLong()).incrementAndGet();
  }

  /** Prints and clears the outcome counts of {@code format}. */
  static void printTally(String format) {
    TALLY.entrySet().stream()
        .filter(e -> e.getKey().startsWith(format + ":"))
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> System.out.println("fuzz " + e.getKey() + " x" + e.getValue()));
    System.out.println("fuzz " + format + ": most heap allocated by one case " + MOST_HEAP.get()
        + " bytes, by " + MOST_HEAP_CASE.get());
    MOST_HEAP.set(0);
    EXAMPLES.entrySet().stream()
        .filter(e -> e.getKey().startsWith(format + ":"))
        .forEach(e -> System.out.println("example of " + e.getKey() + ": " + e.getValue()));
  }

  private static Path keep(String name, byte[] bytes) {
    try {
      Files.createDirectories(FAILURES);
      Path kept = FAILURES.resolve(name.replace('#', '-').replace('/', '_'));
      Files.write(kept, bytes);
      return kept;
    } catch (IOException e) {
      return Path.of("(not kept: " + e.getMessage() + ")");
    }
  }
}
