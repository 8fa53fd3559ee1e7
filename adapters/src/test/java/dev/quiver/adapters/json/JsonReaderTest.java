package dev.quiver.adapters.json;

import static dev.quiver.adapters.json.JsonTestSupport.read;
import static dev.quiver.adapters.json.JsonTestSupport.readAll;
import static dev.quiver.adapters.json.JsonTestSupport.row;
import static dev.quiver.adapters.json.JsonTestSupport.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quiver.adapters.spi.BatchReader;
import dev.quiver.adapters.spi.FormatOptions;
import dev.quiver.adapters.spi.ReaderException;
import dev.quiver.adapters.spi.ScanPartition;
import dev.quiver.adapters.spi.ScanSpec;
import dev.quiver.adapters.spi.TableSchema;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batches, projection, buffer boundaries, partitions, escapes and leaks. */
class JsonReaderTest {
  @TempDir Path dir;

  private static String events(int rows) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < rows; i++) {
      text.append("{\"id\":").append(i)
          .append(", \"name\":").append(i % 5 == 0 ? "null" : "\"n\\\"" + i + "\\u00e9\"")
          .append(", \"user\":{\"id\":").append(i * 7).append(",\"address\":{\"city\":\"c")
          .append(i % 3).append("\"}}")
          .append(", \"tags\":[").append(i % 4 == 0 ? "" : "\"t" + i + "\",\"u\"").append(']')
          .append(", \"score\":").append(i % 7 == 0 ? "1e2" : i + ".25")
          .append(i % 2 == 0 ? ", \"day\":\"2024-03-0" + (1 + i % 9) + "\"" : "")
          .append("}\n");
      if (i % 50 == 0) {
        text.append('\n');
      }
    }
    return text.toString();
  }

  @Test
  void recordsAcrossBufferBoundariesReadTheSame() throws Exception {
    Path file = write(dir, "events.ndjson", events(3000));
    List<List<String>> expected = readAll(file);
    assertEquals(3000, expected.size());
    assertEquals(
        row("1", "n\"1é", "{\"id\":7,\"address\":{\"city\":\"c1\"}}", "[\"t1\",\"u\"]", "1.25",
            null),
        expected.get(1));
    assertEquals(
        row("0", null, "{\"id\":0,\"address\":{\"city\":\"c0\"}}", "[]", "100.0", "19783"),
        expected.get(0));
    for (int bufferBytes : new int[] {1, 16, 61, 4096}) {
      assertEquals(expected, readAll(new JsonFormat(bufferBytes), file, FormatOptions.DEFAULTS),
          "buffer " + bufferBytes);
    }
  }

  @Test
  void arrayFilesReadLikeTheSameRecordsOnLines() throws Exception {
    String lines = events(500);
    String array = "\uFEFF[\n" + String.join(",\n  ", lines.strip().split("\n+")) + "\n]\n";
    Path ndjson = write(dir, "events.ndjson", lines);
    Path json = write(dir, "events.json", array);
    for (int bufferBytes : new int[] {7, 1 << 20}) {
      assertEquals(
          readAll(ndjson), readAll(new JsonFormat(bufferBytes), json, FormatOptions.DEFAULTS));
    }
  }

  @Test
  void recordsSpanningLinesReadLikeTheSameRecordsOnOneLine() throws Exception {
    String lines = events(700);
    // Break every third record inside its nested values, where a line-at-a-time parse stops.
    StringBuilder spanning = new StringBuilder();
    int index = 0;
    for (String line : lines.split("\n")) {
      spanning.append(index++ % 3 == 0 ? line.replace(",\"", ",\n  \"").replace("[", "[\n") : line)
          .append('\n');
    }
    Path single = write(dir, "single.ndjson", lines);
    Path multi = write(dir, "multi.json", spanning.toString());
    assertEquals(readAll(single), readAll(multi));
    for (int bufferBytes : new int[] {5, 300}) {
      assertEquals(
          readAll(single), readAll(new JsonFormat(bufferBytes), multi, FormatOptions.DEFAULTS));
    }
  }

  @Test
  void projectionReadsOnlyTheAskedColumnsInTheAskedOrder() throws Exception {
    Path file = write(dir, "events.ndjson", events(100));
    JsonFormat format = new JsonFormat();
    TableSchema schema = format.inferSchema(file, FormatOptions.DEFAULTS);
    List<List<String>> all = readAll(file);
    List<List<String>> projected =
        read(format, ScanPartition.wholeFile(file), schema, new ScanSpec(new int[] {4, 0}, 7));
    assertEquals(100, projected.size());
    for (int i = 0; i < all.size(); i++) {
      assertEquals(row(all.get(i).get(4), all.get(i).get(0)), projected.get(i));
    }
    assertEquals(
        100, read(format, ScanPartition.wholeFile(file), schema, new ScanSpec(new int[0], 64)).size());
    List<List<String>> twice =
        read(format, ScanPartition.wholeFile(file), schema, new ScanSpec(new int[] {2, 1, 2}, 9));
    for (int i = 0; i < all.size(); i++) {
      assertEquals(row(all.get(i).get(2), all.get(i).get(1), all.get(i).get(2)), twice.get(i));
    }
  }

  @Test
  void skippedColumnsAreStillCheckedForSyntax() throws Exception {
    Path file = write(dir, "bad.ndjson", "{\"a\":1,\"b\":[1,2}\n");
    JsonFormat format = new JsonFormat();
    // The layout given, so the reader (not inference) meets the bad value in a skipped column.
    TableSchema schema =
        new TableSchema(
            new Schema(
                List.of(
                    Field.nullable("a", new ArrowType.Int(64, true)),
                    Field.nullable("b", ArrowType.Utf8.INSTANCE))),
            List.of(),
            new JsonLayout(false, 0, false, "a test schema"));
    ReaderException e =
        assertThrows(
            ReaderException.class,
            () -> read(format, ScanPartition.wholeFile(file), schema, new ScanSpec(new int[] {0}, 8)));
    assertTrue(e.getMessage().contains("expected ',' or ']' after an array element, found '}'"),
        e.getMessage());
  }

  @Test
  void partitionsTogetherReadEveryRecordOnce() throws Exception {
    StringBuilder text = new StringBuilder(events(4000));
    // Indented and blank lines around partition boundaries must not duplicate or lose records.
    text.append("   {\"id\":-1}\n\n\n  \t{\"id\":-2}   \n");
    Path file = write(dir, "events.ndjson", text.toString());
    JsonFormat format = new JsonFormat();
    TableSchema schema = format.inferSchema(file, FormatOptions.DEFAULTS);
    List<List<String>> whole = readAll(file);
    for (long minBytes : new long[] {1_000, 7_777, 50_000}) {
      List<ScanPartition> partitions = format.partitions(file, schema, 64, minBytes);
      assertTrue(partitions.size() > 1);
      List<List<String>> joined = new ArrayList<>();
      for (ScanPartition partition : partitions) {
        joined.addAll(read(format, partition, schema, ScanSpec.allColumns(schema)));
      }
      assertEquals(whole, joined, "min bytes " + minBytes);
    }
  }

  @Test
  void arrayFilesAndRecordsSpanningLinesAreOnePartition() throws Exception {
    JsonFormat format = new JsonFormat();
    Path array = write(dir, "a.json", "[" + "{\"a\":1},".repeat(10_000) + "{\"a\":2}]");
    assertEquals(1, format.partitions(array, format.inferSchema(array, FormatOptions.DEFAULTS),
        8, 1000).size());
    Path spanning = write(dir, "s.json", "{\n\"a\": 1\n}\n".repeat(10_000));
    TableSchema schema = format.inferSchema(spanning, FormatOptions.DEFAULTS);
    assertEquals(1, format.partitions(spanning, schema, 8, 1000).size());
    assertEquals(10_000, readAll(spanning).size());
  }

  @Test
  void escapesAndUnicodeDecodeToUtf8() throws Exception {
    String content =
        "{\"s\":\"q\\\" b\\\\ s\\/ \\b\\f\\n\\r\\t\"}\n"
            + "{\"s\":\"\\u00e9\\u4e2d \\ud83d\\ude00 \\uD834\\uDD1E\"}\n"
            + "{\"s\":\"lone \\ud800 x \\udc00\"}\n"
            + "{\"s\":\"raw é中😀\"}\n"
            + "{\"s\":\"\\u0000\"}\n"
            + "{\"k\\u00e9y\":\"escaped key\"}\n";
    Path file = write(dir, "escapes.ndjson", content);
    TableSchema schema = new JsonFormat().inferSchema(file, FormatOptions.DEFAULTS);
    assertEquals("kéy", schema.arrowSchema().getFields().get(1).getName());
    List<List<String>> rows = readAll(file);
    assertEquals("q\" b\\ s/ \b\f\n\r\t", rows.get(0).get(0));
    assertEquals("é中 😀 𝄞", rows.get(1).get(0));
    assertEquals("lone \uFFFD x \uFFFD", rows.get(2).get(0));
    assertEquals("raw é中😀", rows.get(3).get(0));
    assertEquals("\u0000", rows.get(4).get(0));
    assertEquals(row(null, "escaped key"), rows.get(5));
  }

  @Test
  void numbersParseExactlyLikeDoubleParseDouble() throws Exception {
    String[] numbers = {
      "0", "-0", "0.1", "1e-7", "123456789.123456789", "1.7976931348623157e308", "4.9e-324",
      "2.2250738585072014E-308", "9007199254740993", "0.30000000000000004", "1E+2", "-12.5e-3",
      "123456789012345678901234567890.5", "1e400", "-1e-400", "3.141592653589793238462643383279"
    };
    StringBuilder text = new StringBuilder();
    for (String number : numbers) {
      text.append("{\"x\":").append(number).append("}\n");
    }
    text.append("{\"x\":0.5}\n");
    Path file = write(dir, "numbers.ndjson", text.toString());
    List<List<String>> rows = readAll(file);
    for (int i = 0; i < numbers.length; i++) {
      assertEquals(String.valueOf(Double.parseDouble(numbers[i])), rows.get(i).get(0), numbers[i]);
    }
  }

  @Test
  void aFailureMidReadLeaksNothing() throws Exception {
    Path file = write(dir, "late.ndjson", events(5000) + "{\"id\":\"oops\"}\n");
    JsonFormat format = new JsonFormat();
    // 10 records from the head of each tenth: the last record is not in the sample.
    TableSchema schema = format.inferSchema(file, JsonTestSupport.options("sample_size", "100"));
    try (BufferAllocator allocator = new RootAllocator()) {
      BatchReader reader =
          format.open(ScanPartition.wholeFile(file), schema, ScanSpec.allColumns(schema), allocator);
      int batches = 0;
      try {
        assertThrows(
            ReaderException.class,
            () -> {
              while (reader.next()) {
                assertTrue(reader.root().getRowCount() > 0);
              }
            });
        batches = (int) reader.metrics().batches();
      } finally {
        reader.close();
      }
      assertTrue(batches >= 1, "failed only after full batches");
      assertEquals(0, allocator.getAllocatedMemory());
    }
  }

  @Test
  void theFormatAcceptsItsExtensionsInAnyCase() {
    JsonFormat format = new JsonFormat();
    assertEquals("json", format.name());
    for (String name : new String[] {"a.json", "dir/b.NDJSON", "c.jsonl"}) {
      assertTrue(format.accepts(Path.of(name)), name);
    }
    // .gz and .zst are read through decompression (JsonCompressedTest); other suffixes are not.
    assertFalse(format.accepts(Path.of("a.json.bz2")));
    assertFalse(format.accepts(Path.of("json")));
  }

  @Test
  void metricsCountBytesRowsAndBatches() throws Exception {
    Path file = write(dir, "events.ndjson", events(1000));
    JsonFormat format = new JsonFormat();
    TableSchema schema = format.inferSchema(file, FormatOptions.DEFAULTS);
    try (BufferAllocator allocator = new RootAllocator();
        BatchReader reader =
            format.open(
                ScanPartition.wholeFile(file), schema, new ScanSpec(new int[] {0}, 300),
                allocator)) {
      while (reader.next()) {
        assertTrue(reader.root().getRowCount() <= 300);
      }
      assertEquals(1000, reader.metrics().rowsRead());
      assertEquals(4, reader.metrics().batches());
      assertEquals(Files.size(file), reader.metrics().bytesRead());
    }
    assertEquals(
        "{\"id\":0", new String(Files.readAllBytes(file), StandardCharsets.UTF_8).substring(0, 7));
  }
}
