package dev.quiver.engine.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.util.DateString;
import org.apache.calcite.util.TimeString;
import org.apache.calcite.util.TimestampString;

/**
 * A literal's value in storage form (the representation Arrow vectors hold; see {@code
 * ColumnarValue.Scalar}), with TIME and TIMESTAMP in microseconds so literals keep every digit.
 */
public final class LiteralStorage {
  private LiteralStorage() {}

  public static Object toStorage(RexLiteral literal, RelDataType type) {
    if (literal.isNull()) {
      return null;
    }
    switch (type.getSqlTypeName()) {
      case BOOLEAN:
        return literal.getValueAs(Boolean.class);
      case TINYINT:
      case SMALLINT:
      case INTEGER:
      case BIGINT:
        return literal.getValueAs(Long.class);
      case REAL:
      case FLOAT:
      case DOUBLE:
        return literal.getValueAs(Double.class);
      case DECIMAL:
        return literal.getValueAs(BigDecimal.class).setScale(type.getScale(), RoundingMode.HALF_UP);
      case CHAR:
      case VARCHAR:
        return literal.getValueAs(String.class);
      case BINARY:
      case VARBINARY:
        return literal.getValueAs(byte[].class);
      case DATE:
        return literal.getValueAs(DateString.class).getDaysSinceEpoch();
      case TIME:
        {
          LocalTime time = LocalTime.parse(literal.getValueAs(TimeString.class).toString());
          return time.toNanoOfDay() / 1000L;
        }
      case TIMESTAMP:
        {
          LocalDateTime timestamp =
              LocalDateTime.parse(
                  literal.getValueAs(TimestampString.class).toString().replace(' ', 'T'));
          return ChronoUnit.MICROS.between(
              LocalDateTime.ofEpochSecond(0, 0, ZoneOffset.UTC), timestamp);
        }
      default:
        return literal.getValue3();
    }
  }
}
