package dev.quiver.adapters.compress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quiver.adapters.FileFormats;
import dev.quiver.adapters.spi.BatchReader;
import dev.quiver.adapters.spi.FileFormat;
import dev.quiver.adapters.spi.FormatOptions;
import dev.quiver.adapters.spi.ReaderException;
import dev.quiver.adapters.spi.ScanPartition;
import dev.quiver.adapters.spi.ScanSpec;
import dev.quiver.adapters.spi.TableSchema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.junit.jupiter.api.Test;

/** Files made by the gzip and zstd tools (see src/test/data/compressed/README.md). */
class CompressedFixturesTest {
  static final Path FIXTURES = Path.of("..", "src", "test", "data", "compressed");

  @Test
  void gzipMembersFromTheToolReadAsOneCsvFailingAtTheDecompressedLine() {
    Path file = FIXTURES.resolve("orders.csv.gz");
    ReaderException e =
        assertThrows(ReaderException.class, () -> read(file, FormatOptions.DEFAULTS));
    assertEquals(4, e.line());
    assertTrue(e.getMessage().contains("row has 4 fields, expected 3"), e.getMessage());
  }

  @Test
  void ignoreErrorsSkipsTheBadLineOfTheCompressedCsv() throws IOException {
    Path file = FIXTURES.resolve("orders.csv.gz");
    assertEquals(
        List.of("1|Lisbon|10.5", "2|Porto|7.0", "4|Braga|2.25"),
        read(file, options("ignore_errors", "true")));
  }

  @Test
  void ndjsonFromGzipAndZstdTools() throws IOException {
    List<String> expected = List.of("1|click", "2|view");
    assertEquals(expected, read(FIXTURES.resolve("events.ndjson.gz"), FormatOptions.DEFAULTS));
    assertEquals(expected, read(FIXTURES.resolve("events.ndjson.zst"), FormatOptions.DEFAULTS));
    assertEquals("events.ndjson", Compression.uncompressedName(FIXTURES.resolve("events.ndjson.gz")));
  }

  /** Every row as its values joined by '|', through the format chosen by the file's name. */
  static List<String> read(Path file, FormatOptions options) throws IOException {
    FileFormat format = FileFormats.forFile(file).orElseThrow();
    TableSchema schema = format.inferSchema(file, options);
    List<String> rows = new ArrayList<>();
    try (BufferAllocator allocator = new RootAllocator()) {
      for (ScanPartition partition : format.partitions(file, schema, 4)) {
        try (BatchReader reader =
            format.open(partition, schema, ScanSpec.allColumns(schema), allocator)) {
          while (reader.next()) {
            VectorSchemaRoot root = reader.root();
            for (int r = 0; r < root.getRowCount(); r++) {
              StringBuilder row = new StringBuilder();
              for (FieldVector vector : root.getFieldVectors()) {
                row.append(row.length() == 0 ? "" : "|").append(vector.getObject(r));
              }
              rows.add(row.toString());
            }
          }
        }
      }
      assertEquals(0, allocator.getAllocatedMemory(), "allocator leaked");
    }
    return rows;
  }

  static FormatOptions options(String... keyValues) {
    Map<String, String> map = new java.util.HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put(keyValues[i], keyValues[i + 1]);
    }
    return new FormatOptions(map);
  }
}
