package dev.quiver.engine.exec.rows;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.DecimalVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float4Vector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.NullVector;
import org.apache.arrow.vector.SmallIntVector;
import org.apache.arrow.vector.TimeMicroVector;
import org.apache.arrow.vector.TimeStampMicroVector;
import org.apache.arrow.vector.TinyIntVector;
import org.apache.arrow.vector.VarBinaryVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.complex.ListVector;
import org.apache.arrow.vector.complex.MapVector;
import org.apache.arrow.vector.complex.StructVector;
import org.apache.calcite.avatica.util.ByteString;

/**
 * Writes a Java value into an Arrow vector: the row-to-batch side of the bridge from Calcite's
 * fallback engine (values in Enumerable form, see {@link RowValueReader}), and the writer of
 * literal rows (values in storage form, see {@code ColumnarValue.Scalar}). The two forms differ
 * only in the unit of TIME and TIMESTAMP: milliseconds for Enumerable, microseconds for storage.
 */
@FunctionalInterface
public interface RowValueWriter {
  void write(int position, Object value);

  /** A writer of Enumerable-form values, specialised for the vector's class. */
  static RowValueWriter of(FieldVector vector) {
    return of(vector, 1000L);
  }

  /** A writer of storage-form values (TIME and TIMESTAMP in microseconds). */
  static RowValueWriter ofStorage(FieldVector vector) {
    return of(vector, 1L);
  }

  /**
   * @param toMicros the factor that turns an incoming TIME or TIMESTAMP value into microseconds
   */
  private static RowValueWriter of(FieldVector vector, long toMicros) {
    if (vector instanceof BitVector v) {
      return (position, value) -> {
        if (value == null) {
          v.setNull(position);
        } else {
          v.setSafe(position, ((Boolean) value) ? 1 : 0);
        }
      };
    } else if (vector instanceof TinyIntVector v) {
      return (position, value) -> {
        if (value == null) {
          v.setNull(position);
        } else {
          v.setSafe(position, ((Number) value).byteValue());
        }
      };
    } else if (vector instanceof SmallIntVector v) {
      return (position, value) -> {
        if (value == null) {
          v.setNull(position);
        } else {
          v.setSafe(position, ((Number) value).shortValue());
        }
      };
    } else if (vector instanceof IntVector v) {
      return (position, value) -> {
        if (value == null) {
          v.setNull(position);
        } else {
          v.setSafe(position, ((Number) value).intValue());
        }
      };
    } else if (vector instanceof BigIntVector v) {
      return (position, value) -> {
        if (value == null) {
          v.setNull(position);
        } else {
          v.setSafe(position, ((Number) value).longValue());
        }
      };
    } else if (vector instanceof Float4Vector v) {
      return (position, value) -> {
        if (value == null) {
          v.setNull(position);
        } else {
          v.setSafe(position, ((Number) value).floatValue());
        }
      };
    } else if (vector instanceof Float8Vector v) {
      return (position, value) -> {
        if (value == null) {
          v.setNull(position);
        } else {
          v.setSafe(position, ((Number) value).doubleValue());
        }
      };
    } else if (vector instanceof DecimalVector v) {
      int scale = v.getScale();
      return (position, value) -> {
        if (value == null) {
          v.setNull(position);
        } else {
          BigDecimal decimal =
              value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
          v.setSafe(position, decimal.setScale(scale, RoundingMode.HALF_UP));
        }
      };
    } else if (vector instanceof VarCharVector v) {
      return (position, value) -> {
        if (value == null) {
          v.setNull(position);
        } else {
          v.setSafe(position, value.toString().getBytes(StandardCharsets.UTF_8));
        }
      };
    } else if (vector instanceof VarBinaryVector v) {
      return (position, value) -> {
        if (value == null) {
          v.setNull(position);
        } else {
          v.setSafe(
              position, value instanceof ByteString b ? b.getBytes() : (byte[]) value);
        }
      };
    } else if (vector instanceof DateDayVector v) {
      return (position, value) -> {
        if (value == null) {
          v.setNull(position);
        } else {
          v.setSafe(position, ((Number) value).intValue());
        }
      };
    } else if (vector instanceof TimeMicroVector v) {
      return (position, value) -> {
        if (value == null) {
          v.setNull(position);
        } else {
          v.setSafe(position, ((Number) value).longValue() * toMicros);
        }
      };
    } else if (vector instanceof TimeStampMicroVector v) {
      return (position, value) -> {
        if (value == null) {
          v.setNull(position);
        } else {
          v.setSafe(position, ((Number) value).longValue() * toMicros);
        }
      };
    } else if (vector instanceof NullVector) {
      return (position, value) -> {};
    } else if (vector instanceof MapVector v) {
      StructVector entries = (StructVector) v.getDataVector();
      RowValueWriter keys = of((FieldVector) entries.getChildByOrdinal(0), toMicros);
      RowValueWriter values = of((FieldVector) entries.getChildByOrdinal(1), toMicros);
      return (position, value) -> {
        if (value == null) {
          v.setNull(position);
          return;
        }
        int index = v.startNewValue(position);
        for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
          entries.setIndexDefined(index);
          keys.write(index, entry.getKey());
          values.write(index, entry.getValue());
          index++;
        }
        v.endValue(position, ((Map<?, ?>) value).size());
      };
    } else if (vector instanceof ListVector v) {
      RowValueWriter elements = of(v.getDataVector(), toMicros);
      return (position, value) -> {
        if (value == null) {
          v.setNull(position);
          return;
        }
        List<?> list = value instanceof List<?> l ? l : Arrays.asList((Object[]) value);
        int index = v.startNewValue(position);
        for (Object element : list) {
          elements.write(index++, element);
        }
        v.endValue(position, list.size());
      };
    } else if (vector instanceof StructVector v) {
      List<FieldVector> children = v.getChildrenFromFields();
      RowValueWriter[] fields = new RowValueWriter[children.size()];
      for (int i = 0; i < fields.length; i++) {
        fields[i] = of(children.get(i), toMicros);
      }
      return (position, value) -> {
        if (value == null) {
          v.setNull(position);
          return;
        }
        Object[] row = value instanceof List<?> l ? l.toArray() : (Object[]) value;
        v.setIndexDefined(position);
        for (int i = 0; i < fields.length; i++) {
          fields[i].write(position, row[i]);
        }
      };
    }
    throw new IllegalArgumentException("No row writer for " + vector.getField());
  }
}
