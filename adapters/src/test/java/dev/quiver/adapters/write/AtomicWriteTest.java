package dev.quiver.adapters.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quiver.adapters.spi.BatchWriter;
import dev.quiver.adapters.spi.FormatOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Writers never leave partial files and never damage an existing target before finish. */
class AtomicWriteTest {
  @TempDir Path dir;
  private BufferAllocator allocator;

  @BeforeEach
  void setUp() {
    allocator = new RootAllocator();
  }

  @AfterEach
  void tearDown() {
    assertEquals(0, allocator.getAllocatedMemory(), "leaked Arrow memory");
    allocator.close();
  }

  private List<Path> filesInDir() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.toList();
    }
  }

  private BatchWriter open(String format, Path target, WriterTestTable table) throws IOException {
    return WritableFormats.byName(format).orElseThrow().create(target, table.schema(), FormatOptions.DEFAULTS, allocator);
  }

  @ParameterizedTest
  @ValueSource(strings = {"csv", "json", "parquet"})
  void closeWithoutFinishLeavesNothing(String format) throws Exception {
    WriterTestTable table = new WriterTestTable();
    Path target = dir.resolve("out." + format);
    try (BatchWriter writer = open(format, target, table);
        VectorSchemaRoot batch = table.batch(allocator, 0, 10)) {
      writer.write(batch);
      assertEquals(1, filesInDir().size(), "the temporary file exists while writing");
      assertFalse(Files.exists(target));
    }
    assertEquals(List.of(), filesInDir());
  }

  @ParameterizedTest
  @ValueSource(strings = {"csv", "json", "parquet"})
  void existingTargetUntouchedUntilFinish(String format) throws Exception {
    WriterTestTable table = new WriterTestTable();
    Path target = dir.resolve("out." + format);
    Files.writeString(target, "old");
    try (BatchWriter writer = open(format, target, table);
        VectorSchemaRoot batch = table.batch(allocator, 0, 10)) {
      writer.write(batch);
      assertEquals("old", Files.readString(target));
      writer.finish();
    }
    assertTrue(Files.size(target) > 3);
    assertEquals(List.of(target), filesInDir());
  }

  @ParameterizedTest
  @ValueSource(strings = {"csv", "json", "parquet"})
  void failureMidwayKeepsTheOldFile(String format) throws Exception {
    WriterTestTable table = new WriterTestTable();
    Path target = dir.resolve("out." + format);
    Files.writeString(target, "old");
    try (BatchWriter writer = open(format, target, table);
        VectorSchemaRoot good = table.batch(allocator, 0, 10);
        VectorSchemaRoot bad = new FailingBatch(table.batch(allocator, 0, 10))) {
      writer.write(good);
      assertThrows(IllegalStateException.class, () -> writer.write(bad));
    }
    assertEquals("old", Files.readString(target));
    assertEquals(List.of(target), filesInDir());
  }

  @Test
  void missingDirectoryIsNamed() {
    Path missing = dir.resolve("no/such/dir");
    IOException e = assertThrows(IOException.class,
        () -> open("csv", missing.resolve("x.csv"), new WriterTestTable()));
    assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
  }

  @Test
  void atomicOutputCommitAndAbort() throws Exception {
    Path target = dir.resolve("plain.txt");
    try (AtomicFileOutput out = AtomicFileOutput.open(target)) {
      out.stream().write("hello".getBytes());
      assertEquals(5, out.position());
      assertTrue(out.temporaryFile().getFileName().toString().startsWith(".plain.txt."));
      out.commit();
    }
    assertEquals("hello", Files.readString(target));
    try (AtomicFileOutput out = AtomicFileOutput.open(target)) {
      out.stream().write("bye".getBytes());
      out.abort();
    }
    assertEquals("hello", Files.readString(target));
    assertEquals(List.of(target), filesInDir());
  }

  /** A batch whose row count cannot be read, as if the query failed while producing it. */
  private static final class FailingBatch extends VectorSchemaRoot {
    private final VectorSchemaRoot inner;

    FailingBatch(VectorSchemaRoot inner) {
      super(inner.getFieldVectors());
      this.inner = inner;
    }

    @Override
    public int getRowCount() {
      throw new IllegalStateException("query failed");
    }

    @Override
    public void close() {
      inner.close();
    }
  }
}
