package dev.quiver.adapters.arrow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.arrow.vector.complex.ListVector;
import org.apache.arrow.vector.types.DateUnit;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;

/**
 * Column names and SQL types a user declares in a reader option, parsed into Arrow fields: the
 * {@code columns} option ({@code 'id BIGINT, name VARCHAR, tags VARCHAR[]'}, every column in
 * order) and the {@code types} option ({@code 'amount:VARCHAR,id:BIGINT'}, some columns by name).
 * Both spell types the same way, as DESCRIBE prints them:
 *
 * <ul>
 *   <li>{@code BOOLEAN} (or {@code BOOL}), {@code INTEGER} ({@code INT}, {@code INT4}), {@code
 *       BIGINT} ({@code INT8}, {@code LONG}), {@code DOUBLE} ({@code FLOAT8}, {@code DOUBLE
 *       PRECISION}), {@code DECIMAL(p, s)} or {@code DECIMAL(p)} ({@code NUMERIC}; p 1-38, s 0-p),
 *       {@code VARCHAR} ({@code TEXT}, {@code STRING}; a length, {@code VARCHAR(20)}, is accepted
 *       and ignored), {@code DATE}, {@code TIMESTAMP} ({@code DATETIME});
 *   <li>{@code ROW(name type, ...)} (or {@code STRUCT(...)}) and {@code type ARRAY} (or {@code
 *       type[]}), nested to any depth.
 * </ul>
 *
 * <p>Type words are case-insensitive. A name is written as is (anything but spaces and {@code ,
 * ( ) [ ] : "}) or in double quotes, with {@code ""} for a quote inside. In {@code types} a name
 * runs to the colon and may hold spaces. Each reader says which types it can produce (a {@link
 * Vocabulary}); any other type, and any text that does not parse, is an {@link
 * IllegalArgumentException} naming the option and what it expects.
 */
public final class ColumnDeclarations {
  /** The types one reader can produce, and how to name them in an error. */
  public record Vocabulary(String description, Predicate<Field> accepts) {}

  private static final String KNOWN_TYPES =
      "BOOLEAN, INTEGER, BIGINT, DOUBLE, DECIMAL(p, s), VARCHAR, DATE, TIMESTAMP, ROW(name type,"
          + " ...), type ARRAY";

  private final String option;
  private final String text;
  private final Vocabulary vocabulary;
  private int pos;

  private ColumnDeclarations(String option, String text, Vocabulary vocabulary) {
    this.option = option;
    this.text = text;
    this.vocabulary = vocabulary;
  }

  /**
   * The {@code columns} option: {@code name type} pairs separated by commas, every column of the
   * file in order.
   */
  public static List<Field> parseColumns(String option, String text, Vocabulary vocabulary) {
    ColumnDeclarations parser = new ColumnDeclarations(option, text, vocabulary);
    List<Field> fields = parser.fieldList(false);
    parser.skipSpaces();
    if (parser.pos < text.length()) {
      throw parser.error("expected ',' or the end");
    }
    if (fields.isEmpty()) {
      throw parser.error("expected at least one column, e.g. 'id BIGINT, name VARCHAR'");
    }
    return fields;
  }

  /**
   * The {@code types} option: {@code name:type} pairs separated by commas, for some columns. The
   * map keeps the names as written, in order.
   */
  public static Map<String, Field> parseTypes(String option, String text, Vocabulary vocabulary) {
    Map<String, Field> types = new LinkedHashMap<>();
    if (text == null || text.isBlank()) {
      return types;
    }
    ColumnDeclarations parser = new ColumnDeclarations(option, text, vocabulary);
    while (true) {
      parser.skipSpaces();
      String name = parser.nameBeforeColon();
      Field field = parser.checked(parser.type(name));
      if (types.put(name, field) != null) {
        throw new IllegalArgumentException(
            "Option " + option + " names the column '" + name + "' twice");
      }
      parser.skipSpaces();
      if (parser.pos >= text.length()) {
        return types;
      }
      parser.expect(',', "',' between columns or the end");
    }
  }

