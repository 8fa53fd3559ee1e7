package dev.quiver.adapters.write;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.DecimalVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float4Vector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.SmallIntVector;
import org.apache.arrow.vector.TimeMicroVector;
import org.apache.arrow.vector.TimeStampMicroVector;
import org.apache.arrow.vector.TinyIntVector;
import org.apache.arrow.vector.VarBinaryVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.DateUnit;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * A table of every scalar type the writers support, with NULLs, empty and special strings and
 * extreme values; column i cycles through its own list of values, so rows mix them all.
 */
final class WriterTestTable {
  record Column(Field field, List<Object> values, String duckType) {
    Object value(int row) {
      return values.get(row % values.size());
    }
  }

  static final int ROWS = 24;

  static final BigDecimal DEC38_MAX = new BigDecimal("9999999999999999999999999999.9999999999");

  final List<Column> columns = new ArrayList<>();

  WriterTestTable() {
    add("b", ArrowType.Bool.INSTANCE, "BOOLEAN", true, false, null);
    add("i8", new ArrowType.Int(8, true), "TINYINT", (long) Byte.MIN_VALUE, (long) Byte.MAX_VALUE, null, 0L);
    add("i16", new ArrowType.Int(16, true), "SMALLINT", (long) Short.MIN_VALUE, null, (long) Short.MAX_VALUE);
    add("i32", new ArrowType.Int(32, true), "INTEGER", (long) Integer.MIN_VALUE, (long) Integer.MAX_VALUE, -1L, null);
    add("i64", new ArrowType.Int(64, true), "BIGINT", Long.MIN_VALUE, Long.MAX_VALUE, null, 42L, -7L);
    add("f32", new ArrowType.FloatingPoint(FloatingPointPrecision.SINGLE), "FLOAT",
        1.5f, -0.1f, null, Float.MAX_VALUE, Float.MIN_VALUE);
    add("f64", new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE), "DOUBLE",
        0.1, -2.5e-300, 1e300, null, 123456789.125, -0.0, 1e21, 1e-7);
    add("dec38", new ArrowType.Decimal(38, 10, 128), "DECIMAL(38,10)",
        DEC38_MAX, DEC38_MAX.negate(), null, new BigDecimal("0.0000000001"), new BigDecimal("-12.5000000000"));
    add("dec9", new ArrowType.Decimal(9, 2, 128), "DECIMAL(9,2)",
        new BigDecimal("9999999.99"), new BigDecimal("-0.05"), null, new BigDecimal("0.00"));
    add("dec18", new ArrowType.Decimal(18, 4, 128), "DECIMAL(18,4)",
        new BigDecimal("99999999999999.9999"), null, new BigDecimal("-1.0001"));
    add("d", new ArrowType.Date(DateUnit.DAY), "DATE",
        LocalDate.of(2024, 1, 31), LocalDate.of(1969, 12, 31), null, LocalDate.of(1, 1, 1),
        LocalDate.of(9999, 12, 31), LocalDate.of(1900, 2, 28));
    add("ts", new ArrowType.Timestamp(TimeUnit.MICROSECOND, null), "TIMESTAMP",
        LocalDateTime.of(2024, 1, 31, 12, 0, 0, 123_456_000), LocalDateTime.of(1969, 12, 31, 23, 59, 59, 999_999_000),
        null, LocalDateTime.of(1970, 1, 1, 0, 0), LocalDateTime.of(1812, 6, 1, 8, 30, 0, 500_000_000));
    add("t", new ArrowType.Time(TimeUnit.MICROSECOND, 64), "TIME",
        LocalTime.of(0, 0), LocalTime.of(23, 59, 59, 999_999_000), null, LocalTime.of(12, 30, 1, 120_000_000));
    add("s", ArrowType.Utf8.INSTANCE, "VARCHAR",
        "plain", "", null, "a,b", "say \"hi\"", "line\nbreak", "ünïcødé 🎉 日本", "cr\r\nlf", "tab\there",
        "back\\slash", " padded ", "NULL", "'single'", "{\"json\":1}", "ctl\u0001");
    add("bin", ArrowType.Binary.INSTANCE, "BLOB",
        new byte[] {0, 1, 2, (byte) 0xFF}, new byte[0], null, "text,\"q\"\\".getBytes(StandardCharsets.UTF_8));
  }

  private void add(String name, ArrowType type, String duckType, Object... values) {
    columns.add(new Column(new Field(name, FieldType.nullable(type), null), Arrays.asList(values), duckType));
  }

  /** Keeps only the named columns. */
  WriterTestTable only(String... names) {
    List<String> keep = Arrays.asList(names);
    columns.removeIf(c -> !keep.contains(c.field().getName()));
    return this;
  }

  WriterTestTable without(String... names) {
    List<String> drop = Arrays.asList(names);
    columns.removeIf(c -> drop.contains(c.field().getName()));
    return this;
  }

  Schema schema() {
    List<Field> fields = new ArrayList<>();
    for (Column c : columns) {
      fields.add(c.field());
    }
    return new Schema(fields);
  }

  /** Rows [from, to) of the table as a new batch. */
  VectorSchemaRoot batch(BufferAllocator allocator, int from, int to) {
    VectorSchemaRoot root = VectorSchemaRoot.create(schema(), allocator);
    root.allocateNew();
    for (int c = 0; c < columns.size(); c++) {
      FieldVector vector = root.getVector(c);
      for (int r = from; r < to; r++) {
        set(vector, r - from, columns.get(c).value(r));
      }
      vector.setValueCount(to - from);
    }
    root.setRowCount(to - from);
    return root;
  }

  static void set(FieldVector vector, int i, Object v) {
    if (v == null) {
      vector.setNull(i);
      return;
    }
    if (vector instanceof BitVector b) {
      b.setSafe(i, (Boolean) v ? 1 : 0);
    } else if (vector instanceof TinyIntVector t) {
      t.setSafe(i, (byte) (long) (Long) v);
    } else if (vector instanceof SmallIntVector t) {
      t.setSafe(i, (short) (long) (Long) v);
    } else if (vector instanceof IntVector t) {
      t.setSafe(i, (int) (long) (Long) v);
    } else if (vector instanceof BigIntVector t) {
      t.setSafe(i, (Long) v);
    } else if (vector instanceof Float4Vector t) {
      t.setSafe(i, (Float) v);
    } else if (vector instanceof Float8Vector t) {
      t.setSafe(i, (Double) v);
    } else if (vector instanceof DecimalVector t) {
      t.setSafe(i, (BigDecimal) v);
    } else if (vector instanceof DateDayVector t) {
      t.setSafe(i, (int) ((LocalDate) v).toEpochDay());
    } else if (vector instanceof TimeStampMicroVector t) {
      t.setSafe(i, micros((LocalDateTime) v));
    } else if (vector instanceof TimeMicroVector t) {
      t.setSafe(i, ((LocalTime) v).toNanoOfDay() / 1000);
    } else if (vector instanceof VarCharVector t) {
      t.setSafe(i, ((String) v).getBytes(StandardCharsets.UTF_8));
    } else if (vector instanceof VarBinaryVector t) {
      t.setSafe(i, (byte[]) v);
    } else {
      throw new IllegalArgumentException(vector.getClass().getName());
    }
  }

  static long micros(LocalDateTime t) {
    return ChronoUnit.MICROS.between(LocalDateTime.of(1970, 1, 1, 0, 0), t);
  }

  static LocalDateTime fromMicros(long micros) {
    return LocalDateTime.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
        (int) Math.floorMod(micros, 1_000_000L) * 1000, ZoneOffset.UTC);
  }
}
