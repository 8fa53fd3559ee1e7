package dev.quiver.adapters.write.parquet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quiver.adapters.parquet.metadata.ColumnChunkMetadata;
import dev.quiver.adapters.parquet.metadata.Encodings;
import dev.quiver.adapters.write.ParquetPages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dictionary encoding as the file shows it (footer and page headers): which chunks get a
 * dictionary, the fallback to PLAIN past 1 MiB, RLE runs for sorted data, and what it saves;
 * every file also reads back identically in DuckDB and in Quiver.
 */
class ParquetDictionaryTest {
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

  private static final String[] STATUSES = {"paid", "shipped", "refunded", "pending", "cancelled", "returned"};
  private static final String[] COUNTRIES = {
    "Norway", "Peru", "Japan", "Kenya", "Brazil", "Canada", "France", "India", "Mexico", "Spain",
    "Germany", "Chile", "Egypt", "Italy", "Vietnam", "Poland", "Ghana", "Nepal", "Cuba", "Fiji",
  };

  /** Orders-like rows: a status and a skewed country (low cardinality), some NULLs. */
  private static List<Object[]> lowCardinalityRows(int count) {
    Random random = new Random(5);
    List<Object[]> rows = new ArrayList<>();
    for (int r = 0; r < count; r++) {
      String status = random.nextInt(50) == 0 ? null : STATUSES[random.nextInt(STATUSES.length)];
      int skew = (int) Math.min(COUNTRIES.length - 1, Math.abs(random.nextGaussian()) * 5);
      rows.add(new Object[] {(long) r, status, COUNTRIES[skew]});
    }
    return rows;
  }

  @Test
  void lowCardinalityStringsAreDictionaryEncodedAndMuchSmaller() throws Exception {
    List<Object[]> rows = lowCardinalityRows(300_000);
    String[] names = {"id", "status", "country"};
    long[] dictionarySize = new long[2];
    long[] plainSize = new long[2];
    int[] codecs = {PageCompressor.UNCOMPRESSED, PageCompressor.ZSTD};
    for (int c = 0; c < codecs.length; c++) {
      Path coded = dir.resolve("coded-" + c + ".parquet");
      Path plain = dir.resolve("plain-" + c + ".parquet");
      FlatTable.write(coded, names, rows, codecs[c], 122_880, true, allocator, 4096);
      FlatTable.write(plain, names, rows, codecs[c], 122_880, false, allocator, 4096);
      dictionarySize[c] = Files.size(coded);
      plainSize[c] = Files.size(plain);
      // Measured: status 132 KB vs 3.3 MB uncompressed, 119 KB vs 414 KB with zstd; country
      // 189 KB vs 2.8 MB, 165 KB vs 414 KB. The sequential id column gets no dictionary (the
      // first-page check) and is the same in both files.
      for (String column : new String[] {"status", "country"}) {
        long withDictionary = chunkBytes(coded, column);
        long withoutDictionary = chunkBytes(plain, column);
        assertTrue(withDictionary * (c == 0 ? 10 : 2) < withoutDictionary,
            column + ": " + withDictionary + " vs " + withoutDictionary + " bytes");
      }
      assertEquals(chunkBytes(plain, "id"), chunkBytes(coded, "id"));
      FlatTable.compareWithDuckDb(coded, names, rows);
      FlatTable.compareWithQuiver(coded, names, rows, allocator);
      FlatTable.compareWithDuckDb(plain, names, rows);
      for (ParquetPages.Page page : ParquetPages.read(coded)) {
        if (page.path().equals("status") || page.path().equals("country")) {
          ColumnChunkMetadata chunk = page.chunk();
          assertTrue(chunk.dictionaryPageOffset() > 0 && chunk.dictionaryPageOffset() < chunk.dataPageOffset(), page.toString());
          if (page.isData()) {
            assertEquals(Encodings.RLE_DICTIONARY, page.encoding(), page.toString());
          } else {
            assertTrue(page.isDictionary() && page.offset() == chunk.dictionaryPageOffset(), page.toString());
            assertEquals(Encodings.PLAIN, page.encoding());
          }
        }
      }
      assertEquals("PLAIN, RLE, RLE_DICTIONARY", encodings(coded, "status"));
      assertEquals("PLAIN, RLE", encodings(plain, "status"));
    }
    // Whole files, measured: 2.7 MB vs 8.5 MB uncompressed, 0.59 MB vs 1.14 MB with zstd.
    assertTrue(dictionarySize[0] * 3 < plainSize[0], dictionarySize[0] + " vs " + plainSize[0]);
    assertTrue(dictionarySize[1] < plainSize[1], dictionarySize[1] + " vs " + plainSize[1]);
  }

