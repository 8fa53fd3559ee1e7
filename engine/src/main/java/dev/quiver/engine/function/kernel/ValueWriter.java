package dev.quiver.engine.function.kernel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.vector.BaseVariableWidthVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.calcite.rel.type.RelDataType;

/**
 * Row writes into an output vector prepared for the batch (allocated for its row count), in the
 * storage form of the vector's SQL type. Validity bits are set by each write; rows never written
 * stay null.
 */
public final class ValueWriter {
  private final StorageKind kind;
  private final int scale;
  private final FieldVector vector;
  private final ArrowBuf validity;
  private final ArrowBuf values;

  public ValueWriter(FieldVector vector, RelDataType type) {
    this.kind = StorageKind.of(type);
    this.scale = Math.max(0, type.getScale());
    this.vector = vector;
    this.validity = vector.getValidityBuffer();
    this.values = vector instanceof BaseVariableWidthVector ? null : vector.getDataBuffer();
  }

  public StorageKind kind() {
    return kind;
  }

  public int scale() {
    return scale;
  }

  public void setNull(int row) {
    Validity.clearBit(validity, row);
  }

  public void setBoolean(int row, boolean value) {
    ((BitVector) vector).set(row, value ? 1 : 0);
  }

  /** Integer kinds, DATE, TIME and TIMESTAMP; the caller has checked the range. */
  public void setLong(int row, long value) {
    switch (kind) {
      case INT8:
        values.setByte(row, (byte) value);
        break;
      case INT16:
        values.setShort((long) row * Short.BYTES, (short) value);
        break;
      case INT32:
      case DATE:
        values.setInt((long) row * Integer.BYTES, (int) value);
        break;
      case INT64:
      case TIME:
      case TIMESTAMP:
        values.setLong((long) row * Long.BYTES, value);
        break;
      default:
        throw new IllegalStateException("not an integer: " + kind);
    }
    Validity.setBit(validity, row);
  }

  public void setDouble(int row, double value) {
    if (kind == StorageKind.FLOAT32) {
      values.setFloat((long) row * Float.BYTES, (float) value);
    } else {
      values.setDouble((long) row * Double.BYTES, value);
    }
    Validity.setBit(validity, row);
  }

  /** Stores a decimal, rounding half away from zero to the vector's scale. */
  public void setDecimal(int row, BigDecimal value) {
    BigDecimal scaled = value.setScale(scale, RoundingMode.HALF_UP);
    DecimalValues.setUnscaled(values, row, scaled.unscaledValue());
    Validity.setBit(validity, row);
  }

  /** Stores an unscaled decimal already at the vector's scale. */
  public void setUnscaledLong(int row, long unscaled) {
    DecimalValues.setUnscaledLong(values, row, unscaled);
    Validity.setBit(validity, row);
  }

  public void setString(int row, String value) {
    setBytes(row, value.getBytes(StandardCharsets.UTF_8));
  }

  public void setBytes(int row, byte[] value) {
    ((BaseVariableWidthVector) vector).setSafe(row, value, 0, value.length);
  }

  /** Stores a value given in storage form (see {@code ColumnarValue.Scalar}); null stores NULL. */
  public void setObject(int row, Object value) {
    if (value == null) {
      setNull(row);
      return;
    }
    switch (kind) {
      case BOOLEAN:
        setBoolean(row, (Boolean) value);
        break;
      case FLOAT32:
      case FLOAT64:
        setDouble(row, ((Number) value).doubleValue());
        break;
      case DECIMAL:
        setDecimal(row, (BigDecimal) value);
        break;
      case UTF8:
        setString(row, (String) value);
        break;
      case BINARY:
        setBytes(row, (byte[]) value);
        break;
      case NULL:
        break;
      default:
        setLong(row, ((Number) value).longValue());
    }
  }
}
