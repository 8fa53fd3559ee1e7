package dev.quiver.adapters.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quiver.adapters.spi.BatchWriter;
import dev.quiver.adapters.spi.FormatOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonWriterTest {
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

  @Test
  void ndjsonReadsBackInDuckDbAndQuiver() throws Exception {
    WriterTestTable table = new WriterTestTable();
    Path file = dir.resolve("all.json");
    WriterTestSupport.write("json", file, table, Map.of(), allocator);
    RoundTripChecks.compareWithDuckDb(
        "read_json('" + file + "', format='newline_delimited', columns=" + RoundTripChecks.duckColumns(table, true) + ")",
        table, WriterTestTable.ROWS);
    RoundTripChecks.compareWithQuiver(file, table, WriterTestTable.ROWS, allocator);
  }

  @Test
  void arrayReadsBackInDuckDbAndQuiver() throws Exception {
    WriterTestTable table = new WriterTestTable();
    Path file = dir.resolve("array.json");
    WriterTestSupport.write("json", file, table, Map.of("array", "true"), allocator);
    assertTrue(Files.readString(file).startsWith("[{\"b\":true,"));
    assertTrue(Files.readString(file).endsWith("}]\n"));
    RoundTripChecks.compareWithDuckDb(
        "read_json('" + file + "', format='array', columns=" + RoundTripChecks.duckColumns(table, true) + ")",
        table, WriterTestTable.ROWS);
    RoundTripChecks.compareWithQuiver(file, table, WriterTestTable.ROWS, allocator);
  }

  @Test
  void exactText() throws Exception {
    Schema schema = new Schema(List.of(
        Field.nullable("x", new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE)),
        Field.nullable("q\"k", ArrowType.Utf8.INSTANCE),
        Field.nullable("ts", new ArrowType.Timestamp(org.apache.arrow.vector.types.TimeUnit.MICROSECOND, null)),
        Field.nullable("d", new ArrowType.Date(org.apache.arrow.vector.types.DateUnit.DAY))));
    Path file = dir.resolve("exact.json");
    try (BatchWriter writer = new JsonWritableFormat().create(file, schema, FormatOptions.DEFAULTS, allocator);
        VectorSchemaRoot root = VectorSchemaRoot.create(schema, allocator)) {
      Object[][] rows = {
        {Double.NaN, "tab\t\u0001\"\\/é", java.time.LocalDateTime.of(2024, 1, 31, 12, 0, 0, 120_000_000),
            java.time.LocalDate.of(0, 3, 1)},
        {Double.NEGATIVE_INFINITY, null, null, null},
        {1e21, "", java.time.LocalDateTime.of(1969, 12, 31, 23, 59, 59), java.time.LocalDate.of(1969, 12, 31)},
      };
      root.allocateNew();
      for (int r = 0; r < rows.length; r++) {
        for (int c = 0; c < 4; c++) {
          WriterTestTable.set(root.getVector(c), r, rows[r][c]);
        }
      }
      root.setRowCount(rows.length);
      writer.write(root);
      writer.finish();
    }
    assertEquals(
        "{\"x\":null,\"q\\\"k\":\"tab\\t\\u0001\\\"\\\\/é\",\"ts\":\"2024-01-31 12:00:00.12\",\"d\":\"0001-03-01 (BC)\"}\n"
            + "{\"x\":null,\"q\\\"k\":null,\"ts\":null,\"d\":null}\n"
            + "{\"x\":1.0E21,\"q\\\"k\":\"\",\"ts\":\"1969-12-31 23:59:59\",\"d\":\"1969-12-31\"}\n",
        Files.readString(file));
  }

  @Test
  void decimalsAreExactNumbers() throws Exception {
    WriterTestTable table = new WriterTestTable().only("dec38", "dec9");
    Path file = dir.resolve("dec.json");
    WriterTestSupport.write("json", file, table, Map.of(), allocator);
    List<String> lines = Files.readAllLines(file);
    assertEquals("{\"dec38\":9999999999999999999999999999.9999999999,\"dec9\":9999999.99}", lines.get(0));
    assertEquals("{\"dec38\":-9999999999999999999999999999.9999999999,\"dec9\":-0.05}", lines.get(1));
    assertEquals("{\"dec38\":null,\"dec9\":null}", lines.get(2));
    assertEquals("{\"dec38\":0.0000000001,\"dec9\":0.00}", lines.get(3));
    assertEquals("{\"dec38\":-12.5000000000,\"dec9\":9999999.99}", lines.get(4));
  }

  @Test
  void emptyArrayAndEmptyNdjson() throws Exception {
    Schema schema = new WriterTestTable().only("i32").schema();
    Path array = dir.resolve("a.json");
    try (BatchWriter writer = new JsonWritableFormat().create(array, schema, new FormatOptions(Map.of("array", "true")), allocator)) {
      writer.finish();
    }
    assertEquals("[]\n", Files.readString(array));
    Path lines = dir.resolve("l.json");
    try (BatchWriter writer = new JsonWritableFormat().create(lines, schema, FormatOptions.DEFAULTS, allocator)) {
      writer.finish();
    }
    assertEquals("", Files.readString(lines));
  }

  @Test
  void badOptions() {
    Schema schema = new WriterTestTable().only("i32").schema();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new JsonWritableFormat().create(dir.resolve("x.json"), schema, new FormatOptions(Map.of("compression", "zstd")), allocator));
    assertTrue(e.getMessage().contains("compression") && e.getMessage().contains("none"), e.getMessage());
    IllegalArgumentException array = assertThrows(IllegalArgumentException.class,
        () -> new JsonWritableFormat().create(dir.resolve("x.json"), schema, new FormatOptions(Map.of("array", "2")), allocator));
    assertTrue(array.getMessage().contains("array"), array.getMessage());
  }
}
