package dev.quiver.jdbc.slt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the golden SQL files under {@code quiver.slt.root} ({@code src/test/sql}): one container a
 * file, one test a record. Options: {@code -Dquiver.slt.complete=true} rewrites expected blocks,
 * {@code -Dquiver.slt.filter=csv/} or {@code csv/quoting.slt:42} selects files or one record,
 * {@code -Dquiver.slt.slow=true} includes files that {@code require slow}.
 */
class SltTest {
  @TestFactory
  List<DynamicNode> goldenFiles() throws IOException {
    Path root = Path.of(System.getProperty("quiver.slt.root", "../src/test/sql")).toAbsolutePath()
        .normalize();
    Path data = Path.of(System.getProperty("quiver.slt.data", "../src/test/data")).toAbsolutePath()
        .normalize();
    Path scratchRoot = Path.of(System.getProperty("quiver.slt.scratch", "target/slt-scratch"))
        .toAbsolutePath().normalize();
    boolean complete = Boolean.getBoolean("quiver.slt.complete");
    boolean slow = Boolean.getBoolean("quiver.slt.slow");
    String filter = System.getProperty("quiver.slt.filter", "");
    String fileFilter = filter;
    int lineFilter = -1;
    int colon = filter.lastIndexOf(':');
    if (colon > 0 && filter.substring(colon + 1).matches("\\d+")) {
      fileFilter = filter.substring(0, colon);
      lineFilter = Integer.parseInt(filter.substring(colon + 1));
    }
    List<Path> found = new ArrayList<>();
    if (Files.isDirectory(root)) {
      try (Stream<Path> walk = Files.walk(root)) {
        found = walk.filter(p -> p.toString().endsWith(".slt")).sorted()
            .collect(Collectors.toList());
      }
    }
    List<Path> files = found;
    AtomicInteger filesRun = new AtomicInteger();
    AtomicInteger recordsRun = new AtomicInteger();
    List<DynamicNode> nodes = new ArrayList<>();
    for (Path file : files) {
      String path = root.relativize(file).toString().replace('\\', '/');
      if (!path.startsWith(fileFilter)) {
        continue;
      }
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      if (SltParser.requiresSlow(lines) && !slow) {
        continue;
      }
      List<SltRecord> records = SltParser.parse(path, lines);
      String stem = path.replaceAll("\\.slt$", "").replace('/', '_');
      Path scratch = scratchRoot.resolve(stem);
      deleteRecursively(scratch); // each run of a file starts from an empty scratch directory
      Files.createDirectories(scratch);
      SltFileRun run = new SltFileRun(file, path, data, scratch, complete, lines);
      List<DynamicNode> tests = new ArrayList<>();
      for (SltRecord record : records) {
        boolean structural = record.kind().startsWith("mode") || record.kind().equals("use");
        if (lineFilter > 0 && !structural && record.line() != lineFilter) {
          continue;
        }
        tests.add(DynamicTest.dynamicTest(record.testName(path), () -> run.run(record)));
      }
      tests.add(DynamicTest.dynamicTest(path + " close", () -> {
        run.closeConnection();
        filesRun.incrementAndGet();
        recordsRun.addAndGet(run.recordsRun);
        if (complete && run.writeCompletions()) {
          System.out.println("SLT: rewrote expected results in " + file);
        }
      }));
      nodes.add(DynamicContainer.dynamicContainer(path, tests));
    }
    String where = root + (filter.isEmpty() ? "" : " (filter " + filter + ")");
    nodes.add(DynamicTest.dynamicTest("summary", () ->
        System.out.println("SLT: ran " + recordsRun.get() + " records in " + filesRun.get()
            + " of " + files.size() + " .slt files under " + where)));
    return nodes;
  }

  private static void deleteRecursively(Path directory) throws java.io.IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (java.util.stream.Stream<Path> walk = Files.walk(directory)) {
      for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
