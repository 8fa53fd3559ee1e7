package dev.quiver.adapters.write;

import static dev.quiver.adapters.write.NestedValues.BIGINT;
import static dev.quiver.adapters.write.NestedValues.BLOB;
import static dev.quiver.adapters.write.NestedValues.BOOLEAN;
import static dev.quiver.adapters.write.NestedValues.DATE;
import static dev.quiver.adapters.write.NestedValues.DEC18;
import static dev.quiver.adapters.write.NestedValues.DEC38;
import static dev.quiver.adapters.write.NestedValues.DOUBLE;
import static dev.quiver.adapters.write.NestedValues.FLOAT;
import static dev.quiver.adapters.write.NestedValues.INT;
import static dev.quiver.adapters.write.NestedValues.SMALLINT;
import static dev.quiver.adapters.write.NestedValues.TIMESTAMP;
import static dev.quiver.adapters.write.NestedValues.TINYINT;
import static dev.quiver.adapters.write.NestedValues.VARCHAR;
import static dev.quiver.adapters.write.NestedValues.list;
import static dev.quiver.adapters.write.NestedValues.map;
import static dev.quiver.adapters.write.NestedValues.scalar;
import static dev.quiver.adapters.write.NestedValues.struct;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.quiver.adapters.parquet.ParquetFormat;
import dev.quiver.adapters.spi.BatchReader;
import dev.quiver.adapters.spi.BatchWriter;
import dev.quiver.adapters.spi.FormatOptions;
import dev.quiver.adapters.spi.ScanPartition;
import dev.quiver.adapters.spi.ScanSpec;
import dev.quiver.adapters.spi.TableSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * STRUCT, LIST and MAP columns, nested every way, written by Quiver and read back row by row by
 * DuckDB and by Quiver's own reader; NULLs at every level, empty lists, many row groups and
 * pages, odd batch sizes. Expected values come from {@link NestedValues}, never from a reader.
 */
class ParquetNestedWriterTest {
  @TempDir Path dir;
  private BufferAllocator allocator;
  private static TimeZone zone;

  /** DuckDB's JDBC TIMESTAMP objects are in the JVM's zone; UTC has no DST gaps to shift them. */
  @BeforeAll
  static void utc() {
    zone = TimeZone.getDefault();
    TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
  }

  @AfterAll
  static void restoreZone() {
    TimeZone.setDefault(zone);
  }

  @BeforeEach
  void setUp() {
    allocator = new RootAllocator();
  }

  @AfterEach
  void tearDown() {
    assertEquals(0, allocator.getAllocatedMemory(), "leaked Arrow memory");
    allocator.close();
  }

  /** Every shape: lists of scalars, structs, lists of structs of lists, maps of lists, ... */
  static Schema everyShape() {
    return new Schema(List.of(
        scalar("id", BIGINT),
        list("l_int", scalar("e", BIGINT)),
        list("l_str", scalar("e", VARCHAR)),
        struct("st", scalar("a", BIGINT), scalar("s", VARCHAR),
            struct("inner", scalar("d", DOUBLE), scalar("b", BOOLEAN))),
        list("l_st", struct("e", scalar("x", INT), list("tags", scalar("t", VARCHAR)))),
        struct("st_l", list("nums", scalar("n", INT)), map("m", scalar("k", VARCHAR), scalar("v", BIGINT))),
        map("m_l", scalar("k", VARCHAR), list("v", scalar("d", DOUBLE))),
        map("m_int", scalar("k", INT), scalar("v", VARCHAR)),
        list("ll", list("inner", scalar("e", BIGINT))),
        list("l_m", map("e", scalar("k", VARCHAR), struct("v", scalar("dec", DEC18), scalar("day", DATE)))),
        struct("types", scalar("ts", TIMESTAMP), scalar("bin", BLOB), scalar("dec38", DEC38),
            scalar("f", FLOAT), scalar("i16", SMALLINT), scalar("i8", TINYINT)),
        scalar("flat_s", VARCHAR)));
  }

