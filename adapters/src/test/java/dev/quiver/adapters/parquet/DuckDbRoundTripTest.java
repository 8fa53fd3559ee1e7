package dev.quiver.adapters.parquet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quiver.adapters.spi.BatchReader;
import dev.quiver.adapters.spi.ColumnPredicate;
import dev.quiver.adapters.spi.FormatOptions;
import dev.quiver.adapters.spi.Pushdown;
import dev.quiver.adapters.spi.ScanPartition;
import dev.quiver.adapters.spi.ScanSpec;
import dev.quiver.adapters.spi.TableSchema;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Files written by DuckDB read back with the values DuckDB itself reads. */
class DuckDbRoundTripTest {
  private static final int ROWS = 5000;

  /** Rows per row group in the pruning file (DuckDB's row-group granularity). */
  private static final int GROUP = 2048;

  /**
   * Every type, NULLs every 7th row, rendered by DuckDB as text so both sides compare as strings.
   */
  private static final String SELECT =
      "SELECT i::INTEGER AS i32, (i * 1000000007)::BIGINT AS i64, (i % 100)::TINYINT AS i8,"
          + " (i % 30000)::SMALLINT AS i16, (i % 250)::UTINYINT AS u8, (i * 7)::UINTEGER AS u32,"
          + " (i * 12345678901)::UBIGINT AS u64,"
          + " CASE WHEN i % 7 = 0 THEN NULL ELSE i / 3.0 END::DOUBLE AS f64,"
          + " (i / 4.0)::FLOAT AS f32, i % 3 = 0 AS flag,"
          + " CASE WHEN i % 7 = 1 THEN NULL ELSE 'text-' || i END AS s,"
          + " (i * 1.25)::DECIMAL(9,2) AS d9, (i * 123456.789)::DECIMAL(18,3) AS d18,"
          + " (i * 3.1415926535)::DECIMAL(38,10) AS d38,"
          + " DATE '2000-01-01' + i::INTEGER AS day,"
          + " TIMESTAMP '2020-01-01 00:00:00' + i * INTERVAL 1 SECOND + INTERVAL 123456 MICROSECOND AS ts,"
          + " TIME '01:02:03.456789' + i * INTERVAL 1 SECOND AS t,"
          + " encode('bin' || i) AS b,"
          + " {'a': i, 'b': CASE WHEN i % 5 = 0 THEN NULL ELSE 'x' || i END} AS st,"
          + " CASE WHEN i % 11 = 0 THEN NULL ELSE [i, i + 1, NULL] END AS li,"
          + " CASE WHEN i % 13 = 0 THEN NULL ELSE MAP {'k' || i: i, 'z': NULL} END AS mp,"
          + " [[i], []] AS nested"
          + " FROM range(" + ROWS + ") t(i)";

  private static final String[] COLUMNS = {
    "i32", "i64", "i8", "i16", "u8", "u32", "u64", "f64", "f32", "flag", "s", "d9", "d18", "d38",
    "day", "ts", "t", "b", "st", "li", "mp", "nested"
  };