  /** The SQL spelling of a field's type, as DESCRIBE shows it: {@code DECIMAL(10, 2)}, {@code ROW(a BIGINT)}. */
  public static String sqlName(Field field) {
    ArrowType type = field.getType();
    switch (type.getTypeID()) {
      case Bool:
        return "BOOLEAN";
      case Int:
        switch (((ArrowType.Int) type).getBitWidth()) {
          case 8:
            return "TINYINT";
          case 16:
            return "SMALLINT";
          case 32:
            return "INTEGER";
          default:
            return "BIGINT";
        }
      case FloatingPoint:
        return ((ArrowType.FloatingPoint) type).getPrecision() == FloatingPointPrecision.DOUBLE
            ? "DOUBLE"
            : "REAL";
      case Decimal:
        ArrowType.Decimal decimal = (ArrowType.Decimal) type;
        return "DECIMAL(" + decimal.getPrecision() + ", " + decimal.getScale() + ")";
      case Utf8:
        return "VARCHAR";
      case Date:
        return "DATE";
      case Timestamp:
        return "TIMESTAMP";
      case Struct:
        {
          StringBuilder name = new StringBuilder("ROW(");
          String separator = "";
          for (Field child : field.getChildren()) {
            name.append(separator).append(child.getName()).append(' ').append(sqlName(child));
            separator = ", ";
          }
          return name.append(')').toString();
        }
      case List:
        return sqlName(field.getChildren().get(0)) + " ARRAY";
      default:
        return type.toString();
    }
  }

  /** Fields {@code name type, ...} up to the end of the text, or up to ')' when nested. */
  private List<Field> fieldList(boolean nested) {
    List<Field> fields = new ArrayList<>();
    List<String> names = new ArrayList<>();
    while (true) {
      skipSpaces();
      if (pos >= text.length() || (nested && text.charAt(pos) == ')')) {
        if (!fields.isEmpty()) {
          throw error("expected a column name after ','");
        }
        return fields;
      }
      String name = name();
      if (names.contains(name)) {
        throw new IllegalArgumentException(
            "Option " + option + " names the " + (nested ? "field" : "column") + " '" + name
                + "' twice");
      }
      names.add(name);
      skipSpaces();
      Field field = type(name);
      fields.add(nested ? field : checked(field));
      skipSpaces();
      if (pos < text.length() && text.charAt(pos) == ',') {
        pos++;
        continue;
      }
      return fields;
    }
  }