  /** Bytes the column's chunks take in the file. */
  private static long chunkBytes(Path file, String column) throws Exception {
    long total = 0;
    for (var group : ParquetPages.footer(file).rowGroups()) {
      for (ColumnChunkMetadata chunk : group.columns()) {
        if (String.join(".", chunk.path()).equals(column)) {
          total += chunk.totalCompressedSize();
        }
      }
    }
    return total;
  }

  /** DuckDB's view of a column's encodings in the first row group. */
  private static String encodings(Path file, String column) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT encodings FROM parquet_metadata('" + file
            + "') WHERE path_in_schema = '" + column + "' AND row_group_id = 0")) {
      rs.next();
      return rs.getString(1);
    }
  }

  /** Sorted low-cardinality data: the indices are a handful of RLE runs. */
  @Test
  void sortedValuesBecomeRleRuns() throws Exception {
    List<Object[]> rows = new ArrayList<>();
    for (int r = 0; r < 100_000; r++) {
      rows.add(new Object[] {(long) r, STATUSES[r * STATUSES.length / 100_000], null});
    }
    Path file = dir.resolve("sorted.parquet");
    String[] names = {"id", "status", "nothing"};
    FlatTable.write(file, names, rows, PageCompressor.UNCOMPRESSED, 200_000, true, allocator, 999);
    int dataPages = 0;
    for (ParquetPages.Page page : ParquetPages.read(file)) {
      if (page.path().equals("status") && page.isData()) {
        dataPages++;
        // 20000 values: definition levels one RLE run, indices at most a few runs; a bit-packed
        // page would take 20000 * 3 / 8 = 7500 bytes.
        assertTrue(page.header().uncompressedSize() < 40, page.toString());
      }
    }
    assertEquals(5, dataPages);
    // A column without values has no dictionary: its pages are PLAIN and empty but for levels.
    assertEquals("encodings=[0, 3] stats=[0:0:5]", ParquetPages.encodings(file).get(0).get(2));
    FlatTable.compareWithDuckDb(file, names, rows);
    FlatTable.compareWithQuiver(file, names, rows, allocator);
  }

  /**
   * A column whose dictionary passes 1 MiB: the chunk holds the dictionary page, coded pages,
   * then PLAIN pages; readers must handle the switch.
   */
  @Test
  void aGrowingDictionaryFallsBackToPlainMidChunk() throws Exception {
    List<Object[]> rows = FallbackData.rows();
    Path file = dir.resolve("fallback.parquet");
    FlatTable.write(file, FallbackData.NAMES, rows, PageCompressor.ZSTD, 1_000_000, true, allocator, 3000);
    List<ParquetPages.Page> pages = ParquetPages.read(file).stream().filter(p -> p.path().equals("customer")).toList();
    assertTrue(pages.get(0).isDictionary(), pages.toString());
    int dictionaryEntries = pages.get(0).numValues();
    int uncompressed = pages.get(0).header().uncompressedSize();
    // Cut at the first check past 1 MiB: at most 1024 values of 44 bytes later.
    assertTrue(uncompressed >= ColumnChunkWriter.DICTIONARY_BYTES
        && uncompressed < ColumnChunkWriter.DICTIONARY_BYTES + 1024 * 44, "dictionary page of " + uncompressed);
    int coded = 0;
    int plain = 0;
    long codedValues = 0;
    for (ParquetPages.Page page : pages.subList(1, pages.size())) {
      assertTrue(page.isData());
      if (page.encoding() == Encodings.RLE_DICTIONARY) {
        assertEquals(0, plain, "no coded page after a PLAIN one");
        coded++;
        codedValues += page.numValues();
      } else {
        assertEquals(Encodings.PLAIN, page.encoding());
        plain++;
      }
    }
    assertTrue(coded >= 2 && plain >= 2, coded + " coded, " + plain + " plain pages");
    // encoding_stats: one PLAIN dictionary page, the coded and the PLAIN data pages.
    assertEquals("encodings=[0, 3, 8] stats=[2:0:1, 0:8:" + coded + ", 0:0:" + plain + "]",
        ParquetPages.encodings(file).get(0).get(1));
    assertEquals("encodings=[0, 3] stats=[0:0:" + (FallbackData.ROWS + 19_999) / 20_000 + "]",
        ParquetPages.encodings(file).get(0).get(0), "the sequential id column");
    // Each value repeats 4 times, so the dictionary holds a quarter of the coded values.
    assertEquals(codedValues, 4L * dictionaryEntries, 4.0);
    assertEquals("PLAIN, RLE, RLE_DICTIONARY", encodings(file, "customer"));
    FlatTable.compareWithDuckDb(file, FallbackData.NAMES, rows);
    FlatTable.compareWithQuiver(file, FallbackData.NAMES, rows, allocator);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT stats_min_value, stats_max_value, stats_null_count FROM parquet_metadata('"
            + file + "') WHERE path_in_schema = 'customer'")) {
      rs.next();
      assertEquals(FallbackData.customer(0) + " " + FallbackData.customer(FallbackData.ROWS - 1) + " 0",
          rs.getString(1) + " " + rs.getString(2) + " " + rs.getLong(3));
    }
  }

  /** Values that are (nearly) all distinct never get a dictionary: the first page says so. */
  @Test
  void uniqueValuesStayPlain() throws Exception {
    List<Object[]> rows = new ArrayList<>();
    Random random = new Random(9);
    for (int r = 0; r < 50_000; r++) {
      rows.add(new Object[] {random.nextLong(), Long.toHexString(random.nextLong()) + "-" + r});
    }
    Path file = dir.resolve("unique.parquet");
    String[] names = {"id", "token"};
    FlatTable.write(file, names, rows, PageCompressor.ZSTD, 122_880, true, allocator, 4096);
    for (ParquetPages.Page page : ParquetPages.read(file)) {
      assertTrue(page.isData() && page.encoding() == Encodings.PLAIN, page.toString());
      assertEquals(-1, page.chunk().dictionaryPageOffset());
    }
    assertEquals("PLAIN, RLE", encodings(file, "token"));
    assertEquals(List.of("encodings=[0, 3] stats=[0:0:3]", "encodings=[0, 3] stats=[0:0:3]"),
        ParquetPages.encodings(file).get(0));
    assertEquals("PLAIN, RLE", encodings(file, "id"));
    FlatTable.compareWithDuckDb(file, names, rows);
    FlatTable.compareWithQuiver(file, names, rows, allocator);
  }

  /** INT32/INT64/FLOAT/DOUBLE get dictionaries too; statistics stay right. */
  @Test
  void lowCardinalityNumbersAreDictionaryEncoded() throws Exception {
    List<Object[]> rows = new ArrayList<>();
    Random random = new Random(3);
    double[] prices = {9.99, 19.5, -0.0, 0.0, 1e300, -7.25};
    for (int r = 0; r < 60_000; r++) {
      rows.add(new Object[] {
        (long) (random.nextInt(40) - 20) * 1_000_000_007L,
        random.nextInt(9) == 0 ? null : (int) (random.nextInt(12) * 1000 - 3000),
        prices[random.nextInt(prices.length)],
        (float) random.nextInt(5) / 4
      });
    }
    Path file = dir.resolve("numbers.parquet");
    String[] names = {"big", "qty", "price", "ratio"};
    FlatTable.write(file, names, rows, PageCompressor.SNAPPY, 25_000, true, allocator, 777);
    for (ParquetPages.Page page : ParquetPages.read(file)) {
      assertTrue(page.isDictionary() || page.encoding() == Encodings.RLE_DICTIONARY, page.toString());
    }
    for (List<String> group : ParquetPages.encodings(file)) {
      for (String chunk : group) {
        assertTrue(chunk.matches("encodings=\\[0, 3, 8\\] stats=\\[2:0:1, 0:8:[12]\\]"), chunk);
      }
    }
    FlatTable.compareWithDuckDb(file, names, rows);
    FlatTable.compareWithQuiver(file, names, rows, allocator);
    assertEquals(FlatTable.expectedStatistics(names, rows, 25_000), FlatTable.statistics(file, names, rows));
  }
}
