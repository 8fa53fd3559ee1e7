package dev.quiver.adapters.json;

import java.io.IOException;

/**
 * Walks the records of a JSON file, newline-delimited objects or the elements of one top-level
 * array, and hands each, framed whole in the buffer, to the {@link JsonTokenizer}.
 *
 * <p>Between records it enforces the file's shape: in NDJSON one object per line (blank lines
 * skipped), in an array file objects separated by commas and nothing after the closing bracket.
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

  JsonRecords(JsonInput input, boolean array) {
    this.input = input;
    this.tokenizer = new JsonTokenizer(input);
    this.array = array;
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
      throw input.error(
          input.position(),
          "expected '{' to start a record, found " + describe(c)
              + "; each line must hold one JSON object (a top-level scalar or array is not a row)",
          startedMidFile
              ? "if records span lines beyond the sample, read with sample_size=0 so the file is"
                  + " read in one piece"
              : null);
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
