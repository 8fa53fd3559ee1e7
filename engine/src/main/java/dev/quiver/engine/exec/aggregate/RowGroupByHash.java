package dev.quiver.engine.exec.aggregate;

import dev.quiver.engine.exec.Batch;
import dev.quiver.engine.exec.vector.ColumnValues;
import dev.quiver.engine.exec.vector.ValueLayout;
import dev.quiver.engine.memory.MemoryCharge;
import java.util.List;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Group ids for any key columns (several, or a DECIMAL one): each row's keys are encoded into
 * one byte string ({@link KeyRowEncoder}) and looked up in a {@link ByteKeyTable}.
 */
final class RowGroupByHash implements GroupByHash {
  private static final int INITIAL_ROW_BYTES = 256;

  private final int[] keyColumns;
  private final ColumnValues[] values;
  private final int[] scales;
  private final ByteKeyTable table;
  private byte[] row = new byte[INITIAL_ROW_BYTES];

  RowGroupByHash(Schema inputSchema, int[] keyColumns, MemoryCharge charge) {
    this.keyColumns = keyColumns.clone();
    this.values = new ColumnValues[keyColumns.length];
    this.scales = new int[keyColumns.length];
    for (int i = 0; i < keyColumns.length; i++) {
      ArrowType type = inputSchema.getFields().get(keyColumns[i]).getType();
      ValueLayout layout = ValueLayout.of(type);
      if (layout == null) {
        throw new IllegalArgumentException("cannot group by " + type);
      }
      values[i] = new ColumnValues(layout);
      scales[i] = type instanceof ArrowType.Decimal ? ((ArrowType.Decimal) type).getScale() : 0;
    }
    this.table = new ByteKeyTable(charge);
  }

  @Override
  public void computeGroupIds(Batch batch, int[] positions, int count, int[] groupIds) {
    for (int i = 0; i < keyColumns.length; i++) {
      values[i].gather(batch.column(keyColumns[i]), positions, count);
    }
    for (int k = 0; k < count; k++) {
      int needed = 0;
      for (ColumnValues column : values) {
        needed += KeyRowEncoder.maxLength(column, k);
      }
      if (needed > row.length) {
        row = new byte[Math.max(needed, row.length * 2)];
      }
      int length = 0;
      for (ColumnValues column : values) {
        length = KeyRowEncoder.encode(column, k, row, length);
      }
      groupIds[k] = table.findOrInsert(row, 0, length, ByteKeyTable.hash(row, 0, length));
    }
  }

  @Override
  public int groupCount() {
    return table.size();
  }

  @Override
  public void writeKeys(List<FieldVector> keyVectors, int firstGroup, int count) {
    byte[] bytes = table.keyBytes();
    for (int outRow = 0; outRow < count; outRow++) {
      int at = table.start(firstGroup + outRow);
      for (int i = 0; i < values.length; i++) {
        at = KeyRowEncoder.decode(bytes, at, values[i].layout(), scales[i], keyVectors.get(i), outRow);
      }
    }
  }
}