  /** A type, then any {@code ARRAY} / {@code []} suffixes, as a field called {@code name}. */
  private Field type(String name) {
    skipSpaces();
    int start = pos;
    String word = word();
    if (word.isEmpty()) {
      throw error("expected a type for '" + name + "'; types: " + KNOWN_TYPES);
    }
    Field field;
    switch (word.toUpperCase(Locale.ROOT)) {
      case "BOOLEAN", "BOOL" -> field = scalar(name, ArrowType.Bool.INSTANCE);
      case "INTEGER", "INT", "INT4" -> field = scalar(name, new ArrowType.Int(32, true));
      case "BIGINT", "INT8", "LONG" -> field = scalar(name, new ArrowType.Int(64, true));
      case "DOUBLE", "FLOAT8" -> {
        int save = pos;
        skipSpaces();
        if (!word().equalsIgnoreCase("PRECISION")) {
          pos = save;
        }
        field = scalar(name, new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE));
      }
      case "DECIMAL", "NUMERIC" -> field = decimal(name, start);
      case "VARCHAR", "TEXT", "STRING" -> {
        skipSpaces();
        if (pos < text.length() && text.charAt(pos) == '(') {
          pos++;
          number("a length");
          expect(')', "')' after the length");
        }
        field = scalar(name, ArrowType.Utf8.INSTANCE);
      }
      case "DATE" -> field = scalar(name, new ArrowType.Date(DateUnit.DAY));
      case "TIMESTAMP", "DATETIME" ->
          field = scalar(name, new ArrowType.Timestamp(TimeUnit.MICROSECOND, null));
      case "ROW", "STRUCT" -> {
        skipSpaces();
        expect('(', "'(' after " + word.toUpperCase(Locale.ROOT));
        List<Field> children = fieldList(true);
        if (children.isEmpty()) {
          throw error("expected at least one field in " + word.toUpperCase(Locale.ROOT) + "(...)");
        }
        expect(')', "',' or ')' after a field");
        field = new Field(name, FieldType.nullable(ArrowType.Struct.INSTANCE), children);
      }
      default -> {
        pos = start;
        throw new IllegalArgumentException(
            "Option " + option + ": '" + word + "' is not " + vocabulary.description());
      }
    }
    while (true) {
      int save = pos;
      skipSpaces();
      if (text.startsWith("[]", pos)) {
        pos += 2;
      } else if (word().equalsIgnoreCase("ARRAY")) {
        // consumed
      } else {
        pos = save;
        return field;
      }
      Field element =
          new Field(ListVector.DATA_VECTOR_NAME, field.getFieldType(), field.getChildren());
      field = new Field(name, FieldType.nullable(ArrowType.List.INSTANCE), List.of(element));
    }
  }

  private Field decimal(String name, int start) {
    skipSpaces();
    if (pos >= text.length() || text.charAt(pos) != '(') {
      throw error("DECIMAL needs a precision, e.g. DECIMAL(18, 2)");
    }
    pos++;
    int precision = number("a precision");
    int scale = 0;
    skipSpaces();
    if (pos < text.length() && text.charAt(pos) == ',') {
      pos++;
      scale = number("a scale");
    }
    expect(')', "')' after the precision and scale");
    if (precision < 1 || precision > 38 || scale > precision) {
      pos = start;
      throw new IllegalArgumentException(
          "Option " + option + ": DECIMAL(" + precision + ", " + scale + ") for '" + name
              + "' is out of range: the precision must be 1 to 38 and the scale 0 to the"
              + " precision");
    }
    return scalar(name, new ArrowType.Decimal(precision, scale, 128));
  }

  private Field checked(Field field) {
    if (!vocabulary.accepts().test(field)) {
      throw new IllegalArgumentException(
          "Option " + option + ": '" + sqlName(field) + "' is not " + vocabulary.description());
    }
    return field;
  }

  private static Field scalar(String name, ArrowType type) {
    return Field.nullable(name, type);
  }

  private String name() {
    if (pos < text.length() && text.charAt(pos) == '"') {
      return quotedName();
    }
    int start = pos;
    while (pos < text.length() && !Character.isWhitespace(text.charAt(pos))
        && ",()[]:\"".indexOf(text.charAt(pos)) < 0) {
      pos++;
    }
    if (pos == start) {
      throw error("expected a column name");
    }
    return text.substring(start, pos);
  }

  /** In {@code types}: a quoted name, or everything up to the colon, trimmed. */
  private String nameBeforeColon() {
    String name;
    if (pos < text.length() && text.charAt(pos) == '"') {
      name = quotedName();
      skipSpaces();
    } else {
      int colon = text.indexOf(':', pos);
      int comma = text.indexOf(',', pos);
      if (colon < 0 || (comma >= 0 && comma < colon)) {
        int end = comma < 0 ? text.length() : comma;
        throw new IllegalArgumentException(
            "Option " + option + " expects column:TYPE pairs separated by commas, e.g."
                + " 'amount:VARCHAR,id:BIGINT'; got '" + text.substring(pos, end).trim() + "'");
      }
      name = text.substring(pos, colon).trim();
      pos = colon;
      if (name.isEmpty()) {
        throw error("expected a column name before ':'");
      }
    }
    expect(':', "':' between the column name and its type");
    return name;
  }

  private String quotedName() {
    StringBuilder name = new StringBuilder();
    pos++;
    while (true) {
      if (pos >= text.length()) {
        throw error("a quoted name is not closed");
      }
      char c = text.charAt(pos++);
      if (c == '"') {
        if (pos < text.length() && text.charAt(pos) == '"') {
          pos++;
        } else {
          break;
        }
      }
      name.append(c);
    }
    if (name.length() == 0) {
      throw error("a column name cannot be empty");
    }
    return name.toString();
  }

  private String word() {
    int start = pos;
    while (pos < text.length() && Character.isLetterOrDigit(text.charAt(pos))) {
      pos++;
    }
    return text.substring(start, pos);
  }

  private int number(String what) {
    skipSpaces();
    int start = pos;
    while (pos < text.length() && pos - start < 9 && Character.isDigit(text.charAt(pos))) {
      pos++;
    }
    if (pos == start) {
      throw error("expected " + what);
    }
    int value = Integer.parseInt(text.substring(start, pos));
    skipSpaces();
    return value;
  }

  private void expect(char c, String what) {
    skipSpaces();
    if (pos >= text.length() || text.charAt(pos) != c) {
      throw error("expected " + what);
    }
    pos++;
  }

  private void skipSpaces() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  private IllegalArgumentException error(String problem) {
    String found = pos >= text.length() ? "the end" : "'" + text.substring(pos, Math.min(text.length(), pos + 20)) + "'";
    return new IllegalArgumentException(
        "Option " + option + ": " + problem + ", found " + found + " (character " + (pos + 1)
            + " of '" + text + "')");
  }
}
