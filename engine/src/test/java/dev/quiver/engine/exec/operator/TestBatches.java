package dev.quiver.engine.exec.operator;

import dev.quiver.engine.exec.Batch;
import dev.quiver.engine.exec.ExecutionContext;
import dev.quiver.engine.exec.Operator;
import dev.quiver.engine.types.ArrowTypes;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.DecimalVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float4Vector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.SmallIntVector;
import org.apache.arrow.vector.TimeStampMicroVector;
import org.apache.arrow.vector.TinyIntVector;
import org.apache.arrow.vector.VarBinaryVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rel.type.RelDataTypeSystemImpl;
import org.apache.calcite.sql.type.SqlTypeFactoryImpl;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Test data for operators: SQL types, rows as Java objects turned into Arrow vectors, and
 * operator output turned back into rows. Values: Long (any integer type), Double, BigDecimal,
 * String, Boolean, LocalDate, LocalDateTime, byte[], or null.
 */
public final class TestBatches {
  /** Calcite's default type system, but with DECIMAL precision up to 38 as Quiver's planner has. */
  public static final RelDataTypeFactory TYPES =
      new SqlTypeFactoryImpl(
          new RelDataTypeSystemImpl() {
            @Override
            public int getMaxPrecision(SqlTypeName typeName) {
              return typeName == SqlTypeName.DECIMAL ? MAX_DECIMAL_PRECISION : super.getMaxPrecision(typeName);
            }

            @Override
            public int getMaxScale(SqlTypeName typeName) {
              return typeName == SqlTypeName.DECIMAL ? MAX_DECIMAL_PRECISION : super.getMaxScale(typeName);
            }
          });
  private static final int MAX_DECIMAL_PRECISION = 38;
  private static final long MICROS_PER_SECOND = 1_000_000L;
  private static final long NANOS_PER_MICRO = 1_000L;

  private TestBatches() {}

  /** Rows of one batch and, optionally, the live positions among them. */
  public record Rows(List<Object[]> rows, int[] selection) {
    public static Rows of(Object[]... rows) {
      return new Rows(Arrays.asList(rows), null);
    }

    public Rows select(int... positions) {
      return new Rows(rows, positions);
    }
  }

  public static RelDataType type(SqlTypeName name) {
    return TYPES.createTypeWithNullability(TYPES.createSqlType(name), true);
  }

  public static RelDataType decimal(int precision, int scale) {
    return TYPES.createTypeWithNullability(TYPES.createSqlType(SqlTypeName.DECIMAL, precision, scale), true);
  }

  /** A row type from alternating names and types: {@code rowType("a", BIGINT_TYPE, ..)}. */
  public static RelDataType rowType(Object... namesAndTypes) {
    RelDataTypeFactory.Builder builder = TYPES.builder();
    for (int i = 0; i < namesAndTypes.length; i += 2) {
      builder.add((String) namesAndTypes[i], (RelDataType) namesAndTypes[i + 1]);
    }
    return builder.build();
  }

  public static Schema schema(List<RelDataType> types) {
    List<Field> fields = new ArrayList<>();
    for (int i = 0; i < types.size(); i++) {
      fields.add(ArrowTypes.toField("c" + i, types.get(i)));
    }
    return new Schema(fields);
  }

  public static Object[] row(Object... values) {
    return values;
  }

  /** Writes {@code value} into row {@code row} of {@code vector}, growing it as needed. */
  public static void set(FieldVector vector, int row, Object value) {
    if (value == null) {
      while (vector.getValueCapacity() <= row) {
        vector.reAlloc();
      }
      vector.setNull(row);
    } else if (vector instanceof BigIntVector) {
      ((BigIntVector) vector).setSafe(row, ((Number) value).longValue());
    } else if (vector instanceof IntVector) {
      ((IntVector) vector).setSafe(row, ((Number) value).intValue());
    } else if (vector instanceof SmallIntVector) {
      ((SmallIntVector) vector).setSafe(row, ((Number) value).shortValue());
    } else if (vector instanceof TinyIntVector) {
      ((TinyIntVector) vector).setSafe(row, ((Number) value).byteValue());
    } else if (vector instanceof Float8Vector) {
      ((Float8Vector) vector).setSafe(row, ((Number) value).doubleValue());
    } else if (vector instanceof Float4Vector) {
      ((Float4Vector) vector).setSafe(row, ((Number) value).floatValue());
    } else if (vector instanceof DecimalVector) {
      DecimalVector decimals = (DecimalVector) vector;
      decimals.setSafe(row, ((BigDecimal) value).setScale(decimals.getScale(), RoundingMode.UNNECESSARY));
    } else if (vector instanceof VarCharVector) {
      ((VarCharVector) vector).setSafe(row, ((String) value).getBytes(StandardCharsets.UTF_8));
    } else if (vector instanceof VarBinaryVector) {
      ((VarBinaryVector) vector).setSafe(row, (byte[]) value);
    } else if (vector instanceof BitVector) {
      ((BitVector) vector).setSafe(row, (Boolean) value ? 1 : 0);
    } else if (vector instanceof DateDayVector) {
      ((DateDayVector) vector).setSafe(row, (int) ((LocalDate) value).toEpochDay());
    } else if (vector instanceof TimeStampMicroVector) {
      LocalDateTime time = (LocalDateTime) value;
      long micros =
          time.toEpochSecond(ZoneOffset.UTC) * MICROS_PER_SECOND + time.getNano() / NANOS_PER_MICRO;
      ((TimeStampMicroVector) vector).setSafe(row, micros);
    } else {
      throw new IllegalArgumentException("no test setter for " + vector.getField());
    }
  }

  /** The value at {@code position} of {@code vector} as the Java object tests compare. */
  public static Object get(FieldVector vector, int position) {
    if (vector.isNull(position)) {
      return null;
    }
    if (vector instanceof BigIntVector
        || vector instanceof IntVector
        || vector instanceof SmallIntVector
        || vector instanceof TinyIntVector) {
      return ((Number) vector.getObject(position)).longValue();
    }
    if (vector instanceof Float4Vector) {
      return ((Float4Vector) vector).get(position) * 1.0d;
    }
    if (vector instanceof VarCharVector) {
      return vector.getObject(position).toString();
    }
    if (vector instanceof DateDayVector) {
      return LocalDate.ofEpochDay(((DateDayVector) vector).get(position));
    }
    return vector.getObject(position);
  }

  /** Opens {@code operator}, drains it into rows (live rows only), and closes it. */
  public static List<List<Object>> run(Operator operator, ExecutionContext context) {
    return run(operator, context, null);
  }

  /** As {@link #run(Operator, ExecutionContext)}, recording each batch's live row count. */
  public static List<List<Object>> run(
      Operator operator, ExecutionContext context, List<Integer> batchSizes) {
    List<List<Object>> rows = new ArrayList<>();
    try {
      operator.open(context);
      for (Batch batch = operator.next(); batch != null; batch = operator.next()) {
        if (batch.selectedCount() == 0) {
          throw new AssertionError("operator returned an empty batch");
        }
        if (batchSizes != null) {
          batchSizes.add(batch.selectedCount());
        }
        for (int k = 0; k < batch.selectedCount(); k++) {
          int position = batch.position(k);
          List<Object> row = new ArrayList<>();
          for (FieldVector vector : batch.columns()) {
            row.add(get(vector, position));
          }
          rows.add(row);
        }
      }
    } finally {
      operator.close();
    }
    return rows;
  }
}
