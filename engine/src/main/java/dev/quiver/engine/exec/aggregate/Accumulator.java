package dev.quiver.engine.exec.aggregate;

import dev.quiver.adapters.spi.DictionaryColumn;
import dev.quiver.engine.exec.vector.ColumnValues;
import org.apache.arrow.vector.FieldVector;

/**
 * The per-group state of one aggregate call and the loop that folds a batch into it. State lives
 * in primitive arrays indexed by group id; {@link #update} is one type-specialised loop over
 * (group ids, values).
 */
interface Accumulator {
  /** Makes room for groups {@code [0, groupCount)}; new groups start empty. */
  void ensureGroups(int groupCount);

  /**
   * Folds {@code values[k]} into group {@code groupIds[k]} for {@code k < count}.
   *
   * @param values the argument's values, or null for COUNT(*)
   * @throws ArithmeticException on overflow, which the caller reports naming the aggregate
   */
  void update(ColumnValues values, int[] groupIds, int count);

  /**
   * As {@link #update} when every row is in the same group, {@code groupIds[0]} (a global
   * aggregate): the hot aggregates fold into locals instead of one array slot per row, which
   * would chain every add through memory.
   */
  default void updateSingleGroup(ColumnValues values, int[] groupIds, int count) {
    update(values, groupIds, count);
  }

  /**
   * Whether {@link #updateCodes} folds a string argument that comes as dictionary codes, in a
   * grouped ({@code singleGroup} false) or global aggregation.
   */
  default boolean takesCodes(boolean singleGroup) {
    return false;
  }

  /**
   * As {@link #update}, the argument's value for {@code k} being the dictionary entry of row
   * {@code positions[k]}'s code. Called only when {@link #takesCodes} said so.
   */
  default void updateCodes(DictionaryColumn coded, int[] positions, int[] groupIds, int count) {
    throw new UnsupportedOperationException(getClass().getSimpleName() + " takes no codes");
  }

  /**
   * Writes the results of groups {@code [firstGroup, firstGroup + count)} to rows {@code [0,
   * count)} of {@code out}, which has room for them; rows left unset are NULL.
   *
   * @throws ArithmeticException when a result does not fit the output type
   */
  void write(FieldVector out, int firstGroup, int count);
}
