package dev.quiver.adapters.parquet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quiver.adapters.spi.ReaderException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.arrow.memory.RootAllocator;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The public parquet-testing corpus: every file reads, or fails with a clear ReaderException. */
class ParquetCorpusTest {
  /** Files of data/ that cannot be read, with a word the error must contain. */
  private static final java.util.Map<String, String> EXPECTED_FAILURES =
      java.util.Map.of(
          "large_string_map.brotli.parquet", "BROTLI",
          "nation.dict-malformed.parquet", "runs past the column chunk");

  /** bad_data files whose only fault is one readers may tolerate (DuckDB reads it the same). */
  private static final Set<String> TOLERATED_BAD = Set.of("ARROW-GH-43605.parquet");

  private static final Duration BAD_FILE_TIME_LIMIT = Duration.ofSeconds(20);

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.filter(p -> p.toString().endsWith(".parquet") || p.toString().endsWith(".encrypted"))
          .sorted()
          .toList();
    }
  }

  private static List<List<Object>> read(Path file) throws IOException {
    try (RootAllocator allocator = new RootAllocator()) {
      try {
        return ParquetTestSupport.readAll(file, allocator, 100);
      } finally {
        assertEquals(0, allocator.getAllocatedMemory(), "leak reading " + file);
      }
    }
  }

  @TestFactory
  List<DynamicTest> everyDataFileReadsOrFailsClearly() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path file : files(ParquetTestSupport.corpus().resolve("data"))) {
      String name = file.getFileName().toString();
      tests.add(DynamicTest.dynamicTest(name, () -> {
        if (name.endsWith(".encrypted")) {
          ReaderException e = assertThrows(ReaderException.class, () -> read(file));
          assertTrue(e.getMessage().contains("encrypted") && e.getMessage().contains(name), e.getMessage());
        } else if (EXPECTED_FAILURES.containsKey(name)) {
          ReaderException e = assertThrows(ReaderException.class, () -> read(file));
          assertTrue(e.getMessage().contains(EXPECTED_FAILURES.get(name)) && e.getMessage().contains(name),
              e.getMessage());
        } else {
          read(file);
        }
      }));
    }
    assertFalse(tests.isEmpty());
    return tests;
  }

  @TestFactory
  List<DynamicTest> everyBadFileFailsCleanlyInTime() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path file : files(ParquetTestSupport.corpus().resolve("bad_data"))) {
      String name = file.getFileName().toString();
      tests.add(DynamicTest.dynamicTest(name, () -> assertTimeoutPreemptively(BAD_FILE_TIME_LIMIT, () -> {
        if (TOLERATED_BAD.contains(name)) {
          try {
            read(file);
          } catch (ReaderException e) {
            assertTrue(e.getMessage().contains(name));
          }
          return;
        }
        ReaderException e = assertThrows(ReaderException.class, () -> read(file));
        assertTrue(e.getMessage().contains(name), e.getMessage());
      })));
    }
    assertFalse(tests.isEmpty());
    return tests;
  }

  private static Path data(String name) {
    return ParquetTestSupport.corpus().resolve("data").resolve(name);
  }

  @Test
  void alltypesPlain() throws IOException {
    List<List<Object>> rows = read(data("alltypes_plain.parquet"));
    assertEquals(8, rows.size());
    List<Object> ids = rows.stream().map(r -> r.get(0)).toList();
    assertEquals(List.of(4, 5, 6, 7, 2, 3, 0, 1), ids);
    assertEquals(true, rows.get(0).get(1));
    assertEquals(false, rows.get(1).get(1));
    assertEquals(10L, rows.get(1).get(5));
    assertEquals(1.1f, rows.get(1).get(6));
    assertEquals(10.1, rows.get(1).get(7));
    assertEquals("03/01/09", new String((byte[]) rows.get(0).get(8)));
    assertEquals(LocalDateTime.parse("2009-03-01T00:00"), rows.get(0).get(10));
    assertEquals(LocalDateTime.parse("2009-03-01T00:01"), rows.get(1).get(10));
  }

  @Test
  void int96FromSpark() throws IOException {
    List<List<Object>> rows = read(data("int96_from_spark.parquet"));
    assertEquals(6, rows.size());
    assertEquals(LocalDateTime.parse("2024-01-01T20:34:56.123456"), rows.get(0).get(0));
  }

  @Test
  void decimalsInEveryPhysicalForm() throws IOException {
    for (String name : List.of("int32_decimal.parquet", "int64_decimal.parquet",
        "fixed_length_decimal.parquet", "fixed_length_decimal_legacy.parquet",
        "byte_array_decimal.parquet")) {
      List<List<Object>> rows = read(data(name));
      assertEquals(24, rows.size(), name);
      for (int i = 0; i < 24; i++) {
        assertEquals(0, new BigDecimal(i + 1).compareTo((BigDecimal) rows.get(i).get(0)), name);
      }
    }
  }

  @Test
  void nestedListsAndMaps() throws IOException {
    List<List<Object>> lists = read(data("nested_lists.snappy.parquet"));
    assertEquals("[[[a, b], [c]], [null, [d]]]", lists.get(0).get(0).toString());
    List<List<Object>> maps = read(data("nested_maps.snappy.parquet"));
    assertEquals(6, maps.size());
    assertEquals("[{key=a, value=[{key=1, value=true}, {key=2, value=false}]}]",
        maps.get(0).get(0).toString());
    List<List<Object>> impala = read(data("nullable.impala.parquet"));
    assertEquals(7, impala.size());
    assertEquals("[[1, 2], [3, 4]]", impala.get(0).get(2).toString());
  }

  @Test
  void nullsAndEmptyPages() throws IOException {
    for (List<Object> row : read(data("nulls.snappy.parquet"))) {
      assertEquals("{}", String.valueOf(row.get(0)));
    }
    List<List<Object>> rows = read(data("datapage_v2_empty_datapage.snappy.parquet"));
    assertEquals(1, rows.size());
    assertNull(rows.get(0).get(0));
  }

  @TestFactory
  List<DynamicTest> deltaFilesMatchTheirExpectedCsv() {
    List<DynamicTest> tests = new ArrayList<>();
    for (String base : List.of("delta_binary_packed", "delta_byte_array",
        "delta_encoding_optional_column", "delta_encoding_required_column")) {
      tests.add(DynamicTest.dynamicTest(base, () -> {
        List<List<Object>> rows = read(data(base + ".parquet"));
        List<String> expected = Files.readAllLines(data(base + "_expect.csv"));
        assertEquals(expected.size() - 1, rows.size());
        for (int r = 0; r < rows.size(); r++) {
          List<String> cells = splitCsv(expected.get(r + 1));
          List<Object> row = rows.get(r);
          assertEquals(cells.size(), row.size(), "row " + r);
          for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            Object actual = row.get(c);
            String rendered = actual == null ? "" : actual.toString();
            assertEquals(cell, rendered, base + " row " + r + " column " + c);
          }
        }
      }));
    }
    return tests;
  }

  /** Splits one line of the expectation files: fields may be double-quoted, holding commas. */
  private static List<String> splitCsv(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (ch == '"') {
        quoted = !quoted;
      } else if (ch == ',' && !quoted) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(ch);
      }
    }
    cells.add(cell.toString());
    return cells;
  }
}
