package dev.quiver.engine.plan.schema;

import dev.quiver.adapters.spi.FileFormat;
import dev.quiver.engine.error.ErrorCode;
import dev.quiver.engine.error.QuiverException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.FunctionParameter;
import org.apache.calcite.schema.TableMacro;
import org.apache.calcite.schema.TranslatableTable;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.util.NlsString;

/**
 * {@code read_csv(path, delim => ';', header => true, ...)} and its siblings: a table function
 * that reads a file, directory or glob with a named format and options, for when inference by
 * file name and defaults is not what the user wants. Calcite calls it at planning time with the
 * literal arguments (a table macro), so the file is sniffed once and the query is typed.
 */
final class ReadFileFunction implements TableMacro {
  /** One option: its SQL name (as written with {@code =>}) and type. */
  record Option(String name, SqlTypeName type) {}

  private static final String REJECTS_FILE = "rejects_file";

  private final FileFormat format;
  private final List<Option> options;
  private final DirectorySchema schema;
  private final TableCatalog catalog;

  ReadFileFunction(
      FileFormat format, List<Option> options, DirectorySchema schema, TableCatalog catalog) {
    this.format = format;
    this.options = options;
    this.schema = schema;
    this.catalog = catalog;
  }

  @Override
  public List<FunctionParameter> getParameters() {
    List<FunctionParameter> parameters = new ArrayList<>();
    parameters.add(parameter(0, "path", SqlTypeName.VARCHAR, false));
    for (int i = 0; i < options.size(); i++) {
      parameters.add(parameter(i + 1, options.get(i).name(), options.get(i).type(), true));
    }
    return parameters;
  }

  @Override
  public TranslatableTable apply(List<? extends Object> arguments) {
    Object path = arguments.get(0);
    if (path == null) {
      throw new QuiverException(
          ErrorCode.SYNTAX_OR_BINDING,
          "read_" + format.name() + " needs a file, directory or glob as its first argument");
    }
    Map<String, String> given = new LinkedHashMap<>();
    for (int i = 0; i < options.size(); i++) {
      Object value = arguments.get(i + 1);
      if (value != null) {
        Option option = options.get(i);
        String name = option.name().toLowerCase(Locale.ROOT);
        String text = optionText(option, value);
        // A rejects file, like every path in a query, is relative to the connection's directory.
        given.put(name, name.equals(REJECTS_FILE) ? schema.resolve(text).toString() : text);
      }
    }
    return catalog.tableAt(schema.resolve(text(path)), catalog.readWith(format, given));
  }

  /**
   * The text of an option's literal, checked against the option's type: readers take options as
   * text, and a value of the wrong kind is an error naming the option (Calcite would otherwise
   * turn {@code header => 'x'} into false and {@code sample_size => 'abc'} into an evaluation
   * error).
   */
  private String optionText(Option option, Object value) {
    String text = text(value);
    switch (option.type()) {
      case BOOLEAN:
        String lower = text.trim().toLowerCase(Locale.ROOT);
        if (!lower.equals("true") && !lower.equals("false")) {
          throw badValue(option, "true or false", value);
        }
        return lower;
      case INTEGER:
        try {
          return Integer.toString(Integer.parseInt(text.trim()));
        } catch (NumberFormatException e) {
          throw badValue(option, "an integer", value);
        }
      default:
        if (value instanceof NlsString || value instanceof String) {
          return text;
        }
        throw badValue(option, "a string in single quotes", value);
    }
  }

  private QuiverException badValue(Option option, String expected, Object value) {
    boolean string = value instanceof NlsString || value instanceof String;
    return new QuiverException(
        ErrorCode.USER_ERROR,
        "read_" + format.name() + ": option " + option.name() + " expects " + expected + ", got "
            + (string ? "'" + text(value) + "'" : text(value)));
  }

  /** A literal as Calcite hands it over: a string (NlsString), a number or a boolean. */
  private static String text(Object value) {
    if (value instanceof NlsString nls) {
      return nls.getValue();
    }
    if (value instanceof BigDecimal number) {
      return number.toPlainString();
    }
    return value.toString();
  }

  private static FunctionParameter parameter(
      int ordinal, String name, SqlTypeName type, boolean optional) {
    return new FunctionParameter() {
      @Override
      public int getOrdinal() {
        return ordinal;
      }

      @Override
      public String getName() {
        return name;
      }

      @Override
      public RelDataType getType(RelDataTypeFactory typeFactory) {
        // Calcite hands a macro its literal arguments only for Java-typed parameters; Object takes
        // any literal as written (a string, a number, a boolean), so that apply can name the
        // option whose value is of the wrong kind.
        return typeFactory.createJavaType(ordinal == 0 ? String.class : Object.class);
      }

      @Override
      public boolean isOptional() {
        return optional;
      }
    };
  }
}
