package dev.quiver.jdbc.arrow;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.complex.AbstractContainerVector;
import org.apache.arrow.vector.complex.BaseRepeatedValueVector;
import org.apache.arrow.vector.complex.MapVector;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.util.JsonStringHashMap;
import org.apache.calcite.avatica.ColumnMetaData;

/**
 * Reads a nested column: ARRAY ({@code ListVector}) as a {@link List}, ROW ({@code StructVector})
 * and MAP ({@code MapVector}) as a {@link Map}, with nested values as Arrow gives them
 * (LocalDateTime for TIMESTAMP, Text for strings). {@code getString} gives the value as JSON text,
 * which is what a shell or a tool grid shows.
 */
final class NestedAccessor extends ColumnAccessor {
  private FieldVector vector;

  NestedAccessor(ArrowCursor cursor, int column, ColumnMetaData metaData) {
    super(cursor, column, metaData);
  }

  @Override
  void bind(FieldVector vector) throws SQLException {
    if (!(vector instanceof BaseRepeatedValueVector) && !(vector instanceof AbstractContainerVector)) {
      throw new SQLException(
          "Internal error: expected a nested Arrow vector, got " + vector.getClass().getSimpleName());
    }
    this.vector = vector;
  }

  @Override
  boolean isNull(int row) {
    return vector.isNull(row);
  }

  @Override
  Class<?> naturalClass() {
    boolean isList =
        vector instanceof BaseRepeatedValueVector
            && !(vector.getField().getType() instanceof ArrowType.Map);
    return isList ? List.class : Map.class;
  }

  @Override
  protected Object objectAs(Class<?> type) throws SQLException {
    if (type == String.class) {
      return getString();
    }
    Object value = value(cursor.row());
    if (type == List.class || type == Map.class || type == Object.class) {
      return value;
    }
    return super.objectAs(type);
  }

  /** Arrow gives a MAP as its list of {key, value} entries; JDBC callers want a Map. */
  private Object value(int row) {
    Object value = vector.getObject(row);
    if (!(vector instanceof MapVector) || value == null) {
      return value;
    }
    JsonStringHashMap<Object, Object> map =
        new JsonStringHashMap<>();
    for (Object entry : (List<?>) value) {
      Map<?, ?> pair = (Map<?, ?>) entry;
      map.put(pair.get(MapVector.KEY_NAME),
          pair.get(MapVector.VALUE_NAME));
    }
    return map;
  }

  @Override
  public String getString() throws SQLException {
    int row = rowOrNull();
    // Arrow's nested values print themselves as JSON.
    return row < 0 ? null : String.valueOf(value(row));
  }
}
