package dev.quiver.adapters.parquet.schema;

import dev.quiver.adapters.parquet.ParquetCorruptionException;
import dev.quiver.adapters.parquet.metadata.LogicalType;
import dev.quiver.adapters.parquet.metadata.PhysicalType;
import dev.quiver.adapters.parquet.metadata.SchemaElement;
import dev.quiver.adapters.parquet.metadata.SchemaElement.Repetition;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * A Parquet file's schema as a tree of {@link ColumnNode}s, one per top-level column, following
 * the LIST and MAP backward-compatibility rules of the Parquet format (2- and 3-level lists,
 * unannotated repeated fields as lists of required elements).
 */
public final class ParquetSchema {
  /** Deeper schemas are not written by real tools; the limit keeps recursion bounded. */
  private static final int MAX_NESTING = 100;

  private final List<ColumnNode> columns;
  private final List<LeafNode> leaves;
  private final Schema arrowSchema;

  private ParquetSchema(List<ColumnNode> columns, List<LeafNode> leaves) {
    this.columns = List.copyOf(columns);
    this.leaves = List.copyOf(leaves);
    List<Field> fields = new ArrayList<>();
    for (ColumnNode column : columns) {
      fields.add(column.field());
    }
    this.arrowSchema = new Schema(fields);
  }

  /** Top-level columns, in file order. */
  public List<ColumnNode> columns() {
    return columns;
  }

  /** Every leaf column, in column-chunk order. */
  public List<LeafNode> leaves() {
    return leaves;
  }

  public Schema arrowSchema() {
    return arrowSchema;
  }

  /** Builds the tree from the footer's flattened schema (root element first). */
  public static ParquetSchema of(List<SchemaElement> elements) {
    Parser parser = new Parser(elements);
    SchemaElement root = elements.get(0);
    parser.position = 1;
    List<Raw> top = parser.children(root, 0, 0, "", 0);
    if (parser.position != elements.size()) {
      throw new ParquetCorruptionException(
          "the schema lists " + elements.size() + " elements but its groups hold " + parser.position);
    }
    List<ColumnNode> columns = new ArrayList<>();
    for (Raw raw : top) {
      columns.add(convert(raw, 0, 0, 0));
    }
    List<LeafNode> leaves = new ArrayList<>();
    for (ColumnNode column : columns) {
      column.collectLeaves(leaves);
    }
    return new ParquetSchema(columns, leaves);
  }

  /** A schema element with its children, levels and (for leaves) chunk index. */
  private record Raw(SchemaElement element, List<Raw> children, int def, int rep, int leafIndex,
      String path) {
    boolean repeated() {
      return element.repetition() == Repetition.REPEATED;
    }
  }

  private static final class Parser {
    private final List<SchemaElement> elements;
    private int position;
    private int leafCount;

    Parser(List<SchemaElement> elements) {
      this.elements = elements;
    }

