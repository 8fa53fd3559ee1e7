package dev.quiver.engine.exec.aggregate;

import dev.quiver.engine.exec.Batch;
import dev.quiver.engine.exec.vector.ColumnValues;
import dev.quiver.engine.exec.vector.ValueLayout;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * What accumulators read from one batch for one (argument, FILTER column) pair: the rows the
 * filter lets through, their group ids, and the argument's values at those rows. Prepared once per
 * batch and shared by every aggregate with the same pair (e.g. SUM(x) and AVG(x)).
 */
final class AggregateInput {
  private final int arg;
  private final int filterArg;
  private final ColumnValues values;
  private final ColumnValues filterValues;
  private int[] filteredPositions = new int[0];
  private int[] filteredGroupIds = new int[0];
  private int[] groupIds;
  private int[] livePositions;
  private int count;

  /**
   * @param arg the argument column, or -1 (COUNT(*))
   * @param filterArg the BOOLEAN filter column, or -1
   */
  AggregateInput(Schema inputSchema, int arg, int filterArg) {
    this.arg = arg;
    this.filterArg = filterArg;
    this.values = arg < 0 ? null : new ColumnValues(ValueLayout.of(inputSchema.getFields().get(arg).getType()));
    this.filterValues = filterArg < 0 ? null : new ColumnValues(ValueLayout.LONG);
  }

  boolean matches(int otherArg, int otherFilterArg) {
    return arg == otherArg && filterArg == otherFilterArg;
  }

  /** The argument column, or -1 (COUNT(*)). */
  int arg() {
    return arg;
  }

  /**
   * Takes the rows {@code positions[0..count)} of {@code batch} with their group ids, and the
   * argument's values unless {@code gatherValues} is false (the accumulators read codes).
   */
  void prepare(
      Batch batch, int[] positions, int[] rowGroupIds, int rowCount, boolean gatherValues) {
    int[] livePositions = positions;
    groupIds = rowGroupIds;
    count = rowCount;
    if (filterArg >= 0) {
      filterValues.gather(batch.column(filterArg), positions, rowCount);
      if (filteredPositions.length < rowCount) {
        filteredPositions = new int[rowCount];
        filteredGroupIds = new int[rowCount];
      }
      long[] truth = filterValues.longs();
      int kept = 0;
      for (int k = 0; k < rowCount; k++) {
        if (filterValues.isValid(k) && truth[k] != 0) {
          filteredPositions[kept] = positions[k];
          filteredGroupIds[kept] = rowGroupIds[k];
          kept++;
        }
      }
      livePositions = filteredPositions;
      groupIds = filteredGroupIds;
      count = kept;
    }
    this.livePositions = livePositions;
    if (values != null && gatherValues) {
      values.gather(batch.column(arg), livePositions, count);
    }
  }

  /** The batch positions of the rows taken (after the FILTER column). */
  int[] positions() {
    return livePositions;
  }

  /** The argument's values, or null for COUNT(*). */
  ColumnValues values() {
    return values;
  }

  int[] groupIds() {
    return groupIds;
  }

  int count() {
    return count;
  }
}
