package dev.quiver.adapters.csv;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Appends rejected rows to a CSV file ({@code file,line,column,value,reason,raw_line}, the header
 * written when the file is new or empty) that can be queried like any other CSV file.
 *
 * <p>Appending, not replacing: readers of several partitions or files of one query, and later
 * queries, add to the same file, each batch of rows in one write under a lock (one per path in this
 * JVM, and a file lock against other processes), so lines never interleave. Delete the file to
 * start afresh.
 */
public final class RejectsFile {
  public static final String HEADER = "file,line,column,value,reason,raw_line\n";

  private static final ConcurrentHashMap<Path, Object> LOCKS = new ConcurrentHashMap<>();

  private RejectsFile() {}

  /** Appends {@code rows} to {@code target} as CSV lines. */
  public static void append(Path target, List<Rejection> rows) throws IOException {
    if (rows.isEmpty()) {
      return;
    }
    StringBuilder text = new StringBuilder();
    for (Rejection row : rows) {
      quoted(text, row.file().toString()).append(',');
      if (row.line() >= 0) {
        text.append(row.line());
      }
      text.append(',');
      if (row.column() != null) {
        quoted(text, row.column());
      }
      text.append(',');
      if (row.value() != null) {
        quoted(text, row.value());
      }
      text.append(',');
      quoted(text, row.reason()).append(',');
      quoted(text, row.rawLine()).append('\n');
    }
    Path key = target.toAbsolutePath().normalize();
    synchronized (LOCKS.computeIfAbsent(key, k -> new Object())) {
      try (FileChannel channel =
              FileChannel.open(
                  key,
                  StandardOpenOption.CREATE,
                  StandardOpenOption.WRITE,
                  StandardOpenOption.APPEND);
          FileLock ignored = channel.lock()) {
        String content = channel.size() == 0 ? HEADER + text : text.toString();
        ByteBuffer bytes = ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
          channel.write(bytes);
        }
      }
    }
  }

  /** Always quoted, so delimiters, quotes and line breaks inside survive a read back. */
  private static StringBuilder quoted(StringBuilder text, String value) {
    text.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"') {
        text.append('"');
      }
      text.append(c);
    }
    return text.append('"');
  }
}
