package dev.quiver.adapters.write.parquet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.quiver.adapters.parquet.ParquetFormat;
import dev.quiver.adapters.parquet.decode.LittleEndian;
import dev.quiver.adapters.parquet.metadata.ColumnStatistics;
import dev.quiver.adapters.parquet.metadata.FileMetadata;
import dev.quiver.adapters.spi.BatchReader;
import dev.quiver.adapters.spi.FormatOptions;
import dev.quiver.adapters.spi.ScanPartition;
import dev.quiver.adapters.spi.ScanSpec;
import dev.quiver.adapters.spi.TableSchema;
import dev.quiver.adapters.write.ParquetPages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float4Vector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;
import org.apache.arrow.vector.util.Text;

/**
 * Flat test tables as rows of Java values (Long BIGINT, Integer INT, Double DOUBLE, Float FLOAT,
 * String VARCHAR; the type of a column is that of its first non-null value), written through
 * {@link ParquetBatchWriter} with dictionaries on or off and compared after DuckDB and Quiver read
 * them back.
 */
final class FlatTable {
  private FlatTable() {}

  static Schema schema(String[] names, List<Object[]> rows) {
    List<Field> fields = new ArrayList<>();
    for (int c = 0; c < names.length; c++) {
      Object sample = null;
      for (Object[] row : rows) {
        if (row[c] != null) {
          sample = row[c];
          break;
        }
      }
      ArrowType type = sample instanceof Long ? new ArrowType.Int(64, true)
          : sample instanceof Integer ? new ArrowType.Int(32, true)
          : sample instanceof Double ? new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE)
          : sample instanceof Float ? new ArrowType.FloatingPoint(FloatingPointPrecision.SINGLE)
          : ArrowType.Utf8.INSTANCE;
      fields.add(new Field(names[c], FieldType.nullable(type), null));
    }
    return new Schema(fields);
  }

  static void write(Path file, String[] names, List<Object[]> rows, int codec, int rowGroupSize,
      boolean dictionaries, BufferAllocator allocator, int batchRows) throws Exception {
    Schema schema = schema(names, rows);
    try (ParquetBatchWriter writer = new ParquetBatchWriter(file, schema, codec, rowGroupSize, dictionaries)) {
      for (int start = 0; start < rows.size(); start += batchRows) {
        int end = Math.min(rows.size(), start + batchRows);
        try (VectorSchemaRoot root = VectorSchemaRoot.create(schema, allocator)) {
          root.allocateNew();
          for (int c = 0; c < names.length; c++) {
            FieldVector vector = root.getVector(c);
            for (int r = start; r < end; r++) {
              set(vector, r - start, rows.get(r)[c]);
            }
            vector.setValueCount(end - start);
          }
          root.setRowCount(end - start);
          writer.write(root);
        }
      }
      writer.finish();
    }
  }

  private static void set(FieldVector vector, int i, Object value) {
    if (value == null) {
      vector.setNull(i);
    } else if (vector instanceof BigIntVector v) {
      v.setSafe(i, (Long) value);
    } else if (vector instanceof IntVector v) {
      v.setSafe(i, (Integer) value);
    } else if (vector instanceof Float8Vector v) {
      v.setSafe(i, (Double) value);
    } else if (vector instanceof Float4Vector v) {
      v.setSafe(i, (Float) value);
    } else {
      ((VarCharVector) vector).setSafe(i, ((String) value).getBytes(StandardCharsets.UTF_8));
    }
  }

  /** Java's view of what a reader returned, for equals with the table's values. */
  private static Object normalize(Object value, Object expected) {
    if (value instanceof Text text) {
      return text.toString();
    }
    if (value instanceof Number n && expected instanceof Long) {
      return n.longValue();
    }
    if (value instanceof Number n && expected instanceof Integer) {
      return n.intValue();
    }
    if (value instanceof Number n && expected instanceof Float) {
      return n.floatValue();
    }
    if (value instanceof Number n && expected instanceof Double) {
      return n.doubleValue();
    }
    return value;
  }

  static void compareWithDuckDb(Path file, String[] names, List<Object[]> rows) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT * FROM read_parquet('" + file + "')")) {
      int r = 0;
      while (rs.next()) {
        for (int col = 0; col < names.length; col++) {
          Object expected = rows.get(r)[col];
          Object actual = normalize(rs.getObject(col + 1), expected);
          if (!Objects.equals(expected, actual)) {
            fail("DuckDB row " + r + " column " + names[col] + ": expected <" + expected + "> but was <" + actual + ">");
          }
        }
        r++;
      }
      assertEquals(rows.size(), r, "rows DuckDB read");
    }
  }

  static void compareWithQuiver(Path file, String[] names, List<Object[]> rows, BufferAllocator allocator)
      throws Exception {
    ParquetFormat format = new ParquetFormat();
    TableSchema schema = format.inferSchema(file, FormatOptions.DEFAULTS);
    int r = 0;
    try (BatchReader reader = format.open(ScanPartition.wholeFile(file), schema,
        new ScanSpec(ScanSpec.allColumns(schema).columns(), 1500), allocator)) {
      while (reader.next()) {
        for (int i = 0; i < reader.root().getRowCount(); i++, r++) {
          for (int col = 0; col < names.length; col++) {
            Object expected = rows.get(r)[col];
            Object actual = normalize(reader.root().getVector(col).getObject(i), expected);
            if (!Objects.equals(expected, actual)) {
              fail("Quiver row " + r + " column " + names[col] + ": expected <" + expected + "> but was <" + actual + ">");
            }
          }
        }
      }
    }
    assertEquals(rows.size(), r, "rows Quiver read");
  }

  /**
   * "column [min per group] [max per group] nulls" lines, sorted by column, as {@link
   * #statistics} gives them: NaN left out, a zero minimum -0.0 and a zero maximum +0.0.
   */
  static String expectedStatistics(String[] names, List<Object[]> rows, int rowGroupSize) {
    List<String> lines = new ArrayList<>();
    for (int c = 0; c < names.length; c++) {
      List<String> mins = new ArrayList<>();
      List<String> maxes = new ArrayList<>();
      long nulls = 0;
      for (int start = 0; start < rows.size(); start += rowGroupSize) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int r = start; r < Math.min(rows.size(), start + rowGroupSize); r++) {
          Object value = rows.get(r)[c];
          if (value == null) {
            nulls++;
          } else {
            double d = ((Number) value).doubleValue();
            min = Math.min(min, d);
            max = Math.max(max, d);
          }
        }
        mins.add(String.valueOf(min == 0 ? -0.0 : min));
        maxes.add(String.valueOf(max == 0 ? 0.0 : max));
      }
      lines.add(names[c] + " " + mins + " " + maxes + " " + nulls);
    }
    java.util.Collections.sort(lines);
    return String.join("\n", lines);
  }

  /** The footer's statistics of numeric columns in the shape of {@link #expectedStatistics}. */
  static String statistics(Path file, String[] names, List<Object[]> rows) throws Exception {
    FileMetadata footer = ParquetPages.footer(file);
    List<String> lines = new ArrayList<>();
    for (int c = 0; c < names.length; c++) {
      List<String> mins = new ArrayList<>();
      List<String> maxes = new ArrayList<>();
      long nulls = 0;
      Object sample = rows.get(0)[c] != null ? rows.get(0)[c] : rows.get(1)[c];
      for (var group : footer.rowGroups()) {
        ColumnStatistics stats = group.columns().get(c).statistics();
        mins.add(String.valueOf(decode(stats.minValue(), sample)));
        maxes.add(String.valueOf(decode(stats.maxValue(), sample)));
        nulls += stats.nullCount();
      }
      lines.add(names[c] + " " + mins + " " + maxes + " " + nulls);
    }
    java.util.Collections.sort(lines);
    return String.join("\n", lines);
  }

  private static double decode(byte[] bytes, Object sample) {
    if (sample instanceof Double) {
      return Double.longBitsToDouble(LittleEndian.getLong(bytes, 0));
    }
    if (sample instanceof Float) {
      return Float.intBitsToFloat(LittleEndian.getInt(bytes, 0));
    }
    return sample instanceof Long ? LittleEndian.getLong(bytes, 0) : LittleEndian.getInt(bytes, 0);
  }
}
