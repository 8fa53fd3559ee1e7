package dev.quiver.engine.function.kernel;

import dev.quiver.engine.exec.Batch;
import java.time.LocalDate;
import java.time.temporal.IsoFields;

/**
 * EXTRACT and FLOOR/CEIL over DATE (days since epoch) and TIMESTAMP (microseconds since epoch)
 * values, matching Calcite: DOW counts Sunday as 1, WEEK is the ISO week, EPOCH is seconds since
 * 1970-01-01 00:00:00, SECOND is the whole seconds, FLOOR to WEEK goes back to Sunday.
 */
public final class DateKernels {
  private static final long MICROS_PER_MINUTE = 60 * DateTimeText.MICROS_PER_SECOND;
  private static final long MICROS_PER_HOUR = 60 * MICROS_PER_MINUTE;
  private static final int DAYS_PER_WEEK = 7;
  private static final int MONTHS_PER_QUARTER = 3;

  private DateKernels() {}

  /** EXTRACT(unit FROM arg); {@code isDate} tells whether arg holds days or microseconds. */
  public static void extract(
      ValueReader[] args, ValueWriter out, Batch batch, DateUnit unit, boolean isDate) {
    for (int k = 0; k < batch.selectedCount(); k++) {
      int row = batch.position(k);
      if (RowArguments.anyNull(args, row)) {
        continue;
      }
      long raw = args[0].getLong(row);
      long micros = isDate ? raw * DateTimeText.MICROS_PER_DAY : raw;
      out.setLong(row, extract(unit, micros));
    }
  }

  /** One field of a timestamp given in microseconds. */
  public static long extract(DateUnit unit, long micros) {
    long days = Math.floorDiv(micros, DateTimeText.MICROS_PER_DAY);
    long timeOfDay = Math.floorMod(micros, DateTimeText.MICROS_PER_DAY);
    switch (unit) {
      case HOUR:
        return timeOfDay / MICROS_PER_HOUR;
      case MINUTE:
        return timeOfDay / MICROS_PER_MINUTE % 60;
      case SECOND:
        return timeOfDay / DateTimeText.MICROS_PER_SECOND % 60;
      case EPOCH:
        return Math.floorDiv(micros, DateTimeText.MICROS_PER_SECOND);
      case DOW:
        // 1970-01-01 was a Thursday (5 when Sunday is 1).
        return Math.floorMod(days + 4, DAYS_PER_WEEK) + 1;
      default:
        break;
    }
    LocalDate date = LocalDate.ofEpochDay(days);
    switch (unit) {
      case YEAR:
        return date.getYear();
      case QUARTER:
        return (date.getMonthValue() - 1) / MONTHS_PER_QUARTER + 1;
      case MONTH:
        return date.getMonthValue();
      case WEEK:
        return date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
      case DAY:
        return date.getDayOfMonth();
      case DOY:
        return date.getDayOfYear();
      default:
        throw new IllegalArgumentException(unit.name());
    }
  }

  /** FLOOR or CEIL of a DATE or TIMESTAMP to {@code unit}; the result has the argument's type. */
  public static void round(
      ValueReader[] args,
      ValueWriter out,
      Batch batch,
      DateUnit unit,
      boolean isDate,
      boolean ceiling) {
    for (int k = 0; k < batch.selectedCount(); k++) {
      int row = batch.position(k);
      if (RowArguments.anyNull(args, row)) {
        continue;
      }
      long raw = args[0].getLong(row);
      long micros = isDate ? raw * DateTimeText.MICROS_PER_DAY : raw;
      long result = floor(unit, micros);
      if (ceiling && result != micros) {
        result = next(unit, result);
      }
      out.setLong(row, isDate ? Math.floorDiv(result, DateTimeText.MICROS_PER_DAY) : result);
    }
  }

  /** The start of the unit containing {@code micros}. */
  public static long floor(DateUnit unit, long micros) {
    switch (unit) {
      case SECOND:
        return micros - Math.floorMod(micros, DateTimeText.MICROS_PER_SECOND);
      case MINUTE:
        return micros - Math.floorMod(micros, MICROS_PER_MINUTE);
      case HOUR:
        return micros - Math.floorMod(micros, MICROS_PER_HOUR);
      case DAY:
        return micros - Math.floorMod(micros, DateTimeText.MICROS_PER_DAY);
      default:
        break;
    }
    long days = Math.floorDiv(micros, DateTimeText.MICROS_PER_DAY);
    LocalDate date = LocalDate.ofEpochDay(days);
    LocalDate start;
    switch (unit) {
      case WEEK:
        start = date.minusDays(Math.floorMod(days + 4, DAYS_PER_WEEK));
        break;
      case MONTH:
        start = date.withDayOfMonth(1);
        break;
      case QUARTER:
        start =
            LocalDate.of(date.getYear(), (date.getMonthValue() - 1) / 3 * 3 + 1, 1);
        break;
      case YEAR:
        start = LocalDate.of(date.getYear(), 1, 1);
        break;
      default:
        throw new IllegalArgumentException(unit.name());
    }
    return start.toEpochDay() * DateTimeText.MICROS_PER_DAY;
  }

  /** The start of the unit after the one starting at {@code start}. */
  private static long next(DateUnit unit, long start) {
    switch (unit) {
      case SECOND:
        return start + DateTimeText.MICROS_PER_SECOND;
      case MINUTE:
        return start + MICROS_PER_MINUTE;
      case HOUR:
        return start + MICROS_PER_HOUR;
      case DAY:
        return start + DateTimeText.MICROS_PER_DAY;
      case WEEK:
        return start + DAYS_PER_WEEK * DateTimeText.MICROS_PER_DAY;
      default:
        break;
    }
    LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(start, DateTimeText.MICROS_PER_DAY));
    LocalDate following =
        unit == DateUnit.MONTH
            ? date.plusMonths(1)
            : unit == DateUnit.QUARTER ? date.plusMonths(MONTHS_PER_QUARTER) : date.plusYears(1);
    return following.toEpochDay() * DateTimeText.MICROS_PER_DAY;
  }

  /**
   * DATE or TIMESTAMP plus an interval: {@code months} calendar months (clamping the day to the
   * month's end, as Calcite does) and {@code micros} microseconds.
   */
  public static void addInterval(
      ValueReader[] args,
      ValueWriter out,
      Batch batch,
      boolean isDate,
      long months,
      long micros) {
    for (int k = 0; k < batch.selectedCount(); k++) {
      int row = batch.position(k);
      if (RowArguments.anyNull(args, row)) {
        continue;
      }
      long raw = args[0].getLong(row);
      long value = isDate ? raw * DateTimeText.MICROS_PER_DAY : raw;
      if (months != 0) {
        long days = Math.floorDiv(value, DateTimeText.MICROS_PER_DAY);
        long timeOfDay = Math.floorMod(value, DateTimeText.MICROS_PER_DAY);
        long shifted = LocalDate.ofEpochDay(days).plusMonths(months).toEpochDay();
        value = shifted * DateTimeText.MICROS_PER_DAY + timeOfDay;
      }
      value += micros;
      out.setLong(row, isDate ? Math.floorDiv(value, DateTimeText.MICROS_PER_DAY) : value);
    }
  }
}
