package dev.quiver.adapters.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quiver.adapters.spi.BatchWriter;
import dev.quiver.adapters.spi.FormatOptions;
import java.nio.charset.StandardCharsets;
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
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvWriterTest {
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

  private String csvSource(Path file, WriterTestTable table, String extra) {
    return "read_csv('" + file + "', header=true, auto_detect=false, allow_quoted_nulls=false,"
        + " columns=" + RoundTripChecks.duckColumns(table) + extra + ")";
  }

  @Test
  void everyTypeReadsBackInDuckDbAndQuiver() throws Exception {
    WriterTestTable table = new WriterTestTable();
    Path file = dir.resolve("all.csv");
    WriterTestSupport.write("csv", file, table, Map.of(), allocator);
    RoundTripChecks.compareWithDuckDb(
        csvSource(file, table, ", delim=',', quote='\"', escape='\"', nullstr=''"), table, WriterTestTable.ROWS);
    RoundTripChecks.compareWithQuiver(file, table, WriterTestTable.ROWS, allocator);
  }

  @Test
  void otherDelimiterQuoteAndNullText() throws Exception {
    WriterTestTable table = new WriterTestTable();
    Path file = dir.resolve("tab.tsv");
    WriterTestSupport.write(
        "csv", file, table, Map.of("delimiter", "\\t", "quote", "'", "null", "\\N", "header", "true"), allocator);
    RoundTripChecks.compareWithDuckDb(
        csvSource(file, table, ", delim='\\t', quote='''', escape='''', nullstr='\\N'"), table, WriterTestTable.ROWS);
  }

  @Test
  void digitDelimiterQuotesNumbers() throws Exception {
    WriterTestTable table = new WriterTestTable().only("i64", "f64", "dec38", "d", "ts", "s");
    Path file = dir.resolve("odd.csv");
    WriterTestSupport.write("csv", file, table, Map.of("delimiter", "1"), allocator);
    RoundTripChecks.compareWithDuckDb(
        csvSource(file, table, ", delim='1', quote='\"', escape='\"', nullstr=''"), table, WriterTestTable.ROWS);
  }

  @Test
  void exactText() throws Exception {
    Schema schema = new Schema(List.of(
        Field.nullable("x", new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE)),
        Field.nullable("a,b", ArrowType.Utf8.INSTANCE)));
    Path file = dir.resolve("exact.csv");
    try (BatchWriter writer = new CsvWritableFormat().create(file, schema, FormatOptions.DEFAULTS, allocator);
        VectorSchemaRoot root = VectorSchemaRoot.create(schema, allocator)) {
      Object[][] rows = {
        {Double.NaN, ""}, {Double.POSITIVE_INFINITY, null}, {Double.NEGATIVE_INFINITY, "x\"y"}, {null, "é\n"},
        {1.0, "a"}, {-0.0, "p,q"}
      };
      root.allocateNew();
      for (int r = 0; r < rows.length; r++) {
        WriterTestTable.set(root.getVector(0), r, rows[r][0]);
        WriterTestTable.set(root.getVector(1), r, rows[r][1]);
      }
      root.setRowCount(rows.length);
      writer.write(root);
      writer.finish();
    }
    assertEquals(
        "x,\"a,b\"\nnan,\"\"\ninf,\n-inf,\"x\"\"y\"\n,\"é\n\"\n1.0,a\n-0.0,\"p,q\"\n",
        Files.readString(file, StandardCharsets.UTF_8));
  }

  @Test
  void noHeaderAndNoRows() throws Exception {
    WriterTestTable table = new WriterTestTable().only("i32", "s");
    Path file = dir.resolve("empty.csv");
    try (BatchWriter writer = new CsvWritableFormat()
        .create(file, table.schema(), new FormatOptions(Map.of("header", "false")), allocator)) {
      writer.finish();
    }
    assertEquals(0, Files.size(file));
    try (BatchWriter writer = new CsvWritableFormat().create(file, table.schema(), FormatOptions.DEFAULTS, allocator)) {
      writer.finish();
    }
    assertEquals("i32,s\n", Files.readString(file));
  }

  @Test
  void badOptionsNameTheOptionAndTheChoices() {
    Schema schema = new WriterTestTable().only("i32").schema();
    Path file = dir.resolve("x.csv");
    IllegalArgumentException compression = assertThrows(IllegalArgumentException.class,
        () -> new CsvWritableFormat().create(file, schema, new FormatOptions(Map.of("compression", "gzip")), allocator));
    assertTrue(compression.getMessage().contains("compression") && compression.getMessage().contains("none"),
        compression.getMessage());
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> new CsvWritableFormat().create(file, schema, new FormatOptions(Map.of("delim", ";")), allocator));
    assertTrue(unknown.getMessage().contains("delim") && unknown.getMessage().contains("delimiter"), unknown.getMessage());
    IllegalArgumentException delimiter = assertThrows(IllegalArgumentException.class,
        () -> new CsvWritableFormat().create(file, schema, new FormatOptions(Map.of("delimiter", ";;")), allocator));
    assertTrue(delimiter.getMessage().contains("delimiter"), delimiter.getMessage());
    IllegalArgumentException header = assertThrows(IllegalArgumentException.class,
        () -> new CsvWritableFormat().create(file, schema, new FormatOptions(Map.of("header", "maybe")), allocator));
    assertTrue(header.getMessage().contains("header"), header.getMessage());
    assertTrue(!Files.exists(file));
  }

  @Test
  void unsupportedTypeNamesTheColumn() {
    Schema schema = new Schema(List.of(Field.nullable("u", new ArrowType.Int(32, false))));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new CsvWritableFormat().create(dir.resolve("u.csv"), schema, FormatOptions.DEFAULTS, allocator));
    assertTrue(e.getMessage().contains("'u'"), e.getMessage());
  }

  static Field nullable(String name, ArrowType type) {
    return new Field(name, FieldType.nullable(type), null);
  }
}
