package dev.quiver.engine.exec.aggregate;

import dev.quiver.engine.exec.Batch;
import dev.quiver.engine.exec.vector.ValueLayout;
import dev.quiver.engine.memory.MemoryCharge;
import java.util.List;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Assigns dense group ids ({@code 0, 1, ..} in order of first appearance) to the group-key values
 * of whole batches, and writes each group's key values out. NULL keys are a group of their own.
 */
interface GroupByHash {
  /**
   * Writes into {@code groupIds[k]} the group of the row at {@code positions[k]} of {@code batch},
   * for {@code k < count}, creating groups for new keys.
   */
  void computeGroupIds(Batch batch, int[] positions, int count, int[] groupIds);

  int groupCount();

  /** Whether {@link #computeGroupIds} works on {@code batch}'s dictionary codes, not its values. */
  default boolean usesCodes(Batch batch) {
    return false;
  }

  /**
   * Writes the keys of groups {@code [firstGroup, firstGroup + count)} to rows {@code [0, count)}
   * of {@code keyVectors} (one per key column), which have room for them.
   */
  void writeKeys(List<FieldVector> keyVectors, int firstGroup, int count);

  /** The table specialised for {@code groupKeys} (input column indexes) of {@code inputSchema}. */
  static GroupByHash create(Schema inputSchema, int[] groupKeys, MemoryCharge charge) {
    if (groupKeys.length == 0) {
      return new GlobalGroupByHash();
    }
    if (groupKeys.length == 1) {
      ArrowType type = inputSchema.getFields().get(groupKeys[0]).getType();
      ValueLayout layout = ValueLayout.of(type);
      if (layout == ValueLayout.LONG || layout == ValueLayout.DOUBLE) {
        return new LongGroupByHash(groupKeys[0], layout, charge);
      }
      if (layout == ValueLayout.BYTES) {
        return new BytesGroupByHash(groupKeys[0], charge);
      }
    }
    return new RowGroupByHash(inputSchema, groupKeys, charge);
  }
}
