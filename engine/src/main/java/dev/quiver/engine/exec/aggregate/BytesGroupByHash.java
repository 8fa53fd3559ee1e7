package dev.quiver.engine.exec.aggregate;

import dev.quiver.engine.exec.Batch;
import dev.quiver.engine.exec.vector.ColumnValues;
import dev.quiver.engine.exec.vector.ValueLayout;
import dev.quiver.engine.memory.MemoryCharge;
import java.util.List;
import org.apache.arrow.vector.FieldVector;

/**
 * Group ids for one VARCHAR/VARBINARY key column: hashes each value's bytes straight from the
 * vector's data buffer and compares them in place against the keys the table copied.
 */
final class BytesGroupByHash implements GroupByHash {
  private final int keyColumn;
  private final ColumnValues values = new ColumnValues(ValueLayout.BYTES);
  private final ByteKeyTable table;
  private int nullGroup = -1;

  BytesGroupByHash(int keyColumn, MemoryCharge charge) {
    this.keyColumn = keyColumn;
    this.table = new ByteKeyTable(charge);
  }

  @Override
  public void computeGroupIds(Batch batch, int[] positions, int count, int[] groupIds) {
    values.gather(batch.column(keyColumn), positions, count);
    long data = values.dataAddress();
    int[] starts = values.starts();
    int[] lengths = values.lengths();
    boolean allValid = values.allValid();
    boolean[] valid = values.valid();
    ByteKeyTable keys = table;
    for (int k = 0; k < count; k++) {
      if (allValid || valid[k]) {
        long address = data + starts[k];
        int length = lengths[k];
        groupIds[k] = keys.findOrInsert(address, length, ByteKeyTable.hash(address, length));
      } else {
        if (nullGroup < 0) {
          nullGroup = keys.appendUnreachable();
        }
        groupIds[k] = nullGroup;
      }
    }
  }

  @Override
  public int groupCount() {
    return table.size();
  }

  @Override
  public void writeKeys(List<FieldVector> keyVectors, int firstGroup, int count) {
    FieldVector out = keyVectors.get(0);
    byte[] bytes = table.keyBytes();
    for (int row = 0; row < count; row++) {
      int group = firstGroup + row;
      if (group != nullGroup) {
        ResultVectors.setBytes(out, row, bytes, table.start(group), table.length(group));
      }
    }
  }
}
