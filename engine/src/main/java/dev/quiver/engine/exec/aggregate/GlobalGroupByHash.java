package dev.quiver.engine.exec.aggregate;

import dev.quiver.engine.exec.Batch;
import java.util.Arrays;
import java.util.List;
import org.apache.arrow.vector.FieldVector;

/** No group keys: one group, which exists even for empty input (a global aggregate returns one row). */
final class GlobalGroupByHash implements GroupByHash {
  @Override
  public void computeGroupIds(Batch batch, int[] positions, int count, int[] groupIds) {
    Arrays.fill(groupIds, 0, count, 0);
  }

  @Override
  public int groupCount() {
    return 1;
  }

  @Override
  public void writeKeys(List<FieldVector> keyVectors, int firstGroup, int count) {}
}
