package dev.quiver.adapters.json;

import dev.quiver.adapters.csv.Rejection;
import dev.quiver.adapters.csv.RejectsFile;
import dev.quiver.adapters.spi.ReaderException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The records one JSON reader skipped under {@code ignore_errors=true}: counts them and appends
 * them to the rejects file (the CSV readers' format, {@link RejectsFile}) once per batch, in the
 * order read, which is line order.
 */
final class SkippedRecords implements RecordRejects {
  private final Path file;
  private final Path rejectsFile;
  private final LateDataErrors errors;
  private final List<Rejection> pending = new ArrayList<>();
  private long count;

  SkippedRecords(Path file, Path rejectsFile, LateDataErrors errors) {
    this.file = file;
    this.rejectsFile = rejectsFile;
    this.errors = errors;
  }

  @Override
  public void reject(ReaderException error, String rawText) {
    count++;
    String value = errors.takeValue();
    if (value != null && value.length() > JsonInput.MAX_RAW_CHARS) {
      value = value.substring(0, JsonInput.MAX_RAW_CHARS) + "...";
    }
    if (rejectsFile != null) {
      pending.add(
          new Rejection(file, error.line(), error.column(), value, reasonOf(error), rawText));
    }
  }

  /** Records skipped so far. */
  long count() {
    return count;
  }

  /** Appends the records skipped since the last call to the rejects file, if there is one. */
  void flush() throws IOException {
    if (pending.isEmpty()) {
      return;
    }
    try {
      RejectsFile.append(rejectsFile, pending);
    } finally {
      pending.clear();
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
}
