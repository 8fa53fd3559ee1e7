package dev.quiver.adapters.write;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.sql.Blob;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
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
import org.apache.arrow.vector.complex.ListVector;
import org.apache.arrow.vector.complex.MapVector;
import org.apache.arrow.vector.complex.StructVector;
import org.apache.arrow.vector.types.DateUnit;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;

/**
 * Nested test values in one canonical Java form, independent of Arrow and of any reader: NULL is
 * null; integers, dates (epoch days) and timestamps (epoch micros) are Long; FLOAT Float; DOUBLE
 * Double; VARCHAR String; BLOB a hex String; DECIMAL BigDecimal at the column's scale; a ROW is a
 * {@link Row}, an ARRAY a List, a MAP an {@link Entries}. Values are generated at random, written
 * into Arrow vectors, and read back into this form from Arrow vectors (Quiver's reader) and from
 * DuckDB's JDBC objects, so comparisons are plain {@code equals}.
 */
final class NestedValues {
  /** A ROW value: the fields in schema order. */
  record Row(List<Object> fields) {}

  /** A MAP value: [key, value] pairs in order. */
  record Entries(List<List<Object>> pairs) {}

  private static final String[] WORDS = {
    "", "a", "web", "promo", "ünïcødé 🎉", "line\nbreak", "say \"hi\"", "tab\there",
    "a much longer value that repeats now and then to exercise the dictionary",
  };

  private NestedValues() {}

  static Field scalar(String name, ArrowType type) {
    return new Field(name, FieldType.nullable(type), null);
  }

  static Field list(String name, Field element) {
    Field data = new Field(ListVector.DATA_VECTOR_NAME, element.getFieldType(), element.getChildren());
    return new Field(name, FieldType.nullable(ArrowType.List.INSTANCE), List.of(data));
  }

  static Field struct(String name, Field... children) {
    return new Field(name, FieldType.nullable(ArrowType.Struct.INSTANCE), Arrays.asList(children));
  }

  static Field map(String name, Field key, Field value) {
    Field keyField = new Field(MapVector.KEY_NAME, FieldType.notNullable(key.getType()), key.getChildren());
    Field valueField = new Field(MapVector.VALUE_NAME, value.getFieldType(), value.getChildren());
    Field entries = new Field(MapVector.DATA_VECTOR_NAME, FieldType.notNullable(ArrowType.Struct.INSTANCE),
        List.of(keyField, valueField));
    return new Field(name, FieldType.nullable(new ArrowType.Map(false)), List.of(entries));
  }

