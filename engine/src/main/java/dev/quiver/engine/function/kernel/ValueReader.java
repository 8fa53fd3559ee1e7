package dev.quiver.engine.function.kernel;

import dev.quiver.engine.expr.ColumnarValue;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VarBinaryVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.calcite.rel.type.RelDataType;

/**
 * Row access to one argument of a kernel, whether it is a vector or a constant, in the storage
 * form of its SQL type. A final class with a switch on the storage kind: the generic (non-hot)
 * kernels use it so each of them is written once for every input shape.
 */
public final class ValueReader {
  private final StorageKind kind;
  private final int scale;
  private final FieldVector vector;
  private final ArrowBuf validity;
  private final ArrowBuf values;
  private final boolean hasNulls;
  private final Object constant;

  private ValueReader(StorageKind kind, int scale, FieldVector vector, Object constant) {
    this.kind = kind;
    this.scale = scale;
    this.vector = vector;
    this.constant = constant;
    if (vector != null) {
      this.validity = vector.getValidityBuffer();
      this.values = kind == StorageKind.NULL ? null : vector.getDataBuffer();
      this.hasNulls = kind == StorageKind.NULL || Validity.hasNulls(vector);
    } else {
      this.validity = null;
      this.values = null;
      this.hasNulls = constant == null;
    }
  }

  /** A reader over {@code value}, whose SQL type is {@code type}. */
  public static ValueReader of(ColumnarValue value, RelDataType type) {
    StorageKind kind = StorageKind.of(type);
    int scale = Math.max(0, type.getScale());
    if (value instanceof ColumnarValue.Vector vector) {
      return new ValueReader(kind, scale, vector.vector(), null);
    }
    return new ValueReader(kind, scale, null, ((ColumnarValue.Scalar) value).value());
  }

  public StorageKind kind() {
    return kind;
  }

  public int scale() {
    return scale;
  }

  public boolean isConstant() {
    return vector == null;
  }

  /** False when no row is null, so callers can skip per-row checks. */
  public boolean hasNulls() {
    return hasNulls;
  }

  public boolean isNull(int row) {
    if (vector == null) {
      return constant == null;
    }
    return kind == StorageKind.NULL || Validity.bit(validity, row) == 0;
  }

  /** BOOLEAN value. */
  public boolean getBoolean(int row) {
    if (vector == null) {
      return (Boolean) constant;
    }
    return ((BitVector) vector).get(row) != 0;
  }

  /** Integer kinds, DATE (days), TIME and TIMESTAMP (microseconds). */
  public long getLong(int row) {
    if (vector == null) {
      return ((Number) constant).longValue();
    }
    switch (kind) {
      case INT8:
        return values.getByte(row);
      case INT16:
        return values.getShort((long) row * Short.BYTES);
      case INT32:
      case DATE:
        return values.getInt((long) row * Integer.BYTES);
      case INT64:
      case TIME:
      case TIMESTAMP:
        return values.getLong((long) row * Long.BYTES);
      default:
        throw new IllegalStateException("not an integer: " + kind);
    }
  }

  /** Any numeric kind as a double. */
  public double getDouble(int row) {
    if (vector == null) {
      return ((Number) constant).doubleValue();
    }
    switch (kind) {
      case FLOAT32:
        return values.getFloat((long) row * Float.BYTES);
      case FLOAT64:
        return values.getDouble((long) row * Double.BYTES);
      case DECIMAL:
        return getDecimal(row).doubleValue();
      default:
        return getLong(row);
    }
  }

  /** Any exact numeric kind as a BigDecimal (integers with scale 0). */
  public BigDecimal getDecimal(int row) {
    if (vector == null) {
      return constant instanceof BigDecimal d ? d : BigDecimal.valueOf(((Number) constant).longValue());
    }
    if (kind == StorageKind.DECIMAL) {
      return DecimalValues.get(values, row, scale);
    }
    return BigDecimal.valueOf(getLong(row));
  }

  /** CHAR/VARCHAR value. */
  public String getString(int row) {
    if (vector == null) {
      return (String) constant;
    }
    return new String(((VarCharVector) vector).get(row), StandardCharsets.UTF_8);
  }

  /** BINARY/VARBINARY value, or a string's UTF-8 bytes. */
  public byte[] getBytes(int row) {
    if (vector == null) {
      return constant instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : (byte[]) constant;
    }
    if (vector instanceof VarCharVector strings) {
      return strings.get(row);
    }
    return ((VarBinaryVector) vector).get(row);
  }

  /** The value in its storage form (see {@link ColumnarValue.Scalar}), or null. */
  public Object getObject(int row) {
    if (isNull(row)) {
      return null;
    }
    switch (kind) {
      case BOOLEAN:
        return getBoolean(row);
      case INT8:
      case INT16:
      case INT32:
      case INT64:
      case TIME:
      case TIMESTAMP:
        return getLong(row);
      case DATE:
        return (int) getLong(row);
      case FLOAT32:
      case FLOAT64:
        return getDouble(row);
      case DECIMAL:
        return getDecimal(row);
      case UTF8:
        return getString(row);
      case BINARY:
        return getBytes(row);
      default:
        return null;
    }
  }
}