  /** Rows of canonical values; column 0 is the row number. */
  static List<List<Object>> rows(Schema schema, int count, long seed, double nullRate, int maxLength) {
    NestedValues.Generator generator = new NestedValues.Generator(seed, nullRate, maxLength);
    List<List<Object>> rows = new ArrayList<>();
    for (int r = 0; r < count; r++) {
      List<Object> row = new ArrayList<>();
      row.add((long) r);
      for (int c = 1; c < schema.getFields().size(); c++) {
        row.add(generator.value(schema.getFields().get(c)));
      }
      rows.add(row);
    }
    return rows;
  }

  private VectorSchemaRoot batch(Schema schema, List<List<Object>> rows, int from, int to) {
    VectorSchemaRoot root = VectorSchemaRoot.create(schema, allocator);
    root.allocateNew();
    for (int c = 0; c < schema.getFields().size(); c++) {
      FieldVector vector = root.getVector(c);
      for (int r = from; r < to; r++) {
        NestedValues.set(vector, r - from, rows.get(r).get(c));
      }
      vector.setValueCount(to - from);
    }
    root.setRowCount(to - from);
    return root;
  }

  /** Writes {@code rows} in batches whose sizes cycle through {@code batchSizes}. */
  private void write(Path file, Schema schema, List<List<Object>> rows, Map<String, String> options,
      int... batchSizes) throws Exception {
    try (BatchWriter writer = WritableFormats.byName("parquet").orElseThrow()
        .create(file, schema, new FormatOptions(options), allocator)) {
      int at = 0;
      for (int b = 0; at < rows.size(); b++) {
        int end = Math.min(rows.size(), at + batchSizes[b % batchSizes.length]);
        try (VectorSchemaRoot batch = batch(schema, rows, at, end)) {
          writer.write(batch);
        }
        at = end;
      }
      writer.finish();
      assertEquals(rows.size(), writer.rowsWritten());
    }
  }

