package dev.quiver.adapters.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quiver.adapters.spi.FormatOptions;
import dev.quiver.adapters.write.parquet.ParquetWritableFormat;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.types.pojo.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParquetWriterTest {
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

  @ParameterizedTest
  @ValueSource(strings = {"zstd", "snappy", "gzip", "uncompressed"})
  void everyTypeReadsBackInDuckDbAndQuiver(String codec) throws Exception {
    WriterTestTable table = new WriterTestTable();
    Path file = dir.resolve("all-" + codec + ".parquet");
    // Row groups of 5 rows: batches straddle row groups.
    WriterTestSupport.write("parquet", file, table, Map.of("compression", codec, "row_group_size", "5"), allocator);
    RoundTripChecks.compareWithDuckDb("read_parquet('" + file + "')", table, WriterTestTable.ROWS);
    RoundTripChecks.compareWithQuiver(file, table, WriterTestTable.ROWS, allocator);
  }

  @Test
  void typesStatisticsAndCodecAsDuckDbSeesThem() throws Exception {
    WriterTestTable table = new WriterTestTable();
    Path file = dir.resolve("meta.parquet");
    WriterTestSupport.write("parquet", file, table, Map.of(), allocator);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement()) {
      try (ResultSet rs = st.executeQuery("SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet('" + file + "'))")) {
        StringBuilder types = new StringBuilder();
        while (rs.next()) {
          types.append(rs.getString(1)).append(' ').append(rs.getString(2)).append(';');
        }
        assertEquals("b BOOLEAN;i8 TINYINT;i16 SMALLINT;i32 INTEGER;i64 BIGINT;f32 FLOAT;f64 DOUBLE;"
            + "dec38 DECIMAL(38,10);dec9 DECIMAL(9,2);dec18 DECIMAL(18,4);d DATE;ts TIMESTAMP;t TIME;"
            + "s VARCHAR;bin BLOB;", types.toString());
      }
      try (ResultSet rs = st.executeQuery("SELECT path_in_schema, compression, stats_min_value, stats_max_value, stats_null_count,"
          + " num_values FROM parquet_metadata('" + file + "') WHERE path_in_schema IN ('i64', 's', 'dec38', 'f64', 'd')"
          + " ORDER BY path_in_schema")) {
        StringBuilder meta = new StringBuilder();
        while (rs.next()) {
          meta.append(rs.getString(1)).append(' ').append(rs.getString(2)).append(' ').append(rs.getString(3))
              .append(' ').append(rs.getString(4)).append(' ').append(rs.getLong(5)).append(' ')
              .append(rs.getLong(6)).append('\n');
        }
        assertEquals(
            "d ZSTD 0001-01-01 9999-12-31 4 24\n"
                + "dec38 ZSTD -9999999999999999999999999999.9999999999 9999999999999999999999999999.9999999999 5 24\n"
                + "f64 ZSTD -2.5e-300 1e+300 3 24\n"
                + "i64 ZSTD -9223372036854775808 9223372036854775807 5 24\n"
                + "s  ünïcødé 🎉 日本 2 24\n".replace("s  ", "s ZSTD  "),
            meta.toString());
      }
      try (ResultSet rs = st.executeQuery("SELECT count(*) FROM read_parquet('" + file + "') WHERE i64 = 42")) {
        rs.next();
        assertEquals(5, rs.getLong(1));
      }
    }
  }

  @Test
  void manyRowsAcrossPagesAndRowGroups() throws Exception {
    // Columns keep the table's order: b, i64, f64, s.
    WriterTestTable table = new WriterTestTable().only("i64", "s", "b", "f64");
    Path file = dir.resolve("big.parquet");
    int rows = 300_000;
    try (var writer = new ParquetWritableFormat().create(file, table.schema(), FormatOptions.DEFAULTS, allocator)) {
      for (int start = 0; start < rows; start += 4096) {
        int end = Math.min(rows, start + 4096);
        try (var batch = table.batch(allocator, start, end)) {
          writer.write(batch);
        }
      }
      writer.finish();
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*), count(i64), count(s), count(b), count(f64),"
            + " sum(length(s)), (SELECT count(*) FROM parquet_metadata('" + file + "') WHERE path_in_schema = 'i64')"
            + " FROM read_parquet('" + file + "')")) {
      rs.next();
      long expectedNonNullS = 0;
      long expectedLength = 0;
      long nonNullI64 = 0;
      for (int r = 0; r < rows; r++) {
        String s = (String) table.columns.get(3).value(r);
        if (s != null) {
          expectedNonNullS++;
          expectedLength += s.codePointCount(0, s.length());
        }
        if (table.columns.get(1).value(r) != null) {
          nonNullI64++;
        }
      }
      assertEquals(rows, rs.getLong(1));
      assertEquals(nonNullI64, rs.getLong(2));
      assertEquals(expectedNonNullS, rs.getLong(3));
      assertEquals(expectedLength, rs.getLong(6));
      assertEquals(3, rs.getLong(7), "row groups of 122880 rows");
    }
  }

  @Test
  void badOptionsAreRefused() {
    Schema schema = new WriterTestTable().only("i32").schema();
    IllegalArgumentException codec = assertThrows(IllegalArgumentException.class,
        () -> new ParquetWritableFormat().create(dir.resolve("x.parquet"), schema, new FormatOptions(Map.of("compression", "brotli")), allocator));
    assertTrue(codec.getMessage().contains("compression") && codec.getMessage().contains("zstd"), codec.getMessage());
    IllegalArgumentException size = assertThrows(IllegalArgumentException.class,
        () -> new ParquetWritableFormat().create(dir.resolve("x.parquet"), schema, new FormatOptions(Map.of("row_group_size", "0")), allocator));
    assertTrue(size.getMessage().contains("row_group_size"), size.getMessage());
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> new ParquetWritableFormat().create(dir.resolve("x.parquet"), schema, new FormatOptions(Map.of("dictionary", "false")), allocator));
    assertTrue(unknown.getMessage().contains("'dictionary'") && unknown.getMessage().contains("row_group_size"), unknown.getMessage());
  }
}
