package dev.quiver.adapters.csv;

import dev.quiver.adapters.compress.PositionalInput;
import dev.quiver.adapters.spi.ReaderException;
import dev.quiver.adapters.spi.ScanMetrics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Streams a CSV file through a reused byte buffer and tokenizes runs of rows into a {@link
 * FieldTable}, keeping track of physical line numbers for error messages.
 *
 * <p>The buffer grows only when one row does not fit in it, up to {@link #MAX_ROW_BYTES}. Field
 * positions in the table stay valid until the next {@link #refill()}.
 */
final class CsvScanner {
  static final int DEFAULT_BUFFER_BYTES = 1 << 20;
  static final int MAX_ROW_BYTES = 64 << 20;
  private static final int CONTEXT_CHARS = 200;
  private static final int LINE_COUNT_BUFFER_BYTES = 1 << 20;

  final Path file;
  private final PositionalInput input;
  private final CsvTokenizer tokenizer;
  final FieldTable table;
  private final boolean strictWidth;
  private final ScanMetrics metrics;

  byte[] buf;
  int pos;
  private int limit;
  private long bufferOffset;
  private boolean eof;
  private long stopOffset = Long.MAX_VALUE;
  private boolean needsData;
  private boolean finished;

  /** Line of the row at {@link #pos}, counted from 0 at {@link #beginOffset}. */
  private long relativeLine;

  private long beginOffset;

  /** 1-based physical line at {@link #beginOffset}, or -1 until an error needs it. */
  private long beginLine;

  /** Line breaks seen inside quoted fields since the last seek. */
  long quotedLineBreaks;

  /** Where malformed rows go under ignore_errors=true; null to fail on them. */
  RowRejects rejects;

  CsvScanner(
      Path file,
      PositionalInput input,
      CsvTokenizer tokenizer,
      FieldTable table,
      int bufferBytes,
      boolean strictWidth,
      ScanMetrics metrics) {
    this.file = file;
    this.input = input;
    this.tokenizer = tokenizer;
    this.table = table;
    this.buf = new byte[bufferBytes];
    this.strictWidth = strictWidth;
    this.metrics = metrics;
  }

  /** Starts scanning at {@code offset}, a line start whose 1-based line number is known or -1. */
  void seek(long offset, long lineNumber) {
    bufferOffset = offset;
    beginOffset = offset;
    beginLine = lineNumber;
    pos = 0;
    limit = 0;
    eof = false;
    finished = false;
    needsData = true;
    relativeLine = 0;
    quotedLineBreaks = 0;
  }

  /** Starts scanning at the first line start at or after {@code offset}. */
  void seekToLineStart(long offset) throws IOException {
    if (offset == 0) {
      seek(0, 1);
      return;
    }
    seek(offset - 1, -1);
    while (true) {
      if (pos >= limit) {
        if (eof) {
          finished = true;
          break;
        }
        refill();
        continue;
      }
      if (buf[pos++] == '\n') {
        break;
      }
    }
    beginOffset = bufferOffset + pos;
  }

  /** Rows starting at or after this file offset belong to someone else. */
  void stopAt(long offset) {
    stopOffset = offset;
    finished = false;
  }

  /** Bytes of the file in the buffer. */
  int limit() {
    return limit;
  }

  /** Whether the buffer holds the file's last byte. */
  boolean sawEndOfFile() {
    return eof;
  }

  /** Line of the next row, counted from 0 at the scan's start. */
  long relativeLine() {
    return relativeLine;
  }

  /** File offset of the next row. */
  long position() {
    return bufferOffset + pos;
  }

  boolean finished() {
    return finished;
  }

  boolean needsData() {
    return needsData;
  }

  boolean atEndOfFile() {
    return eof && pos >= limit;
  }

  /**
   * Tokenizes up to {@code maxRows} rows into table rows 0.., stopping early when the buffer runs
   * out (then {@link #needsData()}) or the scan is over (then {@link #finished()}). Blank lines
   * are skipped.
   */
  int tokenize(int maxRows) throws IOException {
    int rows = 0;
    needsData = false;
    final FieldTable t = table;
    while (rows < maxRows) {
      if (pos >= limit) {
        if (eof) {
          finished = true;
        } else {
          needsData = true;
        }
        break;
      }
      if (bufferOffset + pos >= stopOffset) {
        finished = true;
        break;
      }
      int next = tokenizer.tokenizeRow(buf, pos, limit, eof, t, rows);
      if (next < 0) {
        if (next == CsvTokenizer.NEED_MORE) {
          needsData = true;
          break;
        }
        if (rejects == null) {
          throw tokenizerError(next);
        }
        if (!skipMalformedRow(next)) {
          needsData = true;
          break;
        }
        continue;
      }
      if (tokenizer.lastRowBlank(pos)) {
        relativeLine++;
        pos = next;
        continue;
      }
      int fields = tokenizer.fieldCount;
      if (strictWidth && fields > t.columns) {
        ReaderException error = tooManyFields(fields, pos, tokenizer.rowEnd);
        if (rejects == null) {
          throw error;
        }
        rejects.rejectUnstoredRow(error, fullText(pos, tokenizer.rowEnd));
        relativeLine += 1 + tokenizer.quotedLineBreaks;
        pos = next;
        continue;
      }
      t.rowStarts[rows] = pos;
      t.rowEnds[rows] = tokenizer.rowEnd;
      t.rowLines[rows] = relativeLine;
      t.rowFieldCounts[rows] = fields;
      relativeLine += 1 + tokenizer.quotedLineBreaks;
      quotedLineBreaks += tokenizer.quotedLineBreaks;
      pos = next;
      rows++;
    }
    return rows;
  }

  /**
   * Makes room and reads more of the file: drops the consumed bytes, grows the buffer when one row
   * fills it, and marks the end of the file.
   */
  void refill() throws IOException {
    if (eof) {
      return;
    }
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, limit - pos);
      bufferOffset += pos;
      limit -= pos;
      pos = 0;
    }
    if (limit == buf.length) {
      if (buf.length >= MAX_ROW_BYTES) {
        throw new ReaderException(
            file,
            lineNumber(relativeLine),
            null,
            "a row is longer than "
                + (MAX_ROW_BYTES >> 20)
                + " MB, the most one row may hold; a quote that never closes is the usual cause",
            "check the quoting from this line on",
            text(0, Math.min(limit, CONTEXT_CHARS)));
      }
      byte[] bigger = new byte[(int) Math.min((long) buf.length * 2, MAX_ROW_BYTES)];
      System.arraycopy(buf, 0, bigger, 0, limit);
      buf = bigger;
    }
    while (limit < buf.length) {
      int read = input.read(buf, limit, buf.length - limit, bufferOffset + limit);
      if (read < 0) {
        eof = true;
        break;
      }
      if (metrics != null) {
        metrics.addBytes(read);
      }
      limit += read;
      if (read > 0) {
        break;
      }
    }
    needsData = false;
  }

  /** The 1-based physical line of a line counted from the scan's start. */
  long lineNumber(long relative) throws IOException {
    if (beginLine < 0) {
      beginLine = 1 + countLineBreaks(beginOffset);
    }
    return beginLine + relative;
  }

  long rowLine(int row) throws IOException {
    return lineNumber(table.rowLines[row]);
  }

  /** The text of a tokenized row, cut to about 200 characters. */
  String rowText(int row) {
    return text(table.rowStarts[row], table.rowEnds[row]);
  }

  long fileOffset(int bufferPosition) {
    return bufferOffset + bufferPosition;
  }

  /** Bytes of the buffer as text for a message, invalid UTF-8 replaced, cut to about 200 chars. */
  String text(int from, int to) {
    int end = Math.min(to, from + CONTEXT_CHARS * 4);
    String text = new String(buf, from, end - from, StandardCharsets.UTF_8);
    if (text.length() > CONTEXT_CHARS) {
      return text.substring(0, CONTEXT_CHARS) + "...";
    }
    return end < to ? text + "..." : text;
  }

  /**
   * Rejects the row at {@link #pos} that the tokenizer could not read and moves past it: to the end
   * of the file for a quote that never closes, else to the end of the line where the bad quoting
   * is. Returns false when that line end is not in the buffer yet.
   */
  private boolean skipMalformedRow(int status) throws IOException {
    if (status == CsvTokenizer.UNCLOSED_QUOTE) {
      int open = tokenizer.quoteOpenedAt;
      int lineStart = lastLineStart(open);
      rejects.rejectUnstoredRow(tokenizerError(status), fullText(lineStart, lineEnd(lineStart)));
      relativeLine += countLineBreaks(pos, limit);
      pos = limit;
      return true;
    }
    int at = tokenizer.errorAt;
    int end = at;
    while (end < limit && buf[end] != '\n') {
      end++;
    }
    if (end == limit && !eof) {
      return false;
    }
    int lineStart = lastLineStart(at);
    rejects.rejectUnstoredRow(tokenizerError(status), fullText(lineStart, lineEnd(lineStart)));
    int after = Math.min(end + 1, limit);
    relativeLine += countLineBreaks(pos, after) + (end == limit ? 1 : 0);
    pos = after;
    return true;
  }

  /** Bytes of the buffer as text, whole, invalid UTF-8 replaced: a rejected row for the file. */
  String fullText(int from, int to) {
    return new String(buf, from, to - from, StandardCharsets.UTF_8);
  }

  /** The whole text of a tokenized row. */
  String rowFullText(int row) {
    return fullText(table.rowStarts[row], table.rowEnds[row]);
  }

  private ReaderException tokenizerError(int status) throws IOException {
    if (status == CsvTokenizer.UNCLOSED_QUOTE) {
      int open = tokenizer.quoteOpenedAt;
      int lineStart = lastLineStart(open);
      return new ReaderException(
          file,
          lineNumber(relativeLine + countLineBreaks(pos, open)),
          null,
          "unclosed quote: the quoted field opened on this line (byte offset "
              + fileOffset(open)
              + ") never closes before the end of the file",
          "close the quote, or " + insideQuotesHint(),
          text(lineStart, lineEnd(lineStart)));
    }
    int at = tokenizer.errorAt;
    int lineStart = lastLineStart(at);
    return new ReaderException(
        file,
        lineNumber(relativeLine + countLineBreaks(pos, at)),
        null,
        "unexpected '"
            + text(at, at + 1)
            + "' after a closing quote at byte offset "
            + fileOffset(at)
            + "; a quoted field must end at a delimiter or a line break",
        "quote the whole field and " + insideQuotesHint(),
        text(lineStart, lineEnd(lineStart)));
  }

  /** How a quote is written inside a quoted field, for hints: doubled, or after the escape. */
  private String insideQuotesHint() {
    char quote = (char) (tokenizer.quote & 0xFF);
    if (tokenizer.escape == tokenizer.quote) {
      return "double any quote inside a quoted field (" + quote + quote + ")";
    }
    return "escape any quote inside a quoted field (" + (char) (tokenizer.escape & 0xFF) + quote
        + ")";
  }

  /** The quote byte of this scan's dialect. */
  byte quote() {
    return tokenizer.quote;
  }

  /** The escape byte of this scan's dialect (the quote when quotes are doubled). */
  byte escape() {
    return tokenizer.escape;
  }

  private ReaderException tooManyFields(int fields, int rowStart, int rowEnd) throws IOException {
    return new ReaderException(
        file,
        lineNumber(relativeLine),
        null,
        "row has " + fields + " fields, expected " + table.columns + " (as in the first row)",
        "quote fields that contain the delimiter, or fix the row",
        text(rowStart, rowEnd));
  }

  private int lastLineStart(int at) {
    int i = at;
    while (i > pos && buf[i - 1] != '\n') {
      i--;
    }
    return i;
  }

  private int lineEnd(int from) {
    int i = from;
    while (i < limit && buf[i] != '\n' && buf[i] != '\r') {
      i++;
    }
    return i;
  }

  private int countLineBreaks(int from, int to) {
    int count = 0;
    for (int i = from; i < to; i++) {
      if (buf[i] == '\n') {
        count++;
      }
    }
    return count;
  }

  /** Counts LF bytes in the file before {@code offset}: only needed for an error message. */
  private long countLineBreaks(long offset) throws IOException {
    byte[] chunk = new byte[LINE_COUNT_BUFFER_BYTES];
    long count = 0;
    long at = 0;
    while (at < offset) {
      int want = (int) Math.min(chunk.length, offset - at);
      int read = input.read(chunk, 0, want, at);
      if (read <= 0) {
        break;
      }
      for (int i = 0; i < read; i++) {
        if (chunk[i] == '\n') {
          count++;
        }
      }
      at += read;
    }
    return count;
  }
}
