package dev.quiver.adapters.parquet.schema;

import java.util.List;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;

/**
 * A repeated Parquet field read as an Arrow List, or as an Arrow Map when its element is a
 * key/value entry struct.
 */
public final class ListNode extends ColumnNode {
  private final ColumnNode element;
  private final boolean map;
  private final Field field;

  ListNode(String name, int validDef, int slotDef, int slotRep, ColumnNode element, boolean map) {
    super(name, validDef, slotDef, slotRep);
    this.element = element;
    this.map = map;
    ArrowType type = map ? new ArrowType.Map(false) : ArrowType.List.INSTANCE;
    this.field = new Field(name, FieldType.nullable(type), List.of(element.field()));
  }

  public ColumnNode element() {
    return element;
  }

  public boolean isMap() {
    return map;
  }

  @Override
  public Field field() {
    return field;
  }

  @Override
  public LeafNode firstLeaf() {
    return element.firstLeaf();
  }

  @Override
  public void collectLeaves(List<LeafNode> out) {
    element.collectLeaves(out);
  }
}