  static final ArrowType BIGINT = new ArrowType.Int(64, true);
  static final ArrowType INT = new ArrowType.Int(32, true);
  static final ArrowType SMALLINT = new ArrowType.Int(16, true);
  static final ArrowType TINYINT = new ArrowType.Int(8, true);
  static final ArrowType DOUBLE = new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE);
  static final ArrowType FLOAT = new ArrowType.FloatingPoint(FloatingPointPrecision.SINGLE);
  static final ArrowType VARCHAR = ArrowType.Utf8.INSTANCE;
  static final ArrowType BLOB = ArrowType.Binary.INSTANCE;
  static final ArrowType BOOLEAN = ArrowType.Bool.INSTANCE;
  static final ArrowType DATE = new ArrowType.Date(DateUnit.DAY);
  static final ArrowType TIMESTAMP = new ArrowType.Timestamp(TimeUnit.MICROSECOND, null);
  static final ArrowType DEC18 = new ArrowType.Decimal(18, 4, 128);
  static final ArrowType DEC38 = new ArrowType.Decimal(38, 10, 128);

  /** Random values: NULL at every level, empty and long lists, maps with unique keys. */
  static final class Generator {
    private final Random random;
    private final double nullRate;
    private final int maxLength;

    Generator(long seed, double nullRate, int maxLength) {
      this.random = new Random(seed);
      this.nullRate = nullRate;
      this.maxLength = maxLength;
    }

    Object value(Field field) {
      if (random.nextDouble() < nullRate) {
        return null;
      }
      return present(field);
    }

    private Object present(Field field) {
      ArrowType type = field.getType();
      switch (type.getTypeID()) {
        case Struct -> {
          List<Object> fields = new ArrayList<>();
          for (Field child : field.getChildren()) {
            fields.add(value(child));
          }
          return new Row(fields);
        }
        case List -> {
          List<Object> items = new ArrayList<>();
          int length = length();
          for (int i = 0; i < length; i++) {
            items.add(value(field.getChildren().get(0)));
          }
          return items;
        }
        case Map -> {
          Field entries = field.getChildren().get(0);
          List<List<Object>> pairs = new ArrayList<>();
          Set<Object> keys = new HashSet<>();
          int length = length();
          for (int i = 0; i < length; i++) {
            Object key = present(entries.getChildren().get(0));
            if (keys.add(key)) {
              pairs.add(Arrays.asList(key, value(entries.getChildren().get(1))));
            }
          }
          return new Entries(pairs);
        }
        default -> {
          return scalarValue(type);
        }
      }
    }

    private int length() {
      int roll = random.nextInt(10);
      if (roll == 0) {
        return 0;
      }
      return roll == 1 ? random.nextInt(maxLength * 4 + 1) : random.nextInt(maxLength + 1);
    }

    private Object scalarValue(ArrowType type) {
      switch (type.getTypeID()) {
        case Int -> {
          int bits = ((ArrowType.Int) type).getBitWidth();
          long value = switch (random.nextInt(6)) {
            case 0 -> bits == 64 ? Long.MIN_VALUE : -(1L << (bits - 1));
            case 1 -> bits == 64 ? Long.MAX_VALUE : (1L << (bits - 1)) - 1;
            case 2 -> random.nextInt(5);
            default -> bits == 64 ? random.nextLong() >> random.nextInt(64)
                : bits == 32 ? random.nextInt() >> random.nextInt(32) : random.nextInt(1 << (bits - 1));
          };
          return value;
        }
        case FloatingPoint -> {
          double value = switch (random.nextInt(5)) {
            case 0 -> -0.0;
            case 1 -> 1e300;
            case 2 -> random.nextInt(4) / 4.0;
            default -> random.nextGaussian() * 1000;
          };
          if (((ArrowType.FloatingPoint) type).getPrecision() == FloatingPointPrecision.SINGLE) {
            return (float) (value == 1e300 ? 3.0e38 : value);
          }
          return value;
        }
        case Utf8 -> {
          return random.nextInt(3) == 0 ? "w" + random.nextInt(100_000) : WORDS[random.nextInt(WORDS.length)];
        }
        case Binary -> {
          byte[] bytes = new byte[random.nextInt(6)];
          random.nextBytes(bytes);
          return HexFormat.of().formatHex(bytes);
        }
        case Bool -> {
          return random.nextBoolean();
        }
        case Decimal -> {
          ArrowType.Decimal decimal = (ArrowType.Decimal) type;
          BigInteger unscaled = new BigInteger(decimal.getPrecision() * 3, random);
          BigInteger limit = BigInteger.TEN.pow(decimal.getPrecision());
          unscaled = unscaled.mod(limit);
          if (random.nextBoolean()) {
            unscaled = unscaled.negate();
          }
          return new BigDecimal(unscaled, decimal.getScale());
        }
        case Date -> {
          return (long) (random.nextInt(80_000) - 20_000);
        }
        case Timestamp -> {
          // 1920..2150: clear of calendar switches and of JDBC's time-zone handling.
          return -1_577_923_200_000_000L + (long) (random.nextDouble() * 7.2e15);
        }
        default -> throw new IllegalArgumentException(type.toString());
      }
    }
  }

  /** Writes the canonical {@code value} into slot {@code index} of {@code vector}. */
  static void set(FieldVector vector, int index, Object value) {
    if (vector instanceof MapVector map) {
      if (value == null) {
        map.setNull(index);
        return;
      }
      StructVector entries = (StructVector) map.getDataVector();
      List<List<Object>> pairs = ((Entries) value).pairs();
      int start = map.startNewValue(index);
      for (int j = 0; j < pairs.size(); j++) {
        entries.setIndexDefined(start + j);
        set((FieldVector) entries.getChildByOrdinal(0), start + j, pairs.get(j).get(0));
        set((FieldVector) entries.getChildByOrdinal(1), start + j, pairs.get(j).get(1));
      }
      map.endValue(index, pairs.size());
      return;
    }
    if (vector instanceof ListVector list) {
      if (value == null) {
        list.setNull(index);
        return;
      }
      List<?> items = (List<?>) value;
      int start = list.startNewValue(index);
      for (int j = 0; j < items.size(); j++) {
        set(list.getDataVector(), start + j, items.get(j));
      }
      list.endValue(index, items.size());
      return;
    }
    if (vector instanceof StructVector struct) {
      List<FieldVector> children = struct.getChildrenFromFields();
      if (value == null) {
        struct.setNull(index);
        // Arrow leaves children under a NULL row undefined: put values there that must be ignored.
        for (FieldVector child : children) {
          if (!(child instanceof StructVector) && !(child instanceof ListVector)) {
            setScalarGarbage(child, index);
          } else {
            set(child, index, null);
          }
        }
        return;
      }
      struct.setIndexDefined(index);
      List<Object> fields = ((Row) value).fields();
      for (int k = 0; k < children.size(); k++) {
        set(children.get(k), index, fields.get(k));
      }
      return;
    }
    setScalar(vector, index, value);
  }

  private static void setScalarGarbage(FieldVector vector, int index) {
    Object garbage = switch (vector.getMinorType()) {
      case BIGINT, INT, SMALLINT, TINYINT, DATEDAY, TIMESTAMPMICRO -> 13L;
      case FLOAT4 -> 13f;
      case FLOAT8 -> 13.0;
      case VARCHAR -> "garbage under a NULL row";
      case VARBINARY -> "ff";
      case BIT -> true;
      default -> null;
    };
    setScalar(vector, index, garbage);
  }

  private static void setScalar(FieldVector vector, int index, Object value) {
    if (value == null) {
      vector.setNull(index);
    } else if (vector instanceof BigIntVector v) {
      v.setSafe(index, (Long) value);
    } else if (vector instanceof IntVector v) {
      v.setSafe(index, (int) (long) (Long) value);
    } else if (vector instanceof SmallIntVector v) {
      v.setSafe(index, (short) (long) (Long) value);
    } else if (vector instanceof TinyIntVector v) {
      v.setSafe(index, (byte) (long) (Long) value);
    } else if (vector instanceof Float8Vector v) {
      v.setSafe(index, (Double) value);
    } else if (vector instanceof Float4Vector v) {
      v.setSafe(index, (Float) value);
    } else if (vector instanceof VarCharVector v) {
      v.setSafe(index, ((String) value).getBytes(StandardCharsets.UTF_8));
    } else if (vector instanceof VarBinaryVector v) {
      v.setSafe(index, HexFormat.of().parseHex((String) value));
    } else if (vector instanceof BitVector v) {
      v.setSafe(index, (Boolean) value ? 1 : 0);
    } else if (vector instanceof DecimalVector v) {
      v.setSafe(index, (BigDecimal) value);
    } else if (vector instanceof DateDayVector v) {
      v.setSafe(index, (int) (long) (Long) value);
    } else if (vector instanceof TimeStampMicroVector v) {
      v.setSafe(index, (Long) value);
    } else {
      throw new IllegalArgumentException(vector.getClass().getName());
    }
  }

  /** Slot {@code index} of {@code vector} in canonical form. */
  static Object read(FieldVector vector, int index) {
    if (vector.isNull(index)) {
      return null;
    }
    if (vector instanceof MapVector map) {
      StructVector entries = (StructVector) map.getDataVector();
      FieldVector keys = (FieldVector) entries.getChildByOrdinal(0);
      FieldVector values = (FieldVector) entries.getChildByOrdinal(1);
      List<List<Object>> pairs = new ArrayList<>();
      for (int j = map.getElementStartIndex(index); j < map.getElementEndIndex(index); j++) {
        pairs.add(Arrays.asList(read(keys, j), read(values, j)));
      }
      return new Entries(pairs);
    }
    if (vector instanceof ListVector list) {
      List<Object> items = new ArrayList<>();
      for (int j = list.getElementStartIndex(index); j < list.getElementEndIndex(index); j++) {
        items.add(read(list.getDataVector(), j));
      }
      return items;
    }
    if (vector instanceof StructVector struct) {
      List<Object> fields = new ArrayList<>();
      for (FieldVector child : struct.getChildrenFromFields()) {
        fields.add(read(child, index));
      }
      return new Row(fields);
    }
    if (vector instanceof BigIntVector v) {
      return v.get(index);
    }
    if (vector instanceof IntVector v) {
      return (long) v.get(index);
    }
    if (vector instanceof SmallIntVector v) {
      return (long) v.get(index);
    }
    if (vector instanceof TinyIntVector v) {
      return (long) v.get(index);
    }
    if (vector instanceof Float8Vector v) {
      return v.get(index);
    }
    if (vector instanceof Float4Vector v) {
      return v.get(index);
    }
    if (vector instanceof VarCharVector v) {
      return new String(v.get(index), StandardCharsets.UTF_8);
    }
    if (vector instanceof VarBinaryVector v) {
      return HexFormat.of().formatHex(v.get(index));
    }
    if (vector instanceof BitVector v) {
      return v.get(index) != 0;
    }
    if (vector instanceof DecimalVector v) {
      return v.getObject(index);
    }
    if (vector instanceof DateDayVector v) {
      return (long) v.get(index);
    }
    if (vector instanceof TimeStampMicroVector v) {
      return v.get(index);
    }
    throw new IllegalArgumentException(vector.getClass().getName());
  }

  /** A value DuckDB's JDBC driver returned for a column of type {@code field}, in canonical form. */
  static Object fromDuckDb(Field field, Object value) throws Exception {
    if (value == null) {
      return null;
    }
    ArrowType type = field.getType();
    switch (type.getTypeID()) {
      case Struct -> {
        Object[] attributes = ((java.sql.Struct) value).getAttributes();
        List<Object> fields = new ArrayList<>();
        for (int k = 0; k < field.getChildren().size(); k++) {
          fields.add(fromDuckDb(field.getChildren().get(k), attributes[k]));
        }
        return new Row(fields);
      }
      case List -> {
        Object[] items = (Object[]) ((java.sql.Array) value).getArray();
        List<Object> out = new ArrayList<>();
        for (Object item : items) {
          out.add(fromDuckDb(field.getChildren().get(0), item));
        }
        return out;
      }
      case Map -> {
        Field entries = field.getChildren().get(0);
        List<List<Object>> pairs = new ArrayList<>();
        for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
          pairs.add(Arrays.asList(fromDuckDb(entries.getChildren().get(0), e.getKey()),
              fromDuckDb(entries.getChildren().get(1), e.getValue())));
        }
        return new Entries(pairs);
      }
      case Int -> {
        return ((Number) value).longValue();
      }
      case FloatingPoint -> {
        return ((ArrowType.FloatingPoint) type).getPrecision() == FloatingPointPrecision.SINGLE
            ? (Object) ((Number) value).floatValue() : (Object) ((Number) value).doubleValue();
      }
      case Decimal -> {
        return ((BigDecimal) value).setScale(((ArrowType.Decimal) type).getScale());
      }
      case Date -> {
        return value instanceof LocalDate d ? d.toEpochDay() : ((java.sql.Date) value).toLocalDate().toEpochDay();
      }
      case Timestamp -> {
        LocalDateTime t = value instanceof Timestamp ts ? ts.toLocalDateTime() : (LocalDateTime) value;
        return ChronoUnit.MICROS.between(LocalDateTime.of(1970, 1, 1, 0, 0), t);
      }
      case Binary -> {
        Blob blob = (Blob) value;
        return HexFormat.of().formatHex(blob.getBytes(1, (int) blob.length()));
      }
      default -> {
        return value;
      }
    }
  }
}
