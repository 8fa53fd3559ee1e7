package dev.quiver.adapters.json;

import dev.quiver.adapters.spi.ReaderException;
import java.io.IOException;

/**
 * Walks the records of a JSON file, newline-delimited objects or the elements of one top-level
 * array, and hands each, framed whole in the buffer, to the {@link JsonTokenizer}.
 *
 * <p>Between records it enforces the file's shape: in NDJSON one object per line (blank lines
 * skipped), in an array file objects separated by commas and nothing after the closing bracket.
 *
 * <p>Given {@link RecordRejects} (ignore_errors), a record that fails is handed to them and
 * skipped: in NDJSON its line (the whole record when its brackets balance and it may span lines),
 * in an array file the element its brackets frame. What breaks an array file's structure (between
 * elements, or brackets that never balance) still fails: where the next element starts is unknown.
 */
final class JsonRecords {
  private final JsonInput input;
  final JsonTokenizer tokenizer;
  private final boolean array;
  private long stopOffset = Long.MAX_VALUE;
  private boolean inRecord;
  private boolean firstElement = true;
  private boolean finished;
  private int recordEnd;

  /** File offset of the current record's first byte. */
  long recordOffset;

  /** Where records that fail go, or null to fail the read on the first one. */
  private final RecordRejects rejects;

  /** With rejects, NDJSON: whether a record may span lines (else running past its line fails). */
  private final boolean multiLine;

  JsonRecords(JsonInput input, boolean array) {
    this(input, array, null, true);
  }

  JsonRecords(JsonInput input, boolean array, RecordRejects rejects, boolean multiLine) {
    this.input = input;
    this.tokenizer = new JsonTokenizer(input);
    this.array = array;
    this.rejects = rejects;
    this.multiLine = multiLine;
  }

  /** Set when reading starts at a line found by byte offset, which may lie inside a record. */
  boolean startedMidFile;

  /** NDJSON: records on lines starting at or after this file offset belong to someone else. */
  void stopAt(long offset) {
    stopOffset = offset;
    finished = false;
  }

  /**
   * Hands the next record to {@code parser}; false at the end. An NDJSON record is first parsed up
   * to its line end (found quickly, the common case); one that goes on past it is framed whole and
   * parsed again, its earlier writes overwritten.
   */
  boolean next(RecordParser parser) throws IOException {
    if (rejects != null) {
      return nextKept(parser);
    }
    if (finished) {
      return false;
    }
    finishRecord();
    if (!(array ? nextElement() : nextLine())) {
      return false;
    }
    try {
      parser.parse(tokenizer);
    } catch (RecordContinues spansLines) {
      frame();
      parser.parse(tokenizer);
    }
    recordEnd = tokenizer.pos;
    inRecord = true;
    return true;
  }

  /** {@link #next} skipping the records that fail, each handed to {@link #rejects}. */
  private boolean nextKept(RecordParser parser) throws IOException {
    while (true) {
      if (finished) {
        return false;
      }
      finishRecord();
      if (!(array ? nextElement() : nextLineKept())) {
        return false;
      }
      try {
        try {
          parser.parse(tokenizer);
        } catch (RecordContinues spansLines) {
          frame();
          parser.parse(tokenizer);
        }
        recordEnd = tokenizer.pos;
        if (!array) {
          checkLineEndsAfterRecord();
        }
        inRecord = true;
        return true;
      } catch (ReaderException error) {
        parser.discard();
        if (array) {
          skipElement(error);
        } else {
          skipRecord(error);
        }
      }
    }
  }

  /**
   * NDJSON with rejects: finds the next record's line, handing lines that do not start with '{' to
   * the rejects, and begins the tokenizer on it. A record that may span lines is parsed as in
   * {@link #nextLine}; one that may not is cut at its line end.
   */
  private boolean nextLineKept() throws IOException {
    while (true) {
      int c = input.peekSignificant();
      if (c < 0 || input.lineStart >= stopOffset) {
        finished = true;
        return false;
      }
      recordOffset = input.position();
      if (c != '{') {
        skipRecord(notARecord(c));
        continue;
      }
      int lineEnd = input.findLineEnd();
      if (lineEnd < 0 && input.recordTooLong()) {
        frame();
      } else if (multiLine) {
        if (lineEnd < 0) {
          frame();
        } else {
          tokenizer.beginLine(input.pos, lineEnd);
        }
      } else {
        tokenizer.beginTruncated(
            input.pos, lineEnd < 0 ? input.limit : lineEnd, lineEnd < 0 ? "end of file" : "end of the line");
      }
      return true;
    }
  }

  /**
   * NDJSON with rejects: fails, as {@link #finishRecord} would later, when the record's line goes
   * on after it, so the record can still be rejected (its start stays in the buffer).
   */
  private void checkLineEndsAfterRecord() throws IOException {
    long endOffset = input.offsetOf(recordEnd);
    int lineEnd = input.findLineEnd(recordEnd);
    recordEnd = input.indexOf(endOffset);
    int stop = lineEnd < 0 ? input.limit : lineEnd;
    byte[] b = input.buf;
    for (int i = recordEnd; i < stop; i++) {
      if (b[i] != ' ' && b[i] != '\r' && b[i] != '\t') {
        throw input.error(
            input.offsetOf(i),
            "expected a line break after the object, found " + describe(b[i] & 0xFF)
                + "; NDJSON holds one JSON object per line",
            null);
      }
    }
  }

