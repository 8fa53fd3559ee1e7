package dev.quiver.adapters.spi;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Malformed or unreadable input, with enough context for a person to act on it.
 *
 * <p>The message has one shape for every format (see {@link #getMessage()}):
 *
 * <pre>
 * orders.csv:1048577: column 'amount' (DOUBLE, inferred from a sample of 20000 rows): cannot parse 'n/a'
 *   Hint: declare the type with read_csv('orders.csv', types => 'amount=VARCHAR'), or raise sample_size
 *   Line: 7,paid,n/a,2024-01-01
 * </pre>
 */
public class ReaderException extends IOException {
  private final Path file;
  private final long line;
  private final String column;

  /**
   * @param file the file being read
   * @param line 1-based line (or row-group / record number for other formats), or -1 if unknown
   * @param column the column name, or null when the problem is not about one column
   * @param problem what is wrong, with the offending value and what was expected
   * @param hint how to fix it, or null
   * @param context the raw input around the problem (e.g. the line), or null
   */
  public ReaderException(
      Path file, long line, String column, String problem, String hint, String context) {
    super(format(file, line, column, problem, hint, context));
    this.file = file;
    this.line = line;
    this.column = column;
  }

  public Path file() {
    return file;
  }

  public long line() {
    return line;
  }

  public String column() {
    return column;
  }

  private static String format(
      Path file, long line, String column, String problem, String hint, String context) {
    StringBuilder message = new StringBuilder();
    message.append(file == null ? "<unknown file>" : file.toString());
    if (line >= 0) {
      message.append(':').append(line);
    }
    message.append(": ");
    if (column != null) {
      message.append("column '").append(column).append("': ");
    }
    message.append(problem);
    if (hint != null) {
      message.append("\n  Hint: ").append(hint);
    }
    if (context != null) {
      message.append("\n  Line: ").append(context);
    }
    return message.toString();
  }
}
