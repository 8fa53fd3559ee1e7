package dev.quiver.adapters.csv;

import dev.quiver.adapters.spi.ReaderException;
import java.io.IOException;
import java.nio.file.Path;

/** Builds the errors for field values that do not fit their column, with the fix a person needs. */
final class ValueErrors {
  private final Path file;
  private final String sampleDescription;

  ValueErrors(Path file, String sampleDescription) {
    this.file = file;
    this.sampleDescription = sampleDescription;
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
            + ";sample_size=0 samples every row) so the column is inferred as VARCHAR, or fix the"
            + " value",
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