  @ParameterizedTest
  @ValueSource(strings = {"ZSTD", "SNAPPY", "GZIP", "UNCOMPRESSED"})
  void everyTypeMatchesDuckDb(String codec, @TempDir Path dir) throws Exception {
    Path file = dir.resolve("all_" + codec + ".parquet");
    List<List<String>> expected = new ArrayList<>();
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement()) {
      statement.execute("COPY (" + SELECT + ") TO '" + file + "' (FORMAT PARQUET, COMPRESSION "
          + codec + ", ROW_GROUP_SIZE 2048)");
      StringBuilder select = new StringBuilder("SELECT ");
      for (int c = 0; c < COLUMNS.length; c++) {
        select.append(c == 0 ? "" : ", ").append(rendering(COLUMNS[c]));
      }
      try (ResultSet rs = statement.executeQuery(select + " FROM '" + file + "'")) {
        while (rs.next()) {
          List<String> row = new ArrayList<>();
          for (int c = 1; c <= COLUMNS.length; c++) {
            row.add(rs.getString(c));
          }
          expected.add(row);
        }
      }
    }
    try (RootAllocator allocator = new RootAllocator()) {
      ParquetFormat format = new ParquetFormat();
      TableSchema schema = format.inferSchema(file, FormatOptions.DEFAULTS);
      assertTrue(schema.arrowSchema().getFields().get(6).getType() instanceof ArrowType.Decimal);
      assertEquals(new ArrowType.Decimal(38, 10, 128), schema.arrowSchema().getFields().get(13).getType());
      List<List<Object>> rows = ParquetTestSupport.readAll(file, allocator, 1000);
      assertEquals(ROWS, rows.size());
      for (int r = 0; r < ROWS; r++) {
        for (int c = 0; c < COLUMNS.length; c++) {
          assertEquals(expected.get(r).get(c), render(rows.get(r).get(c)),
              codec + " row " + r + " column " + COLUMNS[c]);
        }
      }
      assertEquals(3, format.partitions(file, schema, 8).size());
      assertEquals(0, allocator.getAllocatedMemory());
    }
  }

  /** DuckDB's side of the comparison, as text in the shape {@link #render} gives ours. */
  private static String rendering(String column) {
    return switch (column) {
      case "day" -> "(day - DATE '1970-01-01')::VARCHAR";
      case "ts" -> "epoch_us(ts)::VARCHAR";
      case "t" -> "(extract('hour' FROM t) * 3600000000 + extract('minute' FROM t) * 60000000"
          + " + extract('microseconds' FROM t))::VARCHAR";
      case "b" -> "decode(b)";
      case "f32" -> "f32::DOUBLE::VARCHAR";
      case "flag" -> "flag::VARCHAR";
      case "st" -> "CASE WHEN st IS NULL THEN NULL ELSE st.a::VARCHAR || '/' || coalesce(st.b, 'null') END";
      case "li" -> "array_to_string(list_transform(li, lambda x: coalesce(x::VARCHAR, 'null')), ',')";
      case "mp" -> "array_to_string(list_transform(map_entries(mp), lambda e: e.key || '=' || coalesce(e.value::VARCHAR, 'null')), ',')";
      case "nested" -> "array_to_string(list_transform(nested, lambda x: '[' || array_to_string(x, ',') || ']'), ',')";
      default -> column + "::VARCHAR";
    };
  }

  @SuppressWarnings("unchecked")
  private static String render(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof java.time.LocalDateTime ts) {
      java.time.Instant instant = ts.toInstant(java.time.ZoneOffset.UTC);
      return String.valueOf(instant.getEpochSecond() * 1_000_000L + instant.getNano() / 1000);
    }
    if (value instanceof java.math.BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if (value instanceof byte[] bytes) {
      return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }
    if (value instanceof Float f) {
      return String.valueOf(f.doubleValue());
    }
    if (value instanceof java.util.Map<?, ?> struct) {
      Object b = struct.get("b");
      return struct.get("a") + "/" + (b == null ? "null" : b);
    }
    if (value instanceof List<?> list) {
      List<String> parts = new ArrayList<>();
      for (Object item : list) {
        if (item instanceof java.util.Map<?, ?> entry) {
          parts.add(entry.get("key") + "=" + (entry.get("value") == null ? "null" : entry.get("value")));
        } else if (item instanceof List<?> inner) {
          List<String> innerParts = new ArrayList<>();
          inner.forEach(x -> innerParts.add(String.valueOf(x)));
          parts.add("[" + String.join(",", innerParts) + "]");
        } else {
          parts.add(item == null ? "null" : item.toString());
        }
      }
      return String.join(",", parts);
    }
    return value.toString();
  }

  @Test
  void sortedRowGroupsArePrunedByStatistics(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("sorted.parquet");
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement()) {
      statement.execute("COPY (SELECT i::BIGINT AS x, 'v' || lpad(i::VARCHAR, 6, '0') AS s FROM range(20480) t(i))"
          + " TO '" + file + "' (FORMAT PARQUET, ROW_GROUP_SIZE 2048)");
    }
    ParquetFormat format = new ParquetFormat();
    TableSchema schema = format.inferSchema(file, FormatOptions.DEFAULTS);
    List<ColumnPredicate> predicates =
        List.of(new ColumnPredicate.Compare(0, ColumnPredicate.Op.LT, 5000L));
    assertEquals(List.of(Pushdown.INEXACT), format.classify(predicates, schema));
    assertEquals(3 * GROUP, countRows(format, file, schema, predicates, 7));
    assertEquals(GROUP, countRows(format, file, schema,
        List.of(new ColumnPredicate.Compare(1, ColumnPredicate.Op.EQ, "v009000")), 9));
    assertEquals(2 * GROUP, countRows(format, file, schema,
        List.of(new ColumnPredicate.Between(0, 7000L, 9000L)), 8));
    assertEquals(2 * GROUP, countRows(format, file, schema,
        List.of(new ColumnPredicate.In(0, List.of(10L, 20479L))), 8));
    assertEquals(0, countRows(format, file, schema,
        List.of(new ColumnPredicate.IsNull(0, false)), 10));
    assertEquals(10 * GROUP, countRows(format, file, schema,
        List.of(new ColumnPredicate.Compare(0, ColumnPredicate.Op.NE, 5L)), 0));
  }

  private static long countRows(ParquetFormat format, Path file, TableSchema schema,
      List<ColumnPredicate> predicates, int expectedSkipped) throws Exception {
    long rows = 0;
    try (RootAllocator allocator = new RootAllocator();
        BatchReader reader = format.open(ScanPartition.wholeFile(file), schema,
            new ScanSpec(new int[] {0, 1}, 4096, predicates), allocator)) {
      while (reader.next()) {
        rows += reader.root().getRowCount();
      }
      assertEquals(10, reader.metrics().unitsTotal());
      assertEquals(expectedSkipped, reader.metrics().unitsSkipped(), predicates.toString());
    }
    return rows;
  }
}
