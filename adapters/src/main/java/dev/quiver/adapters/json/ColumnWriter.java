package dev.quiver.adapters.json;

import java.io.IOException;
import org.apache.arrow.vector.BaseFixedWidthVector;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.DecimalVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.TimeStampMicroVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.complex.ListVector;
import org.apache.arrow.vector.complex.StructVector;

/**
 * Writes the JSON value at the tokenizer's position straight into one Arrow vector, at a given
 * index; one subclass per vector type. A value the inferred type cannot hold is an error (see
 * {@link LateDataErrors}).
 */
abstract class ColumnWriter {
  /** The column's dotted path, e.g. {@code user.address.city}, for messages. */
  final String path;

  final LateDataErrors errors;

  ColumnWriter(String path, LateDataErrors errors) {
    this.path = path;
    this.errors = errors;
  }

  /** Reads one value (null included) and writes it at {@code index}. */
  abstract void write(JsonTokenizer t, int index, int depth) throws IOException;

  /** Marks {@code index} NULL (a missing key or a JSON null). */
  abstract void writeNull(int index);

  /** The SQL-like name of the type, for messages. */
  abstract String typeName();

  /** The error for a value at {@code t.pos} this column cannot hold; skips it to show it. */
  final IOException mismatch(JsonTokenizer t, int depth) throws IOException {
    int start = t.pos;
    t.skipValue(depth);
    return errors.cannotRead(t, start, t.pos, path, typeName());
  }

  /** The writer for {@code vector}, and for its children. */
  static ColumnWriter forVector(FieldVector vector, String path, LateDataErrors errors) {
    if (vector instanceof BitVector) {
      return new BooleanWriter(path, errors, (BitVector) vector);
    }
    if (vector instanceof IntVector || vector instanceof BigIntVector) {
      return new IntegerWriter(path, errors, (BaseFixedWidthVector) vector);
    }
    if (vector instanceof Float8Vector) {
      return new DoubleWriter(path, errors, (Float8Vector) vector);
    }
    if (vector instanceof DecimalVector) {
      return new DecimalWriter(path, errors, (DecimalVector) vector);
    }
    if (vector instanceof DateDayVector) {
      return new DateWriter(path, errors, (DateDayVector) vector);
    }
    if (vector instanceof TimeStampMicroVector) {
      return new TimestampWriter(path, errors, (TimeStampMicroVector) vector);
    }
    if (vector instanceof VarCharVector) {
      return new TextWriter(path, errors, (VarCharVector) vector);
    }
    if (vector instanceof StructVector) {
      return new StructWriter(path, errors, (StructVector) vector);
    }
    if (vector instanceof ListVector) {
      return new ListWriter(path, errors, (ListVector) vector);
    }
    throw new IllegalArgumentException(
        "column " + path + ": the JSON reader cannot write " + vector.getField().getType());
  }

  static boolean startsNumber(int c) {
    return c == '-' || (c >= '0' && c <= '9');
  }
}
