package dev.quiver.engine.exec.rows;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * Reads one value of an Arrow vector as the Java object Calcite's Enumerable code expects for
 * that SQL type (its "storage" form): Integer days for DATE, Long milliseconds for TIMESTAMP,
 * Integer milliseconds for TIME, ByteString for VARBINARY, Object[] for ROW, List for ARRAY, Map
 * for MAP, boxed primitives otherwise.
 *
 * <p>This is the row side of the bridge to Calcite's fallback engine; vectorized operators never
 * use it. Sub-millisecond digits of TIME and TIMESTAMP are lost here, which is why only the
 * fallback path is limited to milliseconds.
 */
@FunctionalInterface
public interface RowValueReader {
  Object read(int position);

  /** A reader specialised for the vector's class, chosen once per column. */
  static RowValueReader of(FieldVector vector) {
    if (vector instanceof BitVector v) {
      return position -> v.isNull(position) ? null : v.get(position) != 0;
    } else if (vector instanceof TinyIntVector v) {
      return position -> v.isNull(position) ? null : v.get(position);
    } else if (vector instanceof SmallIntVector v) {
      return position -> v.isNull(position) ? null : v.get(position);
    } else if (vector instanceof IntVector v) {
      return position -> v.isNull(position) ? null : v.get(position);
    } else if (vector instanceof BigIntVector v) {
      return position -> v.isNull(position) ? null : v.get(position);
    } else if (vector instanceof Float4Vector v) {
      return position -> v.isNull(position) ? null : v.get(position);
    } else if (vector instanceof Float8Vector v) {
      return position -> v.isNull(position) ? null : v.get(position);
    } else if (vector instanceof DecimalVector v) {
      return position -> v.isNull(position) ? null : v.getObject(position);
    } else if (vector instanceof VarCharVector v) {
      return position ->
          v.isNull(position) ? null : new String(v.get(position), StandardCharsets.UTF_8);
    } else if (vector instanceof VarBinaryVector v) {
      return position -> v.isNull(position) ? null : new ByteString(v.get(position));
    } else if (vector instanceof DateDayVector v) {
      return position -> v.isNull(position) ? null : v.get(position);
    } else if (vector instanceof TimeMicroVector v) {
      return position -> v.isNull(position) ? null : (int) Math.floorDiv(v.get(position), 1000L);
    } else if (vector instanceof TimeStampMicroVector v) {
      return position -> v.isNull(position) ? null : Math.floorDiv(v.get(position), 1000L);
    } else if (vector instanceof MapVector v) {
      StructVector entries = (StructVector) v.getDataVector();
      RowValueReader keys = of((FieldVector) entries.getChildByOrdinal(0));
      RowValueReader values = of((FieldVector) entries.getChildByOrdinal(1));
      return position -> {
        if (v.isNull(position)) {
          return null;
        }
        Map<Object, Object> map = new LinkedHashMap<>();
        for (int i = v.getElementStartIndex(position); i < v.getElementEndIndex(position); i++) {
          map.put(keys.read(i), values.read(i));
        }
        return map;
      };
    } else if (vector instanceof ListVector v) {
      RowValueReader elements = of(v.getDataVector());
      return position -> {
        if (v.isNull(position)) {
          return null;
        }
        List<Object> list = new ArrayList<>();
        for (int i = v.getElementStartIndex(position); i < v.getElementEndIndex(position); i++) {
          list.add(elements.read(i));
        }
        return list;
      };
    } else if (vector instanceof StructVector v) {
      List<FieldVector> children = v.getChildrenFromFields();
      RowValueReader[] fields = new RowValueReader[children.size()];
      for (int i = 0; i < fields.length; i++) {
        fields[i] = of(children.get(i));
      }
      return position -> {
        if (v.isNull(position)) {
          return null;
        }
        Object[] row = new Object[fields.length];
        for (int i = 0; i < fields.length; i++) {
          row[i] = fields[i].read(position);
        }
        return row;
      };
    } else {
      return position -> null;
    }
  }
}