    List<Raw> children(SchemaElement group, int def, int rep, String path, int nesting) {
      if (nesting > MAX_NESTING) {
        throw new ParquetCorruptionException("the schema nests deeper than " + MAX_NESTING);
      }
      int count = group.numChildren();
      if (count > elements.size() - position) {
        throw new ParquetCorruptionException(
            "group '" + group.name() + "' claims " + count + " children but the schema ends first");
      }
      List<Raw> out = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        SchemaElement element = elements.get(position++);
        int childDef = def + (element.repetition() == Repetition.REQUIRED ? 0 : 1);
        int childRep = rep + (element.repetition() == Repetition.REPEATED ? 1 : 0);
        String childPath = path.isEmpty() ? element.name() : path + "." + element.name();
        if (element.isGroup()) {
          List<Raw> grandChildren = children(element, childDef, childRep, childPath, nesting + 1);
          out.add(new Raw(element, grandChildren, childDef, childRep, -1, childPath));
        } else {
          if (element.type() == null) {
            throw new ParquetCorruptionException(
                "column '" + childPath + "' has neither a type nor children");
          }
          if (element.type() == PhysicalType.FIXED_LEN_BYTE_ARRAY && element.typeLength() <= 0) {
            throw new ParquetCorruptionException(
                "column '" + childPath + "' is FIXED_LEN_BYTE_ARRAY of length "
                    + element.typeLength());
          }
          out.add(new Raw(element, List.of(), childDef, childRep, leafCount++, childPath));
        }
      }
      return out;
    }
  }

  /**
   * Converts {@code raw} as a member of a parent whose slots open at (slotDef, slotRep); {@code
   * parentDef} is the level at which the parent is non-null.
   */
  private static ColumnNode convert(Raw raw, int slotDef, int slotRep, int parentDef) {
    if (raw.repeated()) {
      // An unannotated repeated field: a list that is never null, of required elements.
      ColumnNode element = convertElement(raw);
      return new ListNode(raw.element().name(), parentDef, slotDef, slotRep, element, false);
    }
    return convertPresent(raw, slotDef, slotRep);
  }

  /** The repeated field itself as a list element: it has a slot per repetition. */
  private static ColumnNode convertElement(Raw repeated) {
    return convertPresent(repeated, repeated.def(), repeated.rep());
  }

  private static ColumnNode convertPresent(Raw raw, int slotDef, int slotRep) {
    SchemaElement element = raw.element();
    if (!element.isGroup()) {
      return new LeafNode(
          element,
          raw.leafIndex(),
          raw.path(),
          raw.def(),
          raw.rep(),
          slotDef,
          slotRep,
          LeafKind.of(element),
          true);
    }
    if (raw.children().isEmpty()) {
      throw new ParquetCorruptionException("group '" + raw.path() + "' has no children");
    }
    if (isList(element) && raw.children().size() == 1 && raw.children().get(0).repeated()) {
      Raw repeated = raw.children().get(0);
      ColumnNode item;
      if (isTwoLevelElement(element, repeated)) {
        item = convertElement(repeated);
      } else {
        item = convert(repeated.children().get(0), repeated.def(), repeated.rep(), repeated.def());
      }
      return new ListNode(element.name(), raw.def(), slotDef, slotRep, item, false);
    }
    if (isMap(element) && raw.children().size() == 1 && raw.children().get(0).repeated()) {
      Raw keyValue = raw.children().get(0);
      if (keyValue.element().isGroup() && keyValue.children().size() == 2) {
        List<ColumnNode> entry = new ArrayList<>();
        for (Raw child : keyValue.children()) {
          entry.add(convert(child, keyValue.def(), keyValue.rep(), keyValue.def()));
        }
        if (entry.get(0) instanceof LeafNode key) {
          entry.set(0, key.asMapKey());
        }
        StructNode entries =
            new StructNode("entries", keyValue.def(), keyValue.def(), keyValue.rep(), entry, false);
        return new ListNode(element.name(), raw.def(), slotDef, slotRep, entries, true);
      }
      // A map without values (or otherwise odd) reads as a list of its key/value groups.
      return new ListNode(
          element.name(), raw.def(), slotDef, slotRep, convertElement(keyValue), false);
    }
    List<ColumnNode> children = new ArrayList<>();
    for (Raw child : raw.children()) {
      children.add(convert(child, slotDef, slotRep, raw.def()));
    }
    return new StructNode(element.name(), raw.def(), slotDef, slotRep, children, true);
  }

  private static boolean isList(SchemaElement element) {
    LogicalType logical = element.logicalType();
    return (logical != null && logical.kind() == LogicalType.Kind.LIST)
        || element.convertedType() == SchemaElement.LIST;
  }

  private static boolean isMap(SchemaElement element) {
    LogicalType logical = element.logicalType();
    return (logical != null && logical.kind() == LogicalType.Kind.MAP)
        || element.convertedType() == SchemaElement.MAP
        || element.convertedType() == SchemaElement.MAP_KEY_VALUE;
  }

  /** The backward-compatibility rules for which node of a LIST is the element. */
  private static boolean isTwoLevelElement(SchemaElement list, Raw repeated) {
    if (!repeated.element().isGroup()) {
      return true;
    }
    if (repeated.children().size() > 1) {
      return true;
    }
    String name = repeated.element().name();
    return name.equals("array") || name.equals(list.name() + "_tuple");
  }
}
