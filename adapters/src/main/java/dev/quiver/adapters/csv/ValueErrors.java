package dev.quiver.adapters.csv;

import dev.quiver.adapters.arrow.StrptimeFormat;
import dev.quiver.adapters.spi.ReaderException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** Builds the errors for field values that do not fit their column, with the fix a person needs. */
final class ValueErrors {
  private final Path file;
  private final String sampleDescription;

  /** Where rows with bad values go under ignore_errors=true; null to fail on them. */
  private final RowRejects rejects;

  /** The dialect's date and timestamp formats, or null for ISO, named in messages. */
  private final StrptimeFormat dateFormat;

  private final StrptimeFormat timestampFormat;

  /** Columns whose type the user declared, each with the option that declared it. */
  private final Map<String, String> declaredColumns;

  ValueErrors(Path file, String sampleDescription) {
    this(file, sampleDescription, null, null, null, Map.of());
  }

  ValueErrors(
      Path file,
      String sampleDescription,
      RowRejects rejects,
      StrptimeFormat dateFormat,
      StrptimeFormat timestampFormat,
      Map<String, String> declaredColumns) {
    this.file = file;
    this.sampleDescription = sampleDescription;
    this.rejects = rejects;
    this.dateFormat = dateFormat;
    this.timestampFormat = timestampFormat;
    this.declaredColumns = declaredColumns == null ? Map.of() : declaredColumns;
  }

  /** Whether a bad value rejects its row (the decoder leaves it NULL and goes on) or fails. */
  boolean rejecting() {
    return rejects != null;
  }

  /**
   * A value its typed column cannot read: fails with {@link #cannotRead}, or under ignore_errors
   * rejects the row and returns, the decoder leaving the value NULL.
   */
  void badValue(CsvScanner scanner, int row, String column, CsvColumnType type, int start, int end)
      throws IOException {
    ReaderException error = cannotRead(scanner, row, column, type, start, end);
    if (rejects == null) {
      throw error;
    }
    rejects.rejectRow(row, error, scanner.fullText(start, end), scanner.rowFullText(row));
  }

  /** Rejects the row for invalid UTF-8 at {@code at} in a text column's value start..end. */
  void rejectInvalidUtf8(CsvScanner scanner, int row, String column, int at, int start, int end)
      throws IOException {
    rejects.rejectRow(
        row,
        invalidUtf8(scanner, row, column, at),
        scanner.fullText(start, end),
        scanner.rowFullText(row));
  }

  /**
   * A value a typed column cannot read, e.g. 'n/a' in a DOUBLE column inferred from a sample, or
   * '31.01.2024' in a DATE column read with dateformat '%d/%m/%Y'.
   */
  ReaderException cannotRead(
      CsvScanner scanner, int row, String column, CsvColumnType type, int start, int end)
      throws IOException {
    String declaredBy = declaredColumns.get(column);
    String format = expectedFormat(type);
    String problem =
        "cannot read '" + scanner.text(start, end) + "' as " + type
            + (format == null ? "" : " " + format)
            + (declaredBy != null
                ? " (type given by the " + declaredBy + " option)"
                : " (type inferred from " + sampleDescription + ")");
    String fixFormat =
        format == null
            ? ""
            : "change "
                + (type == CsvColumnType.DATE || timestampFormat == null
                    ? "dateformat"
                    : "timestampformat")
                + ", ";
    String hint;
    if (declaredBy != null) {
      hint =
          fixFormat + "declare another type for '" + column + "' in the " + declaredBy
              + " option (VARCHAR reads any value), or fix the value";
    } else {
      Path directory = file.toAbsolutePath().getParent();
      hint =
          fixFormat + "raise the sample (jdbc:quiver:" + directory
              + ";sample_size=0 samples every row) so the column is inferred as VARCHAR, declare"
              + " the type (read_csv('" + file.getFileName() + "', types => '" + column
              + ":VARCHAR')), or fix the value";
      hint = Character.toUpperCase(hint.charAt(0)) + hint.substring(1);
    }
    return new ReaderException(file, scanner.rowLine(row), column, problem, hint, scanner.rowText(row));
  }

  /** The user's format a value of {@code type} must match, as a phrase, or null for ISO. */
  private String expectedFormat(CsvColumnType type) {
    if (type == CsvColumnType.DATE && dateFormat != null) {
      return "with dateformat '" + dateFormat.pattern() + "'";
    }
    if (type == CsvColumnType.TIMESTAMP && (timestampFormat != null || dateFormat != null)) {
      String timestamps =
          timestampFormat != null
              ? "timestampformat '" + timestampFormat.pattern() + "'"
              : "an ISO timestamp";
      String dates =
          dateFormat != null ? "dateformat '" + dateFormat.pattern() + "'" : "an ISO date";
      return "with " + timestamps + " (or " + dates + ")";
    }
    return null;
  }

  /** Bytes that are not UTF-8 in a text column. */
  ReaderException invalidUtf8(CsvScanner scanner, int row, String column, int at)
      throws IOException {
    return new ReaderException(
        file,
        scanner.rowLine(row),
        column,
        String.format(
            "invalid UTF-8 at byte offset %d (byte 0x%02X); CSV files must be UTF-8",
            scanner.fileOffset(at), scanner.buf[at] & 0xFF),
        "re-encode the file as UTF-8 (e.g. iconv -f latin1 -t utf-8)",
        scanner.rowText(row));
  }
}
