package dev.quiver.engine.exec.aggregate;

import dev.quiver.adapters.spi.DictionaryColumn;
import dev.quiver.adapters.spi.StringDictionary;
import dev.quiver.engine.exec.Batch;
import dev.quiver.engine.exec.vector.ColumnValues;
import dev.quiver.engine.exec.vector.ValueLayout;
import dev.quiver.engine.memory.MemoryCharge;
import java.util.Arrays;
import java.util.List;
import org.apache.arrow.memory.util.MemoryUtil;
import org.apache.arrow.vector.FieldVector;

/**
 * Group ids for one VARCHAR/VARBINARY key column: hashes each value's bytes straight from the
 * vector's data buffer and compares them in place against the keys the table copied. When the
 * column comes as dictionary codes, each dictionary entry is looked up once and rows take their
 * entry's group by code, without touching their bytes.
 */
final class BytesGroupByHash implements GroupByHash {
  private final int keyColumn;
  private final ColumnValues values = new ColumnValues(ValueLayout.BYTES);
  private final ByteKeyTable table;
  private int nullGroup = -1;
  /** The dictionary {@link #entryGroups} belongs to. */
  private StringDictionary groupsFor;
  /** Per entry of {@link #groupsFor}: its group, or -1 until a row holds it. */
  private int[] entryGroups = new int[0];

  BytesGroupByHash(int keyColumn, MemoryCharge charge) {
    this.keyColumn = keyColumn;
    this.table = new ByteKeyTable(charge);
  }

  @Override
  public void computeGroupIds(Batch batch, int[] positions, int count, int[] groupIds) {
    DictionaryColumn coded = batch.dictionary(keyColumn);
    if (coded != null) {
      computeFromCodes(coded, positions, count, groupIds);
      return;
    }
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

  private void computeFromCodes(
      DictionaryColumn coded, int[] positions, int count, int[] groupIds) {
    StringDictionary dictionary = coded.dictionary();
    if (dictionary != groupsFor) {
      if (entryGroups.length < dictionary.size()) {
        entryGroups = new int[dictionary.size()];
      }
      Arrays.fill(entryGroups, 0, dictionary.size(), -1);
      groupsFor = dictionary;
    }
    int[] groups = entryGroups;
    long codes = coded.codes().getDataBufferAddress();
    for (int k = 0; k < count; k++) {
      int code = MemoryUtil.getInt(codes + ((long) positions[k] << 2));
      int group = groups[code];
      if (group < 0) {
        group = entryGroup(dictionary, code);
        groups[code] = group;
      }
      groupIds[k] = group;
    }
  }

  /** The group of dictionary entry {@code code}, created if new. */
  private int entryGroup(StringDictionary dictionary, int code) {
    if (code == dictionary.nullCode()) {
      if (nullGroup < 0) {
        nullGroup = table.appendUnreachable();
      }
      return nullGroup;
    }
    long address = dictionary.dataAddress() + dictionary.start(code);
    int length = dictionary.length(code);
    return table.findOrInsert(address, length, ByteKeyTable.hash(address, length));
  }

  @Override
  public boolean usesCodes(Batch batch) {
    return batch.dictionary(keyColumn) != null;
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
