package dev.quiver.engine.expr;

import org.apache.arrow.vector.FieldVector;
import org.apache.calcite.rel.type.RelDataType;

/**
 * The result of evaluating an expression over a batch: a vector with one slot per physical row,
 * or one constant for all rows (literals and parameters stay scalar so kernels can specialise on
 * "column op constant").
 */
public sealed interface ColumnarValue permits ColumnarValue.Vector, ColumnarValue.Scalar {

  /** A vector aligned with the batch's physical positions. Owned by the producing expression. */
  record Vector(FieldVector vector) implements ColumnarValue {}

  /**
   * A constant in its storage form, the same representation the Arrow vector of {@code type}
   * holds: BOOLEAN Boolean; TINYINT..BIGINT Long; REAL/DOUBLE Double; DECIMAL BigDecimal (with
   * the type's scale); CHAR/VARCHAR String; BINARY byte[]; DATE Integer (days since 1970-01-01);
   * TIME and TIMESTAMP Long (microseconds); null for SQL NULL.
   */
  record Scalar(RelDataType type, Object value) implements ColumnarValue {}
}
