package dev.quiver.adapters.parquet.read;

import dev.quiver.adapters.arrow.UncheckedWrites;
import dev.quiver.adapters.parquet.ParquetCorruptionException;
import dev.quiver.adapters.parquet.schema.ColumnNode;
import dev.quiver.adapters.parquet.schema.LeafNode;
import dev.quiver.adapters.parquet.schema.ListNode;
import dev.quiver.adapters.parquet.schema.StructNode;
import java.util.List;
import java.util.Map;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.complex.ListVector;
import org.apache.arrow.vector.complex.StructVector;

/**
 * Turns the levels and dense values of a batch's leaf columns into Arrow vectors (the Dremel
 * record assembly, done column-wise): each node finds its slots and nulls from the levels of its
 * first leaf, lists derive their offsets from the slots of their element, leaves place their
 * values.
 */
final class VectorAssembler {
  private final Map<LeafNode, ColumnChunkReader> readers;
  private int[] slotValue = new int[0];

  VectorAssembler(Map<LeafNode, ColumnChunkReader> readers) {
    this.readers = readers;
  }

  /** Fills {@code vector} for {@code node}; returns its slot count. */
  int write(ColumnNode node, FieldVector vector) {
    ColumnChunkReader levels = readers.get(node.firstLeaf());
    if (node instanceof LeafNode leaf) {
      return writeLeaf(leaf, vector, readers.get(leaf));
    }
    if (node instanceof StructNode struct) {
      return writeStruct(struct, (StructVector) vector, levels);
    }
    return writeList((ListNode) node, (ListVector) vector, levels);
  }

  private int writeLeaf(LeafNode leaf, FieldVector vector, ColumnChunkReader reader) {
    int entries = reader.entries;
    if (slotValue.length < entries) {
      slotValue = new int[Math.max(entries, slotValue.length * 2)];
    }
    int[] map = slotValue;
    int maxDef = leaf.maxDef();
    int slots = 0;
    int next = 0;
    if (leaf.maxRep() == 0) {
      if (maxDef == 0) {
        for (int i = 0; i < entries; i++) {
          map[i] = i;
        }
        next = entries;
      } else {
        int[] defs = reader.defLevels;
        for (int i = 0; i < entries; i++) {
          map[i] = defs[i] == maxDef ? next++ : -1;
        }
      }
      slots = entries;
    } else {
      int[] defs = reader.defLevels;
      int[] reps = reader.repLevels;
      int slotDef = leaf.slotDef();
      int slotRep = leaf.slotRep();
      for (int i = 0; i < entries; i++) {
        int def = defs[i];
        if (def >= slotDef && reps[i] <= slotRep) {
          map[slots++] = def == maxDef ? next++ : -1;
        }
      }
    }
    if (next != reader.valueCount) {
      throw new ParquetCorruptionException(
          "levels announce " + next + " values but " + reader.valueCount + " were decoded");
    }
    LeafWriter.write(leaf, vector, slots, map, reader.batchValues);
    return slots;
  }

  private int writeStruct(StructNode struct, StructVector vector, ColumnChunkReader levels) {
    int slots = countSlots(struct, levels);
    VectorPreparation.nested(vector, slots);
    long validity = vector.getValidityBuffer().memoryAddress();
    int[] defs = levels.defLevels;
    int[] reps = levels.repLevels;
    int slotDef = struct.slotDef();
    int slotRep = struct.slotRep();
    int validDef = struct.validDef();
    boolean nested = struct.firstLeaf().maxRep() > 0;
    int s = 0;
    for (int i = 0; i < levels.entries; i++) {
      int def = struct.firstLeaf().maxDef() == 0 ? 0 : defs[i];
      if (!nested || (def >= slotDef && reps[i] <= slotRep)) {
        if (def >= validDef) {
          UncheckedWrites.setValid(validity, s);
        }
        s++;
      }
    }
    List<ColumnNode> children = struct.children();
    for (int c = 0; c < children.size(); c++) {
      FieldVector child = (FieldVector) vector.getChildByOrdinal(c);
      int childSlots = write(children.get(c), child);
      if (childSlots != slots) {
        throw new ParquetCorruptionException(
            "struct '" + struct.name() + "' has " + slots + " entries but its field '"
                + children.get(c).name() + "' has " + childSlots);
      }
    }
    vector.setValueCount(slots);
    return slots;
  }

  private int writeList(ListNode list, ListVector vector, ColumnChunkReader levels) {
    int slots = countSlots(list, levels);
    VectorPreparation.nested(vector, slots);
    long validity = vector.getValidityBuffer().memoryAddress();
    long offsets = vector.getOffsetBuffer().memoryAddress();
    int[] defs = levels.defLevels;
    int[] reps = levels.repLevels;
    int slotDef = list.slotDef();
    int slotRep = list.slotRep();
    int validDef = list.validDef();
    ColumnNode element = list.element();
    int elementDef = element.slotDef();
    int elementRep = element.slotRep();
    int s = -1;
    int count = 0;
    UncheckedWrites.putInt(offsets, 0, 0);
    for (int i = 0; i < levels.entries; i++) {
      int def = defs[i];
      int rep = reps[i];
      if (def >= slotDef && rep <= slotRep) {
        if (s >= 0) {
          UncheckedWrites.putInt(offsets, s + 1, count);
        }
        s++;
        if (def >= validDef) {
          UncheckedWrites.setValid(validity, s);
        }
      }
      if (def >= elementDef && rep <= elementRep) {
        count++;
      }
    }
    if (s >= 0) {
      UncheckedWrites.putInt(offsets, s + 1, count);
    }
    int elements = write(element, (FieldVector) vector.getDataVector());
    if (elements != count) {
      throw new ParquetCorruptionException(
          "list '" + list.name() + "' has " + count + " elements by its levels but " + elements
              + " by its element column");
    }
    vector.setLastSet(slots - 1);
    vector.setValueCount(slots);
    return slots;
  }

  private static int countSlots(ColumnNode node, ColumnChunkReader levels) {
    if (node.firstLeaf().maxRep() == 0) {
      return levels.entries;
    }
    int[] defs = levels.defLevels;
    int[] reps = levels.repLevels;
    int slotDef = node.slotDef();
    int slotRep = node.slotRep();
    int slots = 0;
    for (int i = 0; i < levels.entries; i++) {
      if (defs[i] >= slotDef && reps[i] <= slotRep) {
        slots++;
      }
    }
    return slots;
  }

}
