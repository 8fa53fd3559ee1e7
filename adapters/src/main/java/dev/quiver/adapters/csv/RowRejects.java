package dev.quiver.adapters.csv;

import dev.quiver.adapters.spi.ReaderException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The rows one CSV reader skipped under {@code ignore_errors=true}: counts them, marks the rows of
 * the current run that a decoder found bad so they can be dropped, and appends each skipped row to
 * the rejects file once per run, in line order.
 */
final class RowRejects {
  private final Path file;
  private final Path rejectsFile;
  private final boolean[] rejectedRows;
  private final List<Rejection> pending = new ArrayList<>();
  private boolean anyRowRejected;
  private long count;

  RowRejects(Path file, Path rejectsFile, int runCapacity) {
    this.file = file;
    this.rejectsFile = rejectsFile;
    this.rejectedRows = new boolean[runCapacity];
  }

  /** Rows skipped so far. */
  long count() {
    return count;
  }

  /** A row the scanner dropped before it reached the table (too many fields, bad quoting). */
  void rejectUnstoredRow(ReaderException error, String rawLine) {
    count++;
    record(error, null, rawLine);
  }

  /** Row {@code row} of the current run holds a bad value; only its first one is recorded. */
  void rejectRow(int row, ReaderException error, String value, String rawLine) {
    if (rejectedRows[row]) {
      return;
    }
    rejectedRows[row] = true;
    anyRowRejected = true;
    count++;
    record(error, value, rawLine);
  }

  boolean anyRowRejected() {
    return anyRowRejected;
  }

  /**
   * Removes the rejected rows from rows 0..rows-1 of {@code table}, keeping the others in order;
   * returns how many are kept.
   */
  int removeRejectedRows(FieldTable table, int rows) {
    int kept = 0;
    for (int row = 0; row < rows; row++) {
      if (rejectedRows[row]) {
        rejectedRows[row] = false;
        continue;
      }
      if (kept != row) {
        moveRow(table, row, kept);
      }
      kept++;
    }
    anyRowRejected = false;
    return kept;
  }

  /** Appends the rows rejected since the last call to the rejects file, if there is one. */
  void flush() throws IOException {
    if (pending.isEmpty()) {
      return;
    }
    pending.sort(Comparator.comparingLong(Rejection::line));
    try {
      if (rejectsFile != null) {
        RejectsFile.append(rejectsFile, pending);
      }
    } finally {
      pending.clear();
    }
  }

  private void record(ReaderException error, String value, String rawLine) {
    if (rejectsFile != null) {
      pending.add(
          new Rejection(file, error.line(), error.column(), value, reasonOf(error), rawLine));
    }
  }

  /** The error's first line without the "file:line: column 'x': " the other fields hold. */
  private String reasonOf(ReaderException error) {
    String message = error.getMessage();
    int lineEnd = message.indexOf('\n');
    String first = lineEnd < 0 ? message : message.substring(0, lineEnd);
    String prefix = file + (error.line() >= 0 ? ":" + error.line() : "") + ": ";
    if (first.startsWith(prefix)) {
      first = first.substring(prefix.length());
    }
    String columnPrefix = "column '" + error.column() + "': ";
    if (error.column() != null && first.startsWith(columnPrefix)) {
      first = first.substring(columnPrefix.length());
    }
    return first;
  }

  private static void moveRow(FieldTable table, int from, int to) {
    for (int column = 0; column < table.columns; column++) {
      int base = table.base(column);
      if (base >= 0) {
        table.starts[base + to] = table.starts[base + from];
        table.ends[base + to] = table.ends[base + from];
        table.kinds[base + to] = table.kinds[base + from];
      }
    }
    table.rowStarts[to] = table.rowStarts[from];
    table.rowEnds[to] = table.rowEnds[from];
    table.rowLines[to] = table.rowLines[from];
    table.rowFieldCounts[to] = table.rowFieldCounts[from];
  }
}
