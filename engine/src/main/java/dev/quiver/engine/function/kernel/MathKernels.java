package dev.quiver.engine.function.kernel;

import dev.quiver.engine.error.ErrorCode;
import dev.quiver.engine.error.QuiverException;
import dev.quiver.engine.exec.Batch;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.DoubleUnaryOperator;

/**
 * Numeric functions: ABS, ROUND (half away from zero, as Calcite), FLOOR, CEIL, and the DOUBLE
 * functions POWER, SQRT, LN, EXP (Java's {@code Math}, so out-of-domain arguments give NaN).
 */
public final class MathKernels {
  private MathKernels() {}

  public static void abs(ValueReader[] args, ValueWriter out, Batch batch) {
    StorageKind kind = out.kind();
    for (int k = 0; k < batch.selectedCount(); k++) {
      int row = batch.position(k);
      if (RowArguments.anyNull(args, row)) {
        continue;
      }
      if (kind.isFloating()) {
        out.setDouble(row, Math.abs(args[0].getDouble(row)));
      } else if (kind == StorageKind.DECIMAL) {
        out.setDecimal(row, args[0].getDecimal(row).abs());
      } else {
        long value = args[0].getLong(row);
        if (value == Long.MIN_VALUE
            || (kind == StorageKind.INT32 && value == Integer.MIN_VALUE)
            || (kind == StorageKind.INT16 && value == Short.MIN_VALUE)
            || (kind == StorageKind.INT8 && value == Byte.MIN_VALUE)) {
          throw new QuiverException(ErrorCode.USER_ERROR, "ABS overflow for value " + value);
        }
        out.setLong(row, Math.abs(value));
      }
    }
  }

  /** ROUND(x [, digits]) half away from zero; negative digits round to tens, hundreds... */
  public static void round(ValueReader[] args, ValueWriter out, Batch batch) {
    StorageKind kind = out.kind();
    for (int k = 0; k < batch.selectedCount(); k++) {
      int row = batch.position(k);
      if (RowArguments.anyNull(args, row)) {
        continue;
      }
      int digits = args.length > 1 ? (int) args[1].getLong(row) : 0;
      if (kind.isFloating()) {
        double value = args[0].getDouble(row);
        if (Double.isNaN(value) || Double.isInfinite(value)) {
          out.setDouble(row, value);
        } else {
          out.setDouble(
              row, BigDecimal.valueOf(value).setScale(digits, RoundingMode.HALF_UP).doubleValue());
        }
      } else {
        BigDecimal rounded = args[0].getDecimal(row).setScale(digits, RoundingMode.HALF_UP);
        if (kind == StorageKind.DECIMAL) {
          out.setDecimal(row, rounded);
        } else {
          out.setLong(row, rounded.longValueExact());
        }
      }
    }
  }

  /** FLOOR (ceiling false) or CEIL of a number; integers pass through. */
  public static void floorOrCeil(ValueReader[] args, ValueWriter out, Batch batch, boolean ceiling) {
    StorageKind kind = out.kind();
    RoundingMode mode = ceiling ? RoundingMode.CEILING : RoundingMode.FLOOR;
    for (int k = 0; k < batch.selectedCount(); k++) {
      int row = batch.position(k);
      if (RowArguments.anyNull(args, row)) {
        continue;
      }
      if (kind.isFloating()) {
        double value = args[0].getDouble(row);
        out.setDouble(row, ceiling ? Math.ceil(value) : Math.floor(value));
      } else if (kind == StorageKind.DECIMAL) {
        out.setDecimal(row, args[0].getDecimal(row).setScale(0, mode));
      } else {
        out.setLong(row, args[0].getLong(row));
      }
    }
  }

  /** A DOUBLE function of one argument. */
  public static void unaryDouble(
      ValueReader[] args, ValueWriter out, Batch batch, DoubleUnaryOperator function) {
    for (int k = 0; k < batch.selectedCount(); k++) {
      int row = batch.position(k);
      if (!RowArguments.anyNull(args, row)) {
        out.setDouble(row, function.applyAsDouble(args[0].getDouble(row)));
      }
    }
  }

  public static void power(ValueReader[] args, ValueWriter out, Batch batch) {
    for (int k = 0; k < batch.selectedCount(); k++) {
      int row = batch.position(k);
      if (!RowArguments.anyNull(args, row)) {
        out.setDouble(row, Math.pow(args[0].getDouble(row), args[1].getDouble(row)));
      }
    }
  }
}
