package dev.quiver.adapters.parquet.schema;

import dev.quiver.adapters.parquet.metadata.SchemaElement;
import java.util.List;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;

/** A Parquet primitive column: where its chunks are, its levels, and how its values convert. */
public final class LeafNode extends ColumnNode {
  private final SchemaElement element;
  private final int leafIndex;
  private final int maxDef;
  private final int maxRep;
  private final LeafKind kind;
  private final Field field;
  private final String path;

  LeafNode(
      SchemaElement element,
      int leafIndex,
      String path,
      int maxDef,
      int maxRep,
      int slotDef,
      int slotRep,
      LeafKind kind,
      boolean nullable) {
    super(element.name(), maxDef, slotDef, slotRep);
    this.element = element;
    this.leafIndex = leafIndex;
    this.path = path;
    this.maxDef = maxDef;
    this.maxRep = maxRep;
    this.kind = kind;
    this.field =
        new Field(element.name(), new FieldType(nullable, kind.arrowType(element), null), null);
  }

  /** The same column as a map key, which Arrow requires to be non-nullable. */
  LeafNode asMapKey() {
    return new LeafNode(element, leafIndex, path, maxDef, maxRep, slotDef(), slotRep(), kind, false);
  }

  public SchemaElement element() {
    return element;
  }

  /** Position of this column among the row group's column chunks. */
  public int leafIndex() {
    return leafIndex;
  }

  /** Dotted path, for error messages. */
  public String path() {
    return path;
  }

  public int maxDef() {
    return maxDef;
  }

  public int maxRep() {
    return maxRep;
  }

  public LeafKind kind() {
    return kind;
  }

  @Override
  public Field field() {
    return field;
  }

  @Override
  public LeafNode firstLeaf() {
    return this;
  }

  @Override
  public void collectLeaves(List<LeafNode> out) {
    out.add(this);
  }
}
