package dev.quiver.adapters.json;

import dev.quiver.adapters.compress.PositionalInput;
import dev.quiver.adapters.spi.ReaderException;
import dev.quiver.adapters.spi.ScanMetrics;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Streams a JSON file through one reused byte buffer and frames whole top-level values in it, so
 * the tokenizer never meets the end of the buffer inside a record.
 *
 * <p>The buffer grows only while one record does not fit, up to {@link #MAX_RECORD_BYTES}; memory
 * stays bounded whatever the file size. Line numbers are counted only for error messages.
 */
final class JsonInput {
  static final int DEFAULT_BUFFER_BYTES = 1 << 20;
  static final int MAX_RECORD_BYTES = 64 << 20;
  private static final int CONTEXT_CHARS = 200;
  private static final int CONTEXT_BYTES = CONTEXT_CHARS * 4;
  private static final int LINE_COUNT_BUFFER_BYTES = 1 << 16;
  /** A skipped record's text in the rejects file is cut to this many characters. */
  static final int MAX_RAW_CHARS = 1000;

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long LINE_FEEDS = 0x0A0A0A0A0A0A0A0AL;
  private static final long LOW_BITS = 0x0101010101010101L;
  private static final long HIGH_BITS = 0x8080808080808080L;

  final Path file;
  private final PositionalInput input;
  private final ScanMetrics metrics;

  byte[] buf;
  int pos;
  int limit;
  private long bufferOffset;
  private boolean eof;

  /** File offset of the start of the current line, as far as {@link #peekSignificant} knows. */
  long lineStart;

  /**
   * Line numbers for errors, kept once the first error asked (only reads that skip bad records go
   * on after one): the line feeds before file offset {@code countedTo}, counted as the buffer moves
   * on, so that each further error costs only the bytes since the last, not a re-read from the
   * start (which for a compressed file means decompressing again).
   */
  private boolean lineCursorSet;

  private long countedTo;
  private long lineFeedsBefore;
  private long lastLineStart;

  JsonInput(Path file, PositionalInput input, int bufferBytes, ScanMetrics metrics) {
    this.file = file;
    this.input = input;
    this.buf = new byte[bufferBytes];
    this.metrics = metrics;
  }

  /** Starts reading at file offset {@code offset}. */
  void seek(long offset) {
    lineCursorSet = false;
    bufferOffset = offset;
    lineStart = offset;
    pos = 0;
    limit = 0;
    eof = false;
  }

  /** Starts reading at the first line start at or after {@code offset}. */
  void seekToLineStart(long offset) throws IOException {
    if (offset == 0) {
      seek(0);
      return;
    }
    seek(offset - 1);
    while (true) {
      while (pos < limit) {
        if (buf[pos++] == '\n') {
          lineStart = bufferOffset + pos;
          return;
        }
      }
      if (!refill()) {
        return;
      }
    }
  }

  /** Whether the last failed {@link #refill()} stopped at the record size limit, not the end. */
  boolean recordTooLong() {
    return !eof;
  }

  /** File offset of buffer index {@code index}. */
  long offsetOf(int index) {
    return bufferOffset + index;
  }

  /** Buffer index of file offset {@code offset}, which must lie in the buffer. */
  int indexOf(long offset) {
    return (int) (offset - bufferOffset);
  }

  /** File offset of the next unread byte. */
  long position() {
    return bufferOffset + pos;
  }

  /**
   * Skips JSON whitespace (blank lines too) and returns the next byte, or -1 at end of file; {@link
   * #lineStart} is then the file offset where the line holding that byte starts.
   */
  int peekSignificant() throws IOException {
    while (true) {
      while (pos < limit) {
        byte b = buf[pos];
        if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
          return b & 0xFF;
        }
        pos++;
        if (b == '\n') {
          lineStart = bufferOffset + pos;
        }
      }
      if (!refill()) {
        return -1;
      }
    }
  }

  /**
   * Skips spaces, tabs and CR up to the end of the line; returns whether the line ends there (a LF
   * or the end of the file) rather than at another byte.
   */
  boolean skipToLineEnd() throws IOException {
    while (true) {
      while (pos < limit) {
        byte b = buf[pos];
        if (b == '\n') {
          pos++;
          lineStart = bufferOffset + pos;
          return true;
        }
        if (b != ' ' && b != '\r' && b != '\t') {
          return false;
        }
        pos++;
      }
      if (!refill()) {
        return true;
      }
    }
  }

  /**
   * Makes the line from {@link #pos} lie wholly in the buffer and returns the buffer index of its
   * LF, or -1 when the file ends first or the line is longer than a record may be (then {@link
   * #frameValue()} says which).
   */
  int findLineEnd() throws IOException {
    return findLineEnd(pos);
  }

  /**
   * {@link #findLineEnd()} from buffer index {@code from} (at or after {@link #pos}, which stays):
   * the returned index is valid in the buffer as it is afterwards, older indices may not be.
   */
  int findLineEnd(int from) throws IOException {
    int i = from;
    while (true) {
      final byte[] b = buf;
      final int end = limit;
      while (i + Long.BYTES <= end) {
        // SWAR: a zero byte in word ^ LFs marks a LF; the lowest flagged byte is exact.
        long x = (long) LONGS.get(b, i) ^ LINE_FEEDS;
        long found = (x - LOW_BITS) & ~x & HIGH_BITS;
        if (found != 0) {
          return i + (Long.numberOfTrailingZeros(found) >>> 3);
        }
        i += Long.BYTES;
      }
      while (i < end) {
        if (b[i] == '\n') {
          return i;
        }
        i++;
      }
      int scanned = i - pos;
      if (!refill()) {
        return -1;
      }
      i = pos + scanned;
    }
  }

  /**
   * Makes the object or array starting at {@link #pos} lie wholly in the buffer and returns the
   * buffer index just past its closing bracket, or -1 when the file ends first. Only brackets and
   * string quotes are looked at; the tokenizer checks everything else.
   */
  int frameValue() throws IOException {
    int depth = 0;
    boolean inString = false;
    boolean escaped = false;
    int i = pos;
    while (true) {
      final byte[] b = buf;
      final int end = limit;
      while (i < end) {
        if (inString) {
          while (i < end) {
            byte s = b[i++];
            if (escaped) {
              escaped = false;
            } else if (s == '\\') {
              escaped = true;
            } else if (s == '"') {
              inString = false;
              break;
            }
          }
          continue;
        }
        byte c = b[i++];
        if (c == '"') {
          inString = true;
        } else if (c == '{' || c == '[') {
          depth++;
        } else if ((c == '}' || c == ']') && --depth == 0) {
          return i;
        }
      }
      // The scan state lives in locals, so it survives the buffer moving under it.
      int scanned = i - pos;
      if (!refill()) {
        return -1;
      }
      i = pos + scanned;
    }
  }

  /**
   * Keeps the bytes from {@link #pos} on, reads more of the file after them, growing the buffer
   * when it is full of one record. Returns false when the file had no more bytes, or when one
   * record already fills a buffer of {@link #MAX_RECORD_BYTES} (then {@link #recordTooLong()}).
   */
  boolean refill() throws IOException {
    if (eof) {
      return false;
    }
    if (pos > 0) {
      if (lineCursorSet) {
        advanceLineCursor(bufferOffset + pos);
      }
      System.arraycopy(buf, pos, buf, 0, limit - pos);
      bufferOffset += pos;
      limit -= pos;
      pos = 0;
    }
    if (limit == buf.length) {
      if (buf.length >= MAX_RECORD_BYTES) {
        // One record fills the largest buffer; the caller reports it (see recordTooLong).
        return false;
      }
      byte[] bigger = new byte[(int) Math.min((long) buf.length * 2, MAX_RECORD_BYTES)];
      System.arraycopy(buf, 0, bigger, 0, limit);
      buf = bigger;
    }
    while (true) {
      int read = input.read(buf, limit, buf.length - limit, bufferOffset + limit);
      if (read < 0) {
        eof = true;
        return false;
      }
      if (read > 0) {
        if (metrics != null) {
          metrics.addBytes(read);
        }
        limit += read;
        return true;
      }
    }
  }

  /** An error at file offset {@code offset}, naming its line and showing that line. */
  ReaderException error(long offset, String problem, String hint) throws IOException {
    return error(offset, null, problem + " (byte offset " + offset + ")", hint);
  }

  /** An error about {@code column} in the record at file offset {@code offset}. */
  ReaderException error(long offset, String column, String problem, String hint)
      throws IOException {
    long[] lineAndStart = lineOf(offset);
    return new ReaderException(
        file, lineAndStart[0], column, problem, hint, lineText(lineAndStart[1]));
  }

  /** The 1-based line holding {@code offset} and the offset where that line starts. */
  private long[] lineOf(long offset) throws IOException {
    boolean inBuffer = offset >= bufferOffset && offset <= bufferOffset + limit;
    if (lineCursorSet && inBuffer && offset >= countedTo) {
      advanceLineCursor(offset);
      return new long[] {lineFeedsBefore + 1, lastLineStart};
    }
    long[] counted = countLines(offset);
    if (inBuffer) {
      lineCursorSet = true;
      countedTo = offset;
      lineFeedsBefore = counted[0] - 1;
      lastLineStart = counted[1];
    }
    return counted;
  }

  /** Counts the line feeds of the buffer from {@code countedTo} up to file offset {@code to}. */
  private void advanceLineCursor(long to) {
    byte[] b = buf;
    int end = indexOf(to);
    for (int i = indexOf(countedTo); i < end; i++) {
      if (b[i] == '\n') {
        lineFeedsBefore++;
        lastLineStart = bufferOffset + i + 1;
      }
    }
    countedTo = Math.max(countedTo, to);
  }

  /** {@link #lineOf} by reading the file from its start. */
  private long[] countLines(long offset) throws IOException {
    byte[] chunk = new byte[LINE_COUNT_BUFFER_BYTES];
    long lines = 1;
    long start = 0;
    long at = 0;
    while (at < offset) {
      int want = (int) Math.min(chunk.length, offset - at);
      int read = input.read(chunk, 0, want, at);
      if (read <= 0) {
        break;
      }
      for (int i = 0; i < read; i++) {
        if (chunk[i] == '\n') {
          lines++;
          start = at + i + 1;
        }
      }
      at += read;
    }
    return new long[] {lines, start};
  }

  /** The text of the line starting at {@code lineStart}, cut to about 200 characters. */
  private String lineText(long lineStart) throws IOException {
    if (lineStart >= bufferOffset && lineStart <= bufferOffset + limit) {
      // From the buffer when it holds enough to give the same answer as the file.
      int from = indexOf(lineStart);
      int length = Math.min(CONTEXT_BYTES, limit - from);
      if (length == CONTEXT_BYTES || eof || lineBreakIn(from, from + length)) {
        return contextText(buf, from, length);
      }
    }
    byte[] bytes = new byte[CONTEXT_BYTES];
    int length = 0;
    while (length < bytes.length) {
      int read = input.read(bytes, length, bytes.length - length, lineStart + length);
      if (read <= 0) {
        break;
      }
      length += read;
    }
    return contextText(bytes, 0, length);
  }

  private boolean lineBreakIn(int from, int to) {
    for (int i = from; i < to; i++) {
      if (buf[i] == '\n' || buf[i] == '\r') {
        return true;
      }
    }
    return false;
  }

  /** The line in {@code bytes[from, from + length)}, cut to about 200 characters. */
  private static String contextText(byte[] bytes, int from, int length) {
    int end = from;
    while (end < from + length && bytes[end] != '\n' && bytes[end] != '\r') {
      end++;
    }
    String text = new String(bytes, from, end - from, StandardCharsets.UTF_8);
    boolean cut = end == from + length && length == CONTEXT_BYTES;
    if (text.length() > CONTEXT_CHARS) {
      return text.substring(0, CONTEXT_CHARS) + "...";
    }
    return cut ? text + "..." : text;
  }

  /**
   * The buffer's bytes {@code [start, end)} as text (invalid UTF-8 replaced), cut to {@link
   * #MAX_RAW_CHARS} characters and "...": a skipped record for the rejects file.
   */
  String rawText(int start, int end) {
    int bytes = Math.min(end - start, MAX_RAW_CHARS * 4);
    String text = new String(buf, start, bytes, StandardCharsets.UTF_8);
    if (text.length() > MAX_RAW_CHARS) {
      return text.substring(0, MAX_RAW_CHARS) + "...";
    }
    return bytes < end - start ? text + "..." : text;
  }
}
