package dev.quiver.engine.function.kernel;

/** The fields EXTRACT reads and the units FLOOR/CEIL round DATE and TIMESTAMP values to. */
public enum DateUnit {
  YEAR,
  QUARTER,
  MONTH,
  WEEK,
  DAY,
  DOW,
  DOY,
  HOUR,
  MINUTE,
  SECOND,
  EPOCH;

  /** The unit named by Calcite's {@code TimeUnitRange} name, or null when unsupported. */
  public static DateUnit fromCalcite(String name) {
    try {
      return valueOf(name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Whether FLOOR/CEIL can round to this unit. */
  public boolean isRoundingUnit() {
    return this != DOW && this != DOY && this != EPOCH;
  }
}
