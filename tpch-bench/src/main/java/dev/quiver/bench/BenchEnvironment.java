package dev.quiver.bench;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything that explains a set of numbers: machine, JVM, data file, run counts and each engine's
 * settings (threads, version) or why it could not connect.
 *
 * @param startedAt when the run began
 * @param availableProcessors what the JVM sees; DuckDB's default thread count follows it
 * @param maxHeapBytes the JVM's -Xmx (DuckDB allocates outside it)
 * @param javaVersion java.version and vm name
 * @param os os.name, os.version, os.arch
 * @param dataFile the CSV both engines read
 * @param rows data rows in the file
 * @param fileBytes its size
 * @param warmup unmeasured runs per query and engine
 * @param runs measured runs per query and engine
 * @param engines engines in command-line order
 * @param engineSettings per engine, its settings or a "connect error" entry
 */
record BenchEnvironment(
    Instant startedAt,
    int availableProcessors,
    long maxHeapBytes,
    String javaVersion,
    String os,
    Path dataFile,
    long rows,
    long fileBytes,
    int warmup,
    int runs,
    List<String> engines,
    Map<String, Map<String, String>> engineSettings) {

  static BenchEnvironment capture(BenchOptions options, Path dataFile, long fileBytes) {
    Runtime runtime = Runtime.getRuntime();
    return new BenchEnvironment(
        Instant.now(),
        runtime.availableProcessors(),
        runtime.maxMemory(),
        System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")",
        System.getProperty("os.name")
            + " "
            + System.getProperty("os.version")
            + " "
            + System.getProperty("os.arch"),
        dataFile,
        options.rows(),
        fileBytes,
        options.warmup(),
        options.runs(),
        options.engines(),
        new LinkedHashMap<>());
  }
}
