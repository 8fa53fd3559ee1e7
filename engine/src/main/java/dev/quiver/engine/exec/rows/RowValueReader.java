package dev.quiver.engine.exec.rows;

import java.nio.charset.StandardCharsets;
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
import org.apache.calcite.avatica.util.ByteString;

/**
 * Reads one value of an Arrow vector as the Java object Calcite's Enumerable code expects for
 * that SQL type (its "storage" form): Integer days for DATE, Long milliseconds for TIMESTAMP,
 * Integer milliseconds for TIME, ByteString for VARBINARY, boxed primitives otherwise.
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
    } else {
      return position -> null;
    }
  }
}
