package dev.quiver.adapters.write.parquet;

import dev.quiver.adapters.parquet.thrift.CompactProtocolReader;
import dev.quiver.adapters.parquet.thrift.CompactProtocolWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.vector.types.Types;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * The Parquet schema written for an Arrow schema, and one {@link LeafColumn} per leaf (column
 * chunk) saying how its levels are derived from the Arrow vectors.
 *
 * <p>Layouts are the standard ones of the Parquet format's LogicalTypes.md:
 *
 * <pre>
 *   Struct  optional group name { fields... }
 *   List    optional group name (LIST) { repeated group list { optional element } }
 *   Map     optional group name (MAP) { repeated group key_value { required key; optional value } }
 * </pre>
 *
 * Every node is OPTIONAL except map keys (REQUIRED) and the repeated groups, so any NULL can be
 * written; nesting is arbitrary.
 */
final class WriterSchema {
  static final int REQUIRED = 0;
  static final int OPTIONAL = 1;
  static final int REPEATED = 2;

  /** Deeper schemas are surely a mistake; the readers cap nesting too. */
  private static final int MAX_NESTING = 64;

  // ConvertedType and LogicalType codes of the group annotations.
  private static final int CONVERTED_MAP = 1;
  private static final int CONVERTED_LIST = 3;
  private static final int LOGICAL_MAP = 2;
  private static final int LOGICAL_LIST = 3;
  private static final int NO_ANNOTATION = 0;
  private static final int MAP_ANNOTATION = 1;
  private static final int LIST_ANNOTATION = 2;

  /** One SchemaElement, in the depth-first order of the footer's flattened schema. */
  private record Element(String name, int repetition, int children, int annotation, ParquetColumnType leaf) {}

  private final List<Element> elements = new ArrayList<>();
  final List<LeafColumn> leaves = new ArrayList<>();
  /** Top-level Arrow fields: the number of leaves each has. */
  final int[] leavesPerColumn;

  private WriterSchema(Schema schema) {
    List<Field> fields = schema.getFields();
    leavesPerColumn = new int[fields.size()];
    for (int c = 0; c < fields.size(); c++) {
      int before = leaves.size();
      Builder builder = new Builder(c, fields.get(c).getName());
      builder.visit(fields.get(c), fields.get(c).getName(), false);
      leavesPerColumn[c] = leaves.size() - before;
    }
  }

  /**
   * @throws IllegalArgumentException naming the column when a type has no Parquet mapping here
   */
  static WriterSchema of(Schema schema) {
    return new WriterSchema(schema);
  }

  /** Writes the root and every element as the footer's schema list (field 2 of FileMetaData). */
  void writeElements(CompactProtocolWriter w, int topLevelColumns) {
    w.listField(2, CompactProtocolReader.STRUCT, elements.size() + 1);
    w.beginStruct();
    w.stringField(4, "schema");
    w.i32Field(5, topLevelColumns);
    w.endStruct();
    for (Element e : elements) {
      if (e.leaf() != null) {
        e.leaf().writeSchemaElement(w, e.name(), e.repetition());
        continue;
      }
      w.beginStruct();
      w.i32Field(3, e.repetition());
      w.stringField(4, e.name());
      w.i32Field(5, e.children());
      if (e.annotation() != NO_ANNOTATION) {
        boolean map = e.annotation() == MAP_ANNOTATION;
        w.i32Field(6, map ? CONVERTED_MAP : CONVERTED_LIST);
        w.structField(10);
        w.structField(map ? LOGICAL_MAP : LOGICAL_LIST);
        w.endStruct();
        w.endStruct();
      }
      w.endStruct();
    }
  }

  /** Walks one top-level field, collecting elements, leaf paths and shredding steps. */
  private final class Builder {
    private final int column;
    private final String columnName;
    private final List<String> path = new ArrayList<>();
    private final List<Integer> route = new ArrayList<>();
    private final List<Types.MinorType> routeTypes = new ArrayList<>();
    private final List<int[]> steps = new ArrayList<>();
    private int def;
    private int rep;

    Builder(int column, String columnName) {
      this.column = column;
      this.columnName = columnName;
    }

    /** Visits {@code field}, whose vector is at the end of the current route. */
    void visit(Field field, String name, boolean required) {
      if (path.size() >= MAX_NESTING) {
        throw new IllegalArgumentException(
            "Column '" + columnName + "' nests deeper than " + MAX_NESTING + " levels");
      }
      ArrowType type = field.getType();
      routeTypes.add(Types.getMinorTypeForArrowType(type));
      path.add(name);
      int repetition = required ? REQUIRED : OPTIONAL;
      int mark = steps.size();
      int defMark = def;
      int repMark = rep;
      int depth = route.size();
      steps.add(new int[] {required ? LeafColumn.REQUIRED : LeafColumn.OPTIONAL, depth, 0});
      if (!required) {
        def++;
      }
      switch (type.getTypeID()) {
        case Struct -> {
          List<Field> children = field.getChildren();
          if (children.isEmpty()) {
            throw new IllegalArgumentException(
                "Column '" + dotted() + "' is a ROW without fields, which Parquet cannot store");
          }
          elements.add(new Element(name, repetition, children.size(), NO_ANNOTATION, null));
          for (int k = 0; k < children.size(); k++) {
            route.add(k);
            visit(children.get(k), children.get(k).getName(), false);
            route.remove(route.size() - 1);
          }
        }
        case List -> {
          elements.add(new Element(name, repetition, 1, LIST_ANNOTATION, null));
          repeated(depth);
          elements.add(new Element("list", REPEATED, 1, NO_ANNOTATION, null));
          path.add("list");
          route.add(0);
          visit(field.getChildren().get(0), "element", false);
          route.remove(route.size() - 1);
          path.remove(path.size() - 1);
        }
        case Map -> {
          elements.add(new Element(name, repetition, 1, MAP_ANNOTATION, null));
          repeated(depth);
          elements.add(new Element("key_value", REPEATED, 2, NO_ANNOTATION, null));
          path.add("key_value");
          Field entries = field.getChildren().get(0);
          route.add(0);
          routeTypes.add(Types.MinorType.STRUCT);
          route.add(0);
          visit(entries.getChildren().get(0), "key", true);
          route.set(route.size() - 1, 1);
          visit(entries.getChildren().get(1), "value", false);
          route.remove(route.size() - 1);
          route.remove(route.size() - 1);
          routeTypes.remove(routeTypes.size() - 1);
          path.remove(path.size() - 1);
        }
        default -> {
          ParquetColumnType leaf = ParquetColumnType.of(field, dotted());
          elements.add(new Element(name, repetition, -1, NO_ANNOTATION, leaf));
          leaves.add(new LeafColumn(column, List.copyOf(path), leaf, def, rep,
              route.stream().mapToInt(Integer::intValue).toArray(),
              routeTypes.toArray(new Types.MinorType[0]), field.getType(),
              steps.toArray(new int[0][])));
        }
      }
      while (steps.size() > mark) {
        steps.remove(steps.size() - 1);
      }
      def = defMark;
      rep = repMark;
      path.remove(path.size() - 1);
      routeTypes.remove(routeTypes.size() - 1);
    }

    /** The repeated group under a LIST or MAP whose vector is at {@code depth}. */
    private void repeated(int depth) {
      rep++;
      def++;
      steps.add(new int[] {LeafColumn.REPEATED, depth, rep});
    }

    private String dotted() {
      return LeafColumn.displayName(path);
    }
  }
}
