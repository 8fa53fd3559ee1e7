package dev.quiver.engine.exec.aggregate;

import dev.quiver.engine.exec.vector.ValueLayout;
import dev.quiver.engine.memory.MemoryCharge;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.SqlTypeName;

/** Chooses the type-specialised accumulator for an aggregate call, its input type and result type. */
final class AccumulatorFactory {
  private AccumulatorFactory() {}

  /** @param inputType the Arrow type of the argument, or null for COUNT(*) */
  static Accumulator create(AggregateSpec spec, ArrowType inputType, MemoryCharge charge) {
    if (inputType == null) {
      return new CountAccumulator(charge);
    }
    ValueLayout layout = ValueLayout.of(inputType);
    if (layout == null) {
      throw new IllegalArgumentException("no accumulator for " + spec + " over " + inputType);
    }
    int scale = inputType instanceof ArrowType.Decimal ? ((ArrowType.Decimal) inputType).getScale() : 0;
    Accumulator accumulator;
    switch (spec.kind()) {
      case COUNT:
        accumulator = new CountAccumulator(charge);
        break;
      case SUM:
      case SUM0:
        accumulator = sum(spec, layout, scale, charge);
        break;
      case AVG:
        accumulator =
            layout == ValueLayout.DOUBLE
                ? new AvgDoubleAccumulator(charge)
                : new AvgExactAccumulator(scale, charge);
        break;
      case MIN:
      case MAX:
        return minMax(spec.kind() == SqlKind.MAX, layout, scale, charge);
      default:
        throw new IllegalArgumentException("unsupported aggregate " + spec);
    }
    return spec.distinct() ? new DistinctAccumulator(accumulator, layout, charge) : accumulator;
  }

  private static Accumulator sum(AggregateSpec spec, ValueLayout layout, int scale, MemoryCharge charge) {
    boolean zeroWhenEmpty = spec.kind() == SqlKind.SUM0;
    boolean decimalResult = spec.type().getSqlTypeName() == SqlTypeName.DECIMAL;
    switch (layout) {
      case DOUBLE:
        return new SumDoubleAccumulator(zeroWhenEmpty, charge);
      case DECIMAL:
        return new SumExactAccumulator(zeroWhenEmpty, scale, charge);
      default:
        return decimalResult
            ? new SumExactAccumulator(zeroWhenEmpty, 0, charge)
            : new SumLongAccumulator(zeroWhenEmpty, charge);
    }
  }

  /** DISTINCT does not change MIN and MAX, so they never get the distinct wrapper. */
  private static Accumulator minMax(boolean isMax, ValueLayout layout, int scale, MemoryCharge charge) {
    switch (layout) {
      case LONG:
        return new MinMaxLongAccumulator(isMax, charge);
      case DOUBLE:
        return new MinMaxDoubleAccumulator(isMax, charge);
      case DECIMAL:
        return new MinMaxDecimalAccumulator(isMax, scale, charge);
      default:
        return new MinMaxBytesAccumulator(isMax, charge);
    }
  }
}
