package dev.quiver.adapters.parquet.schema;

import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;

/** A Parquet group read as an Arrow Struct; its children share its slots. */
public final class StructNode extends ColumnNode {
  private final List<ColumnNode> children;
  private final Field field;

  StructNode(String name, int validDef, int slotDef, int slotRep, List<ColumnNode> children,
      boolean nullable) {
    super(name, validDef, slotDef, slotRep);
    this.children = List.copyOf(children);
    List<Field> fields = new ArrayList<>();
    for (ColumnNode child : children) {
      fields.add(child.field());
    }
    this.field = new Field(name, new FieldType(nullable, ArrowType.Struct.INSTANCE, null), fields);
  }

  public List<ColumnNode> children() {
    return children;
  }

  @Override
  public Field field() {
    return field;
  }

  @Override
  public LeafNode firstLeaf() {
    return children.get(0).firstLeaf();
  }

  @Override
  public void collectLeaves(List<LeafNode> out) {
    for (ColumnNode child : children) {
      child.collectLeaves(out);
    }
  }
}
