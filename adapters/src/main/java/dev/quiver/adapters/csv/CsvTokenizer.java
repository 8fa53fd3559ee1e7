package dev.quiver.adapters.csv;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Splits one CSV row of a byte buffer into fields (RFC 4180): fields split on the delimiter, rows
 * end at LF (a CR before it is dropped), a field that starts with the quote byte runs to the
 * matching quote and may hold delimiters, line breaks and doubled quotes.
 *
 * <p>With an escape byte other than the quote (option {@code escape}, e.g. {@code \}), the escape
 * inside a quoted field makes the next byte literal: {@code \"} is a quote, {@code \\} the escape
 * itself, any other escaped byte itself (as DuckDB reads it). A doubled quote still reads as one
 * quote, since inside quotes it cannot mean anything else. Outside quotes the escape is text.
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

  /** Reads eight buffer bytes at once, the first in the lowest byte of the long. */
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private static final long LOW_BITS = 0x0101010101010101L;
  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long LINE_FEEDS = broadcast((byte) '\n');

  private final byte delimiter;
  final byte quote;

  /** The byte that makes the next one literal inside quotes; the quote itself by default. */
  final byte escape;

  /** Whether {@link #escape} differs from the quote, so quoted fields look for it too. */
  private final boolean distinctEscape;

  /** The delimiter, quote and escape in every byte, to find them eight bytes at a time. */
  private final long delimiterWord;

  private final long quoteWord;
  private final long escapeWord;

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

  /** A tokenizer whose quoted fields escape a quote by doubling it. */
  CsvTokenizer(byte delimiter, byte quote) {
    this(delimiter, quote, quote);
  }

  CsvTokenizer(byte delimiter, byte quote, byte escape) {
    this.delimiter = delimiter;
    this.quote = quote;
    this.escape = escape;
    this.distinctEscape = escape != quote;
    this.delimiterWord = broadcast(delimiter);
    this.quoteWord = broadcast(quote);
    this.escapeWord = broadcast(escape);
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
    final int storedLimit = table.storedLimit;
    final int[] bases = table.bases;
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
          p = distinctEscape ? quoteEscapeOrLineFeed(buf, p, limit) : quoteOrLineFeed(buf, p, limit);
          if (p >= limit) {
            return eof ? UNCLOSED_QUOTE : NEED_MORE;
          }
          if (buf[p] == '\n') {
            lineBreaks++;
            p++;
            continue;
          }
          if (distinctEscape && buf[p] == escape) {
            // The escaped byte is literal, whatever it is; a line break still counts as one.
            if (p + 1 >= limit) {
              return eof ? UNCLOSED_QUOTE : NEED_MORE;
            }
            if (buf[p + 1] == '\n') {
              lineBreaks++;
            }
            kind = FieldTable.ESCAPED;
            p += 2;
            continue;
          }
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
        p = delimiterOrLineFeed(buf, p, limit);
        if (p >= limit && !eof) {
          return NEED_MORE;
        }
        fieldEnd = p;
        if (fieldEnd > fieldStart && buf[fieldEnd - 1] == '\r' && (p >= limit || buf[p] == '\n')) {
          fieldEnd--;
        }
        kind = FieldTable.PLAIN;
      }
      if (field < storedLimit && bases[field] >= 0) {
        int slot = bases[field] + row;
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
    for (int missing = field; missing < storedLimit; missing++) {
      if (bases[missing] >= 0) {
        kinds[bases[missing] + row] = FieldTable.MISSING;
      }
    }
    fieldCount = field;
    quotedLineBreaks = lineBreaks;
    return p;
  }

  /** The first delimiter or LF at or after {@code p}, or {@code limit} if there is none. */
  private int delimiterOrLineFeed(byte[] buf, int p, int limit) {
    final long delimiters = delimiterWord;
    int i = p;
    for (; i <= limit - Long.BYTES; i += Long.BYTES) {
      long word = (long) LONGS.get(buf, i);
      long found = zeroBytes(word ^ delimiters) | zeroBytes(word ^ LINE_FEEDS);
      if (found != 0) {
        return i + (Long.numberOfTrailingZeros(found) >>> 3);
      }
    }
    final byte delim = delimiter;
    for (; i < limit; i++) {
      byte c = buf[i];
      if (c == delim || c == '\n') {
        break;
      }
    }
    return i;
  }

  /** The first quote or LF at or after {@code p}, or {@code limit} if there is none. */
  private int quoteOrLineFeed(byte[] buf, int p, int limit) {
    final long quotes = quoteWord;
    int i = p;
    for (; i <= limit - Long.BYTES; i += Long.BYTES) {
      long word = (long) LONGS.get(buf, i);
      long found = zeroBytes(word ^ quotes) | zeroBytes(word ^ LINE_FEEDS);
      if (found != 0) {
        return i + (Long.numberOfTrailingZeros(found) >>> 3);
      }
    }
    final byte q = quote;
    for (; i < limit; i++) {
      byte c = buf[i];
      if (c == q || c == '\n') {
        break;
      }
    }
    return i;
  }

  /** The first quote, escape or LF at or after {@code p}, or {@code limit} if there is none. */
  private int quoteEscapeOrLineFeed(byte[] buf, int p, int limit) {
    final long quotes = quoteWord;
    final long escapes = escapeWord;
    int i = p;
    for (; i <= limit - Long.BYTES; i += Long.BYTES) {
      long word = (long) LONGS.get(buf, i);
      long found =
          zeroBytes(word ^ quotes) | zeroBytes(word ^ escapes) | zeroBytes(word ^ LINE_FEEDS);
      if (found != 0) {
        return i + (Long.numberOfTrailingZeros(found) >>> 3);
      }
    }
    final byte q = quote;
    final byte e = escape;
    for (; i < limit; i++) {
      byte c = buf[i];
      if (c == q || c == e || c == '\n') {
        break;
      }
    }
    return i;
  }

  /**
   * The high bit of each zero byte of {@code word}, plus possibly false ones in bytes above the
   * lowest zero byte (a borrow runs upward), so only the lowest set bit may be trusted.
   */
  private static long zeroBytes(long word) {
    return (word - LOW_BITS) & ~word & HIGH_BITS;
  }

  private static long broadcast(byte b) {
    return (b & 0xFFL) * LOW_BITS;
  }

  /** Whether the row just tokenized is a blank line (nothing, or only a CR, before its break). */
  boolean lastRowBlank(int pos) {
    return fieldCount == 1 && rowEnd == pos;
  }
}