  static void compareWithDuckDb(Path file, Schema schema, List<List<Object>> rows) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT * FROM read_parquet('" + file + "') ORDER BY id")) {
      int columns = schema.getFields().size();
      assertEquals(columns, rs.getMetaData().getColumnCount());
      int r = 0;
      while (rs.next()) {
        for (int col = 0; col < columns; col++) {
          Field field = schema.getFields().get(col);
          Object actual = NestedValues.fromDuckDb(field, rs.getObject(col + 1));
          Object expected = rows.get(r).get(col);
          if (!java.util.Objects.equals(expected, actual)) {
            fail("DuckDB row " + r + " column " + field.getName() + ":\n expected " + expected + "\n but was  " + actual);
          }
        }
        r++;
      }
      assertEquals(rows.size(), r, "rows DuckDB read");
    }
  }

  static void compareWithQuiver(Path file, Schema schema, List<List<Object>> rows, int batchRows,
      BufferAllocator allocator) throws Exception {
    ParquetFormat format = new ParquetFormat();
    TableSchema read = format.inferSchema(file, FormatOptions.DEFAULTS);
    assertEquals(schema.getFields().size(), read.arrowSchema().getFields().size());
    ScanSpec spec = new ScanSpec(ScanSpec.allColumns(read).columns(), batchRows);
    int r = 0;
    try (BatchReader reader = format.open(ScanPartition.wholeFile(file), read, spec, allocator)) {
      while (reader.next()) {
        VectorSchemaRoot root = reader.root();
        for (int i = 0; i < root.getRowCount(); i++, r++) {
          for (int col = 0; col < schema.getFields().size(); col++) {
            Object actual = NestedValues.read(root.getVector(col), i);
            Object expected = rows.get(r).get(col);
            if (!java.util.Objects.equals(expected, actual)) {
              fail("Quiver row " + r + " column " + schema.getFields().get(col).getName()
                  + ":\n expected " + expected + "\n but was  " + actual);
            }
          }
        }
      }
    }
    assertEquals(rows.size(), r, "rows Quiver read");
  }

  @ParameterizedTest
  @ValueSource(strings = {"zstd", "uncompressed"})
  void everyShapeReadsBackInDuckDbAndQuiver(String codec) throws Exception {
    Schema schema = everyShape();
    List<List<Object>> rows = rows(schema, 3000, 42, 0.15, 4);
    Path file = dir.resolve("shapes-" + codec + ".parquet");
    write(file, schema, rows, Map.of("compression", codec, "row_group_size", "701"), 1, 333, 1000, 7, 2048);
    compareWithDuckDb(file, schema, rows);
    compareWithQuiver(file, schema, rows, 257, allocator);
  }

  /** Each row group holds whole records: a list leaf's level entries per group match the rows'. */
  @Test
  void rowGroupsCutAtRecordBoundaries() throws Exception {
    Schema schema = new Schema(List.of(scalar("id", BIGINT), list("l", list("inner", scalar("e", BIGINT)))));
    List<List<Object>> rows = rows(schema, 2000, 7, 0.1, 6);
    Path file = dir.resolve("groups.parquet");
    int groupRows = 300;
    write(file, schema, rows, Map.of("row_group_size", String.valueOf(groupRows)), 999, 1, 450);
    List<Long> expected = new ArrayList<>();
    for (int start = 0; start < rows.size(); start += groupRows) {
      long entries = 0;
      for (int r = start; r < Math.min(rows.size(), start + groupRows); r++) {
        entries += levelEntries(rows.get(r).get(1), 2);
      }
      expected.add(entries);
    }
    List<Long> actual = new ArrayList<>();
    List<Long> groupSizes = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT row_group_num_rows, num_values FROM parquet_metadata('" + file
            + "') WHERE path_in_schema = 'l, list, element, list, element' ORDER BY row_group_id")) {
      while (rs.next()) {
        groupSizes.add(rs.getLong(1));
        actual.add(rs.getLong(2));
      }
    }
    assertEquals(List.of(300L, 300L, 300L, 300L, 300L, 300L, 200L), groupSizes);
    assertEquals(expected, actual, "level entries per row group");
    compareWithDuckDb(file, schema, rows);
    compareWithQuiver(file, schema, rows, 333, allocator);
  }

  /** How many level entries a value of {@code depth} nested lists takes. */
  private static long levelEntries(Object value, int depth) {
    if (value == null || depth == 0) {
      return 1;
    }
    List<?> items = (List<?>) value;
    if (items.isEmpty()) {
      return 1;
    }
    long total = 0;
    for (Object item : items) {
      total += levelEntries(item, depth - 1);
    }
    return total;
  }

  /** Many pages per chunk (cut by records and by size) and several row groups. */
  @Test
  void manyPagesAndRowGroups() throws Exception {
    Schema schema = new Schema(List.of(
        scalar("id", BIGINT),
        list("l", scalar("e", BIGINT)),
        list("l_st", struct("e", scalar("x", INT), list("tags", scalar("t", VARCHAR)))),
        map("m", scalar("k", VARCHAR), scalar("v", DOUBLE))));
    List<List<Object>> rows = rows(schema, 45_000, 11, 0.1, 30);
    // Long lists in l only: the other columns keep few values, so reading back stays quick.
    NestedValues.Generator small = new NestedValues.Generator(12, 0.1, 3);
    for (List<Object> row : rows) {
      row.set(2, small.value(schema.getFields().get(2)));
      row.set(3, small.value(schema.getFields().get(3)));
    }
    Path file = dir.resolve("pages.parquet");
    write(file, schema, rows, Map.of("row_group_size", "30000", "compression", "uncompressed"), 4096, 777);
    List<ParquetPages.Page> pages = ParquetPages.read(file);
    // About 18 values per record: pages are cut by size (1 MiB) before 20000 records. The first
    // row group's dictionary passes 1 MiB, so that chunk goes on PLAIN: dictionary page, coded
    // pages, PLAIN pages.
    List<ParquetPages.Page> element = pages.stream()
        .filter(p -> p.path().equals("l.list.element") && p.rowGroup() == 0).toList();
    assertTrue(element.get(0).isDictionary(), element.toString());
    assertEquals(8, element.get(1).encoding(), element.toString());
    assertEquals(0, element.get(element.size() - 1).encoding(), element.toString());
    assertTrue(element.stream().anyMatch(p -> p.encoding() == 0
        && p.header().uncompressedSize() >= (1 << 20) && p.header().uncompressedSize() < (1 << 20) + 65536),
        "a PLAIN page cut by size: " + element);
    for (ParquetPages.Page page : pages) {
      if (page.isData() && page.maxRep() > 0) {
        assertEquals(0, page.firstRepetitionLevel(), "a page starts a record: " + page);
      }
    }
    compareWithDuckDb(file, schema, rows);
    compareWithQuiver(file, schema, rows, 5000, allocator);
  }

  /** A record larger than a page stays in one page; its neighbours go to their own pages. */
  @Test
  void aRecordLargerThanAPageIsNotSplit() throws Exception {
    Schema schema = new Schema(List.of(scalar("id", BIGINT), list("l", scalar("e", BIGINT))));
    List<List<Object>> rows = new ArrayList<>();
    for (int r = 0; r < 5; r++) {
      List<Object> items = new ArrayList<>();
      int length = r == 2 ? 300_000 : 3;
      for (int i = 0; i < length; i++) {
        items.add(i % 1000 == 0 ? null : (long) i * 7919 * (r + 1));
      }
      rows.add(Arrays.asList((long) r, items));
    }
    Path file = dir.resolve("huge.parquet");
    write(file, schema, rows, Map.of("compression", "uncompressed"), 2, 3);
    for (ParquetPages.Page page : ParquetPages.read(file)) {
      if (page.isData() && page.maxRep() > 0) {
        assertEquals(0, page.firstRepetitionLevel(), page.toString());
      }
    }
    compareWithDuckDb(file, schema, rows);
    compareWithQuiver(file, schema, rows, 2, allocator);
  }

  /** Hand-written values and what SQL says about them: NULL list, empty list, NULL element. */
  @Test
  void emptyNullAndNullElementsStayDistinct() throws Exception {
    Schema schema = new Schema(List.of(
        scalar("id", BIGINT),
        list("l", scalar("e", BIGINT)),
        map("m", scalar("k", VARCHAR), scalar("v", BIGINT)),
        struct("s", scalar("a", BIGINT), list("b", scalar("e", VARCHAR)))));
    NestedValues.Row allNull = new NestedValues.Row(Arrays.asList(null, null));
    List<List<Object>> rows = List.of(
        Arrays.asList(0L, List.of(1L, 2L), entries("a", 1L), new NestedValues.Row(Arrays.asList(5L, List.of("x")))),
        Arrays.asList(1L, List.of(), entries(), new NestedValues.Row(Arrays.asList(null, List.of()))),
        Arrays.asList(2L, null, null, null),
        Arrays.asList(3L, Arrays.asList((Object) null), entries("k", null), allNull),
        Arrays.asList(4L, Arrays.asList(null, 3L), entries("a", null, "b", 2L),
            new NestedValues.Row(Arrays.asList(null, Arrays.asList(null, "y")))));
    Path file = dir.resolve("edges.parquet");
    write(file, schema, rows, Map.of(), 1, 2);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT id, l IS NULL, len(l), l[1] IS NULL, m IS NULL, cardinality(m),"
            + " m['k'] IS NULL, s IS NULL, s.a IS NULL, s.b IS NULL, len(s.b)"
            + " FROM read_parquet('" + file + "') ORDER BY id")) {
      List<String> seen = new ArrayList<>();
      while (rs.next()) {
        StringBuilder b = new StringBuilder();
        for (int col = 1; col <= 11; col++) {
          b.append(col == 1 ? "" : " ").append(rs.getString(col));
        }
        seen.add(b.toString());
      }
      assertEquals(List.of(
          "0 false 2 false false 1 true false false false 1",
          "1 false 0 true false 0 true false true false 0",
          "2 true null true true null true true true true null",
          "3 false 1 true false 1 true false true true null",
          "4 false 2 true false 2 true false true false 2"), seen);
    }
    compareWithDuckDb(file, schema, rows);
    compareWithQuiver(file, schema, rows, 3, allocator);
    // null_count counts every level entry without a value: the NULL list, the empty list and
    // the NULL elements (as DuckDB and parquet-mr count it).
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT num_values, stats_null_count, stats_min_value, stats_max_value"
            + " FROM parquet_metadata('" + file + "') WHERE path_in_schema = 'l, list, element'")) {
      rs.next();
      assertEquals("7 4 1 3", rs.getLong(1) + " " + rs.getLong(2) + " " + rs.getString(3) + " " + rs.getString(4));
    }
  }

  private static NestedValues.Entries entries(Object... keysAndValues) {
    List<List<Object>> pairs = new ArrayList<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      pairs.add(Arrays.asList(keysAndValues[i], keysAndValues[i + 1]));
    }
    return new NestedValues.Entries(pairs);
  }

  /** Statistics of nested leaves: null_count and min/max from the values, per row group. */
  @Test
  void nestedLeafStatistics() throws Exception {
    Schema schema = new Schema(List.of(scalar("id", BIGINT),
        list("l_st", struct("e", scalar("x", INT), list("tags", scalar("t", VARCHAR))))));
    List<List<Object>> rows = rows(schema, 1500, 3, 0.2, 5);
    Path file = dir.resolve("stats.parquet");
    write(file, schema, rows, Map.of("row_group_size", "500"), 64);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT row_group_id, num_values, stats_null_count, stats_min_value,"
            + " stats_max_value FROM parquet_metadata('" + file + "')"
            + " WHERE path_in_schema = 'l_st, list, element, x' ORDER BY row_group_id")) {
      for (int g = 0; g < 3; g++) {
        assertTrue(rs.next());
        long entries = 0;
        long nulls = 0;
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int r = g * 500; r < (g + 1) * 500; r++) {
          Object list = rows.get(r).get(1);
          if (list == null || ((List<?>) list).isEmpty()) {
            entries++;
            nulls++;
            continue;
          }
          for (Object element : (List<?>) list) {
            entries++;
            Object x = element == null ? null : ((NestedValues.Row) element).fields().get(0);
            if (x == null) {
              nulls++;
            } else {
              min = Math.min(min, (Long) x);
              max = Math.max(max, (Long) x);
            }
          }
        }
        assertEquals(entries + " " + nulls + " " + min + " " + max,
            rs.getLong(2) + " " + rs.getLong(3) + " " + rs.getString(4) + " " + rs.getString(5), "row group " + g);
      }
    }
  }

  /** A file DuckDB writes, read by Quiver and written again, is the same table to DuckDB. */
  @Test
  void duckDbNestedFileRewrittenByQuiverIsTheSameTable() throws Exception {
    Path original = dir.resolve("duck.parquet");
    Path copy = dir.resolve("copy.parquet");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement()) {
      st.execute("COPY (SELECT i AS id,"
          + " CASE WHEN i % 7 = 0 THEN NULL WHEN i % 7 = 1 THEN [] ELSE [i, NULL, i * 2] END AS l,"
          + " {'a': CASE WHEN i % 3 = 0 THEN NULL ELSE i END, 'b': [{'x': 'v' || (i % 5), 'y': [i % 4 = 0]}]} AS s,"
          + " CASE WHEN i % 11 = 0 THEN NULL ELSE MAP {'k' || (i % 3): [i::DOUBLE / 3], 'z': NULL} END AS m,"
          + " [[['deep' || (i % 9)]], [], NULL] AS deep,"
          + " CASE WHEN i % 5 = 0 THEN NULL ELSE 'status-' || (i % 4) END AS status"
          + " FROM range(20000) t(i)) TO '" + original + "' (FORMAT PARQUET, ROW_GROUP_SIZE 3000)");
    }
    ParquetFormat format = new ParquetFormat();
    TableSchema schema = format.inferSchema(original, FormatOptions.DEFAULTS);
    try (BatchReader reader = format.open(ScanPartition.wholeFile(original), schema,
            new ScanSpec(ScanSpec.allColumns(schema).columns(), 1234), allocator);
        BatchWriter writer = WritableFormats.byName("parquet").orElseThrow()
            .create(copy, reader.schema(), new FormatOptions(Map.of("row_group_size", "4321")), allocator)) {
      while (reader.next()) {
        writer.write(reader.root());
      }
      writer.finish();
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement()) {
      for (String[] pair : new String[][] {{original.toString(), copy.toString()}, {copy.toString(), original.toString()}}) {
        try (ResultSet rs = st.executeQuery("SELECT count(*) FROM (SELECT * FROM read_parquet('" + pair[0]
            + "') EXCEPT ALL SELECT * FROM read_parquet('" + pair[1] + "'))")) {
          rs.next();
          assertEquals(0, rs.getLong(1), pair[0] + " minus " + pair[1]);
        }
      }
      try (ResultSet rs = st.executeQuery("SELECT count(*), count(l), sum(len(l)), count(m), sum(cardinality(m)),"
          + " count(s.a) FROM read_parquet('" + copy + "')")) {
        rs.next();
        assertEquals(20000, rs.getLong(1));
        assertEquals(20000 - 2858, rs.getLong(2));
      }
    }
  }

  @Test
  void aNullMapKeyFailsNamingTheColumnAndLeavesNoFile() throws Exception {
    Schema schema = new Schema(List.of(scalar("id", BIGINT), map("m", scalar("k", VARCHAR), scalar("v", BIGINT))));
    Path file = dir.resolve("nullkey.parquet");
    List<List<Object>> rows = new ArrayList<>();
    rows.add(Arrays.asList(0L, entries("a", 1L)));
    rows.add(Arrays.asList(1L, entries(null, 2L)));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> write(file, schema, rows, Map.of(), 10));
    assertTrue(e.getMessage().contains("'m.key'") && e.getMessage().contains("NULL map key"), e.getMessage());
    assertFalse(Files.exists(file));
    try (var files = Files.list(dir)) {
      assertEquals(0, files.count(), "no temporary file left");
    }
  }

  @Test
  void unsupportedNestedTypesAreRefusedNamingThePath() {
    Schema schema = new Schema(List.of(struct("st", scalar("ok", BIGINT),
        list("bad", scalar("e", new ArrowType.Int(32, false))))));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> WritableFormats.byName("parquet").orElseThrow()
            .create(dir.resolve("x.parquet"), schema, FormatOptions.DEFAULTS, allocator));
    assertTrue(e.getMessage().contains("'st.bad.element'"), e.getMessage());
    Schema emptyRow = new Schema(List.of(struct("empty")));
    IllegalArgumentException e2 = assertThrows(IllegalArgumentException.class,
        () -> WritableFormats.byName("parquet").orElseThrow()
            .create(dir.resolve("x.parquet"), emptyRow, FormatOptions.DEFAULTS, allocator));
    assertTrue(e2.getMessage().contains("'empty'"), e2.getMessage());
  }
}