  /**
   * NDJSON: skips the record at {@link JsonInput#pos} that failed with {@code error} and hands it
   * to the rejects: through the line its closing bracket is on when it may span lines and its
   * brackets balance over valid JSON, else through its first line (a line longer than a record may
   * be still fails).
   */
  private void skipRecord(ReaderException error) throws IOException {
    int lineEnd = input.findLineEnd();
    if (lineEnd < 0 && input.recordTooLong()) {
      throw error;
    }
    if (multiLine && input.buf[input.pos] == '{') {
      int end = wholeRecordEnd(lineEnd < 0 ? input.limit : lineEnd);
      if (end >= 0) {
        lineEnd = input.findLineEnd(end);
        if (lineEnd < 0 && input.recordTooLong()) {
          throw error;
        }
      }
    }
    int textEnd = lineEnd < 0 ? input.limit : lineEnd;
    int rawEnd = textEnd > input.pos && input.buf[textEnd - 1] == '\r' ? textEnd - 1 : textEnd;
    String raw = input.rawText(input.pos, rawEnd);
    input.pos = lineEnd < 0 ? input.limit : lineEnd + 1;
    input.lineStart = input.position();
    inRecord = false;
    rejects.reject(error, raw);
  }

  /**
   * The buffer index just past the record at {@link JsonInput#pos} when it is valid JSON, read
   * from its first line on to where its brackets balance; -1 when it is not.
   */
  private int wholeRecordEnd(int lineEnd) throws IOException {
    try {
      try {
        tokenizer.beginLine(input.pos, lineEnd);
        tokenizer.skipValue(0);
      } catch (RecordContinues spansLines) {
        int end = input.frameValue();
        if (end < 0) {
          return -1;
        }
        tokenizer.begin(input.pos, end);
        tokenizer.skipValue(0);
      }
      return tokenizer.pos;
    } catch (ReaderException notValid) {
      return -1;
    }
  }

  /** Array file: skips the element the tokenizer was begun on and hands it to the rejects. */
  private void skipElement(ReaderException error) throws IOException {
    recordEnd = tokenizer.end;
    inRecord = true;
    rejects.reject(error, input.rawText(input.pos, recordEnd));
  }

  /** NDJSON: the file offset of the line holding the next record, or -1 at the end of file. */
  long nextLineStart() throws IOException {
    finishRecord();
    return input.peekSignificant() < 0 ? -1 : input.lineStart;
  }

  private void finishRecord() throws IOException {
    if (!inRecord) {
      return;
    }
    inRecord = false;
    input.pos = recordEnd;
    if (!array && !input.skipToLineEnd()) {
      throw input.error(
          input.position(),
          "expected a line break after the object, found " + describe(input.peekSignificant())
              + "; NDJSON holds one JSON object per line",
          null);
    }
  }

  private boolean nextLine() throws IOException {
    int c = input.peekSignificant();
    if (c < 0 || input.lineStart >= stopOffset) {
      finished = true;
      return false;
    }
    if (c != '{') {
      throw notARecord(c);
    }
    recordOffset = input.position();
    int lineEnd = input.findLineEnd();
    if (lineEnd < 0) {
      frame();
    } else {
      tokenizer.beginLine(input.pos, lineEnd);
    }
    return true;
  }

  private ReaderException notARecord(int c) throws IOException {
    return input.error(
        input.position(),
        "expected '{' to start a record, found " + describe(c)
            + "; each line must hold one JSON object (a top-level scalar or array is not a row)",
        startedMidFile
            ? "if records span lines beyond the sample, read with sample_size=0 so the file is"
                + " read in one piece"
            : null);
  }

  private boolean nextElement() throws IOException {
    int c = input.peekSignificant();
    if (c == ']') {
      input.pos++;
      int after = input.peekSignificant();
      if (after >= 0) {
        throw input.error(
            input.position(),
            "expected the end of the file after the closing ']' of the top-level array, found "
                + describe(after),
            null);
      }
      finished = true;
      return false;
    }
    if (!firstElement) {
      if (c != ',') {
        throw input.error(
            input.position(),
            "expected ',' or ']' after an element of the top-level array, found " + describe(c),
            null);
      }
      input.pos++;
      c = input.peekSignificant();
    }
    if (c != '{') {
      throw input.error(
          input.position(),
          "expected '{', found " + describe(c)
              + "; every element of the top-level array must be an object",
          null);
    }
    firstElement = false;
    frame();
    return true;
  }

  private void frame() throws IOException {
    recordOffset = input.position();
    int end = input.frameValue();
    if (end < 0) {
      // The file or the size limit cut the record short: parse it to say what was missing where.
      String cut =
          input.recordTooLong()
              ? "the end of the " + (JsonInput.MAX_RECORD_BYTES >> 20) + " MB a record may hold"
              : "end of file";
      tokenizer.beginTruncated(input.pos, input.limit, cut);
      tokenizer.skipValue(0);
      throw input.error(recordOffset, "unexpected " + cut + " inside the record starting here", null);
    }
    tokenizer.begin(input.pos, end);
  }

  /** Whether the record just parsed spans more than one line. */
  boolean recordSpansLines() {
    byte[] b = input.buf;
    for (int i = input.pos; i < recordEnd; i++) {
      if (b[i] == '\n') {
        return true;
      }
    }
    return false;
  }

  private static String describe(int c) {
    if (c < 0) {
      return "end of file";
    }
    if (c >= 0x20 && c < 0x7F) {
      return "'" + (char) c + "'";
    }
    return String.format("byte 0x%02X", c);
  }
}
