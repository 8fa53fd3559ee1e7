package dev.quiver.adapters.parquet.schema;

import org.apache.arrow.vector.types.pojo.Field;

/**
 * A node of the Arrow-shaped column tree built from a Parquet schema, with the level thresholds
 * that turn a leaf's definition/repetition levels into this node's slots and nulls.
 *
 * <p>An entry {@code i} of a leaf below this node opens a new slot of this node when {@code def[i]
 * >= slotDef && rep[i] <= slotRep}; that slot is non-null when {@code def[i] >= validDef}.
 */
public abstract sealed class ColumnNode permits LeafNode, StructNode, ListNode {
  private final String name;
  private final int validDef;
  private final int slotDef;
  private final int slotRep;

  ColumnNode(String name, int validDef, int slotDef, int slotRep) {
    this.name = name;
    this.validDef = validDef;
    this.slotDef = slotDef;
    this.slotRep = slotRep;
  }

  public String name() {
    return name;
  }

  public int validDef() {
    return validDef;
  }

  public int slotDef() {
    return slotDef;
  }

  public int slotRep() {
    return slotRep;
  }

  /** The Arrow field this node produces. */
  public abstract Field field();

  /** The first leaf below this node, whose levels describe this node's slots. */
  public abstract LeafNode firstLeaf();

  /** Adds the leaves below this node, in schema order, to {@code out}. */
  public abstract void collectLeaves(java.util.List<LeafNode> out);
}
