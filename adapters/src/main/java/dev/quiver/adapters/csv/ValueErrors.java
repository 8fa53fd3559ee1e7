package dev.quiver.adapters.csv;

import dev.quiver.adapters.spi.ReaderException;
import java.io.IOException;
import java.nio.file.Path;

/** Builds the errors for field values that do not fit their column, with the fix a person needs. */
final class ValueErrors {
  private final Path file;
  private final String sampleDescription;

  /** Where rows with bad values go under ignore_errors=true; null to fail on them. */
  private final RowRejects rejects;

  ValueErrors(Path file, String sampleDescription) {
    this(file, sampleDescription, null);
  }

  ValueErrors(Path file, String sampleDescription, RowRejects rejects) {
    this.file = file;
    this.sampleDescription = sampleDescription;
    this.rejects = rejects;
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

  /** A value a typed column cannot read, e.g. 'n/a' in a DOUBLE column inferred from a sample. */
  ReaderException cannotRead(
      CsvScanner scanner, int row, String column, CsvColumnType type, int start, int end)
      throws IOException {
    Path directory = file.toAbsolutePath().getParent();
    return new ReaderException(
        file,
        scanner.rowLine(row),
        column,
        "cannot read '"
            + scanner.text(start, end)
            + "' as "
            + type
            + " (type inferred from "
            + sampleDescription
            + ")",
        "Raise the sample (jdbc:quiver:"
            + directory
            + ";sample_size=0 samples every row) so the column is inferred as VARCHAR, declare the"
            + " type (read_csv('"
            + file.getFileName()
            + "', types => '"
            + column
            + ":VARCHAR')), or fix the value",
        scanner.rowText(row));
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
