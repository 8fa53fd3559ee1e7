package dev.quiver.adapters.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.arrow.vector.types.DateUnit;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;

/**
 * The type inferred for one JSON value position (a column, a struct field, a list element), grown
 * value by value while sampling; see {@link JsonFormat} for the rules.
 */
final class JsonType {
  /** Kinds in the order a value can widen them; TEXT holds anything as JSON text. */
  enum Kind {
    NULL,
    BOOLEAN,
    BIGINT,
    DECIMAL,
    DOUBLE,
    DATE,
    TIMESTAMP,
    STRING,
    TEXT,
    STRUCT,
    LIST
  }

  static final int DECIMAL_PRECISION = 38;
  /** Arrow's name for a list's element vector. */
  static final String LIST_ELEMENT_NAME = "$data$";

  Kind kind = Kind.NULL;
  /** STRUCT fields in first-seen order. */
  Map<String, JsonType> fields;
  /** LIST element type. */
  JsonType element;

  /** Widens this type by a scalar value of kind {@code seen}. */
  void widenScalar(Kind seen) {
    kind = combine(kind, seen);
    if (kind == Kind.TEXT) {
      fields = null;
      element = null;
    }
  }

  /** Makes this a STRUCT for an object value; false when it must hold JSON text instead. */
  boolean becomeStruct() {
    if (kind == Kind.NULL) {
      kind = Kind.STRUCT;
      fields = new LinkedHashMap<>();
    }
    if (kind == Kind.STRUCT) {
      return true;
    }
    widenScalar(Kind.TEXT);
    return false;
  }

  /** Makes this a LIST for an array value; false when it must hold JSON text instead. */
  boolean becomeList() {
    if (kind == Kind.NULL) {
      kind = Kind.LIST;
      element = new JsonType();
    }
    if (kind == Kind.LIST) {
      return true;
    }
    widenScalar(Kind.TEXT);
    return false;
  }

  /** The field named {@code name} of a STRUCT, added (as NULL) on first sight. */
  JsonType field(String name) {
    return fields.computeIfAbsent(name, unused -> new JsonType());
  }

  private static Kind combine(Kind a, Kind b) {
    if (a == b) {
      return a;
    }
    if (a == Kind.NULL) {
      return b;
    }
    if (b == Kind.NULL) {
      return a;
    }
    if (isNumber(a) && isNumber(b)) {
      return a.ordinal() > b.ordinal() ? a : b;
    }
    if (isText(a) && isText(b)) {
      // DATE + TIMESTAMP = TIMESTAMP; with any other string it is a plain string.
      return (a == Kind.STRING || b == Kind.STRING) ? Kind.STRING : Kind.TIMESTAMP;
    }
    return Kind.TEXT;
  }

  private static boolean isNumber(Kind kind) {
    return kind == Kind.BIGINT || kind == Kind.DECIMAL || kind == Kind.DOUBLE;
  }

  private static boolean isText(Kind kind) {
    return kind == Kind.DATE || kind == Kind.TIMESTAMP || kind == Kind.STRING;
  }

  /** Whether this reads as a STRUCT (a STRUCT that saw no keys is read as JSON text). */
  private boolean isStructWithFields() {
    return kind == Kind.STRUCT && !fields.isEmpty();
  }

  /** The Arrow field for this type. */
  Field toField(String name) {
    switch (kind) {
      case BOOLEAN:
        return Field.nullable(name, ArrowType.Bool.INSTANCE);
      case BIGINT:
        return Field.nullable(name, new ArrowType.Int(64, true));
      case DECIMAL:
        return Field.nullable(name, new ArrowType.Decimal(DECIMAL_PRECISION, 0, 128));
      case DOUBLE:
        return Field.nullable(name, new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE));
      case DATE:
        return Field.nullable(name, new ArrowType.Date(DateUnit.DAY));
      case TIMESTAMP:
        return Field.nullable(name, new ArrowType.Timestamp(TimeUnit.MICROSECOND, null));
      case STRUCT:
        if (!isStructWithFields()) {
          return Field.nullable(name, ArrowType.Utf8.INSTANCE);
        }
        List<Field> children = new ArrayList<>(fields.size());
        for (Map.Entry<String, JsonType> entry : fields.entrySet()) {
          children.add(entry.getValue().toField(entry.getKey()));
        }
        return new Field(name, FieldType.nullable(ArrowType.Struct.INSTANCE), children);
      case LIST:
        return new Field(
            name,
            FieldType.nullable(ArrowType.List.INSTANCE),
            List.of(element.toField(LIST_ELEMENT_NAME)));
      default:
        return Field.nullable(name, ArrowType.Utf8.INSTANCE);
    }
  }

  /** SQL-like text for notes, e.g. {@code STRUCT<id BIGINT, city VARCHAR>}. */
  @Override
  public String toString() {
    switch (kind) {
      case NULL:
        return "VARCHAR (only nulls)";
      case STRING:
        return "VARCHAR";
      case TEXT:
        return "VARCHAR (mixed types, as JSON text)";
      case STRUCT:
        if (!isStructWithFields()) {
          return "VARCHAR (empty objects, as JSON text)";
        }
        StringBuilder text = new StringBuilder("STRUCT<");
        String separator = "";
        for (Map.Entry<String, JsonType> entry : fields.entrySet()) {
          text.append(separator).append(entry.getKey()).append(' ').append(entry.getValue());
          separator = ", ";
        }
        return text.append('>').toString();
      case LIST:
        return element + "[]";
      case DECIMAL:
        return "DECIMAL(" + DECIMAL_PRECISION + ", 0)";
      default:
        return kind.name();
    }
  }
}
