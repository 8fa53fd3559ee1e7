package dev.quiver.adapters.csv;

/**
 * Splits one CSV row of a byte buffer into fields (RFC 4180): fields split on the delimiter, rows
 * end at LF (a CR before it is dropped), a field that starts with the quote byte runs to the
 * matching quote and may hold delimiters, line breaks and doubled quotes.
 *
 * <p>A quote inside an unquoted field is kept as text. Anything but a delimiter or a line break
 * right after a closing quote is an error.
 */
final class CsvTokenizer {
  /** The row continues past the end of the buffer: refill and tokenize it again. */
  static final int NEED_MORE = -1;

  /** The file ends inside a quoted field; {@link #quoteOpenedAt} says where it opened. */
  static final int UNCLOSED_QUOTE = -2;

  /** A character other than a delimiter or line break follows a closing quote. */
  static final int TEXT_AFTER_QUOTE = -3;

  private final byte delimiter;
  private final byte quote;

  /** Fields in the last row, including any beyond the table's columns. */
  int fieldCount;

  /** Line breaks inside quoted fields of the last row. */
  int quotedLineBreaks;

  /** End of the last row's content, before its line break. */
  int rowEnd;

  /** Position of the opening quote of the last quoted field seen. */
  int quoteOpenedAt;

  /** Position of the offending byte for {@link #TEXT_AFTER_QUOTE}. */
  int errorAt;

  CsvTokenizer(byte delimiter, byte quote) {
    this.delimiter = delimiter;
    this.quote = quote;
  }

  /**
   * Tokenizes the row starting at {@code pos} into row {@code row} of {@code table} (fields past
   * the table's columns are counted, not stored; missing ones are marked MISSING).
   *
   * @param eof whether {@code limit} is the end of the file
   * @return the position after the row's line break, or a negative status
   */
  int tokenizeRow(byte[] buf, int pos, int limit, boolean eof, FieldTable table, int row) {
    final byte delim = delimiter;
    final byte q = quote;
    final int columns = table.columns;
    final int capacity = table.capacity;
    final int[] starts = table.starts;
    final int[] ends = table.ends;
    final byte[] kinds = table.kinds;
    int field = 0;
    int lineBreaks = 0;
    int p = pos;
    while (true) {
      int fieldStart;
      int fieldEnd;
      byte kind;
      if (p < limit && buf[p] == q) {
        quoteOpenedAt = p;
        p++;
        fieldStart = p;
        kind = FieldTable.QUOTED;
        while (true) {
          if (p >= limit) {
            return eof ? UNCLOSED_QUOTE : NEED_MORE;
          }
          byte c = buf[p];
          if (c == q) {
            if (p + 1 >= limit && !eof) {
              return NEED_MORE;
            }
            if (p + 1 < limit && buf[p + 1] == q) {
              kind = FieldTable.ESCAPED;
              p += 2;
              continue;
            }
            break;
          }
          if (c == '\n') {
            lineBreaks++;
          }
          p++;
        }
        fieldEnd = p;
        p++;
        if (p < limit) {
          byte c = buf[p];
          if (c == '\r') {
            if (p + 1 >= limit) {
              if (!eof) {
                return NEED_MORE;
              }
              p++;
            } else if (buf[p + 1] == '\n') {
              p++;
            } else {
              errorAt = p;
              return TEXT_AFTER_QUOTE;
            }
          } else if (c != delim && c != '\n') {
            errorAt = p;
            return TEXT_AFTER_QUOTE;
          }
        } else if (!eof) {
          return NEED_MORE;
        }
      } else {
        fieldStart = p;
        while (p < limit) {
          byte c = buf[p];
          if (c == delim || c == '\n') {
            break;
          }
          p++;
        }
        if (p >= limit && !eof) {
          return NEED_MORE;
        }
        fieldEnd = p;
        if (fieldEnd > fieldStart && buf[fieldEnd - 1] == '\r' && (p >= limit || buf[p] == '\n')) {
          fieldEnd--;
        }
        kind = FieldTable.PLAIN;
      }
      if (field < columns) {
        int slot = field * capacity + row;
        starts[slot] = fieldStart;
        ends[slot] = fieldEnd;
        kinds[slot] = kind;
      }
      field++;
      if (p >= limit) {
        rowEnd = kind == FieldTable.PLAIN ? fieldEnd : limit;
        break;
      }
      if (buf[p] == delim) {
        p++;
        continue;
      }
      // A line break: p is at the LF.
      rowEnd = p > pos && buf[p - 1] == '\r' ? p - 1 : p;
      p++;
      break;
    }
    for (int missing = field; missing < columns; missing++) {
      kinds[missing * capacity + row] = FieldTable.MISSING;
    }
    fieldCount = field;
    quotedLineBreaks = lineBreaks;
    return p;
  }

  /** Whether the row just tokenized is a blank line (nothing, or only a CR, before its break). */
  boolean lastRowBlank(int pos) {
    return fieldCount == 1 && rowEnd == pos;
  }
}
