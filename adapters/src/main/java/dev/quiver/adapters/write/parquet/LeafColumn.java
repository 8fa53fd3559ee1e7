package dev.quiver.adapters.write.parquet;

import java.util.List;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.types.Types;
import org.apache.arrow.vector.types.pojo.ArrowType;

/**
 * One leaf of the written schema (one column chunk per row group): its path, type, maximum
 * levels, and the steps that derive its levels from the top-level Arrow vector. A step applies to
 * the vector at some depth of the leaf's route (child ordinals from the top-level vector down:
 * a struct's k-th child, a list's or map's data vector, a map entry's key or value):
 *
 * <ul>
 *   <li>{@link #OPTIONAL}: a NULL slot ends the entry at the current definition level, else the
 *       level goes up by one;
 *   <li>{@link #REQUIRED}: a NULL slot is an error (map keys);
 *   <li>{@link #REPEATED}: a list slot becomes one entry per element (the first keeps the
 *       entry's repetition level, the others get this list's), or one ended entry when empty.
 * </ul>
 */
final class LeafColumn {
  static final int OPTIONAL = 0;
  static final int REQUIRED = 1;
  static final int REPEATED = 2;

  /** Index of the top-level column this leaf belongs to. */
  final int column;
  /** path_in_schema: element names from the top-level field down, "list"/"key_value" included. */
  final List<String> path;
  final ParquetColumnType type;
  final int maxDef;
  final int maxRep;
  private final int[] route;
  private final Types.MinorType[] routeTypes;
  private final ArrowType leafType;
  /** Each step: {kind, depth of its vector in the route, repetition level (REPEATED only)}. */
  final int[][] steps;
  /** Scratch: the vectors along the route for the current batch. */
  private final FieldVector[] vectors;

  LeafColumn(int column, List<String> path, ParquetColumnType type, int maxDef, int maxRep,
      int[] route, Types.MinorType[] routeTypes, ArrowType leafType, int[][] steps) {
    this.column = column;
    this.path = path;
    this.type = type;
    this.maxDef = maxDef;
    this.maxRep = maxRep;
    this.route = route;
    this.routeTypes = routeTypes;
    this.leafType = leafType;
    this.steps = steps;
    this.vectors = new FieldVector[route.length + 1];
  }

  /** The dotted name users know the leaf by (without the list/key_value groups). */
  String displayName() {
    return displayName(path);
  }

  /** {@code path} as a dotted name, without the repeated groups of LIST and MAP. */
  static String displayName(List<String> path) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < path.size(); i++) {
      String part = path.get(i);
      boolean group = i > 0 && i < path.size() - 1 && (part.equals("list") || part.equals("key_value"));
      if (!group) {
        b.append(b.length() == 0 ? "" : ".").append(part);
      }
    }
    return b.toString();
  }

  /**
   * The vectors along the route below {@code top}, index = depth; checked against the schema.
   *
   * @throws IllegalArgumentException when the batch's nested structure differs from the schema's
   */
  FieldVector[] resolve(FieldVector top) {
    vectors[0] = top;
    for (int d = 0; d < route.length; d++) {
      check(vectors[d], d);
      List<FieldVector> children = vectors[d].getChildrenFromFields();
      if (route[d] >= children.size()) {
        throw mismatch(vectors[d], d);
      }
      vectors[d + 1] = children.get(route[d]);
    }
    FieldVector leaf = vectors[route.length];
    check(leaf, route.length);
    if (!leaf.getField().getType().equals(leafType)) {
      throw new IllegalArgumentException(
          "Column '" + displayName() + "' of the batch is " + leaf.getField().getType()
              + ", the writer expects " + leafType);
    }
    return vectors;
  }

  private void check(FieldVector vector, int depth) {
    if (vector.getMinorType() != routeTypes[depth]) {
      throw mismatch(vector, depth);
    }
  }

  private IllegalArgumentException mismatch(FieldVector vector, int depth) {
    return new IllegalArgumentException(
        "Column '" + displayName() + "': the batch's vector at nesting depth " + depth + " is "
            + vector.getMinorType() + ", the writer expects " + routeTypes[depth]);
  }
}
