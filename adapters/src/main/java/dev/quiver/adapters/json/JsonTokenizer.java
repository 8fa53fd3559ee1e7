package dev.quiver.adapters.json;

import dev.quiver.adapters.arrow.Utf8Validation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads the JSON tokens of one framed record straight from the input buffer, without creating a
 * String or an object per value: strings as byte ranges (unescaped into a reused scratch array
 * only when they hold escapes), numbers validated and parsed from their bytes.
 *
 * <p>Every malformed input ends in a {@link dev.quiver.adapters.spi.ReaderException} naming the
 * byte offset and what was expected; nesting deeper than {@link #MAX_DEPTH} is refused so that a
 * file of a million '[' cannot overflow the stack.
 */
final class JsonTokenizer {
  static final int MAX_DEPTH = 512;
  private static final long MAX_EXACT_MANTISSA = 1L << 53;
  private static final int MAX_MANTISSA_DIGITS = 18;
  private static final int MAX_EXACT_POWER = 22;
  private static final int EXPONENT_CAP = 100_000;
  private static final int MAX_SAFE_LONG_DIGITS = 18;
  private static final double[] POWERS_OF_TEN = new double[MAX_EXACT_POWER + 1];
  private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
  private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};
  private static final byte[] NULL = {'n', 'u', 'l', 'l'};
  private static final int REPLACEMENT_CHARACTER = 0xFFFD;

  static {
    double power = 1;
    for (int i = 0; i <= MAX_EXACT_POWER; i++) {
      POWERS_OF_TEN[i] = power;
      power *= 10;
    }
  }

  private final JsonInput input;
  byte[] b;
  int pos;
  int end;

  /** What stopped the record short, for messages: "end of file" or the record size limit. */
  private String endDescription = "end of the record";

  /** Whether {@link #end} is a line end the record may continue past. */
  private boolean endIsLineEnd;

  /** Buffer index where a record cut short starts, or -1. */
  private int truncatedRecordStart = -1;

  /** Set by {@link #scanString()}: the content range and whether it holds backslash escapes. */
  int stringStart;

  int stringEnd;
  boolean stringHasEscapes;

  /** Set by {@link #scanNumber()}. */
  int numberStart;

  int numberEnd;
  boolean numberIsInteger;

  /** Set by {@link #parseLong()} and {@link #parseDouble()}. */
  long longValue;

  double doubleValue;

  /** Unescaped string bytes (UTF-8), valid up to the length {@link #unescape} returned. */
  byte[] scratch = new byte[256];

  JsonTokenizer(JsonInput input) {
    this.input = input;
  }

  /** Reads the record in {@code input.buf[start, end)}. */
  void begin(int start, int end) {
    this.b = input.buf;
    this.pos = start;
    this.end = end;
    this.endDescription = "end of the record";
    this.truncatedRecordStart = -1;
    this.endIsLineEnd = false;
  }

  /**
   * Reads an NDJSON record up to its line end at {@code end}; running into that end throws {@link
   * RecordContinues} instead of an error, since the record may go on on the next line.
   */
  void beginLine(int start, int end) {
    begin(start, end);
    this.endIsLineEnd = true;
  }

  /** Reads a record the file or the size limit cut short; running off its end is the error. */
  void beginTruncated(int start, int end, String endDescription) {
    begin(start, end);
    this.endDescription = endDescription;
    this.truncatedRecordStart = start;
  }

  /** Skips whitespace and returns the next byte (0..255), or -1 at the end of the record. */
  int peek() {
    final byte[] bytes = b;
    int i = pos;
    while (i < end) {
      byte c = bytes[i];
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        pos = i;
        return c & 0xFF;
      }
      i++;
    }
    pos = i;
    return -1;
  }

  /** Consumes {@code c} (after whitespace) or fails naming {@code expected}. */
  void expect(char c, String expected) throws IOException {
    if (peek() != c) {
      throw fail(expected);
    }
    pos++;
  }

  /** An error at the current position: "expected X, found Y". */
  IOException fail(String expected) throws IOException {
    return failAt(pos, "expected " + expected + ", found " + describe(pos));
  }

  IOException failAt(int index, String problem) throws IOException {
    if (index >= end && endIsLineEnd) {
      throw RecordContinues.INSTANCE;
    }
    if (index >= end && truncatedRecordStart >= 0) {
      // The file ended (on some later line): the record's own line is the one to show.
      return input.error(
          input.offsetOf(truncatedRecordStart),
          null,
          problem + " (byte offset " + input.offsetOf(index)
              + ") in the record that starts on this line",
          null);
    }
    return input.error(input.offsetOf(index), problem, null);
  }

  /** File offset of buffer index {@code index}. */
  long offsetOf(int index) {
    return input.offsetOf(index);
  }

  private String describe(int index) {
    if (index >= end) {
      return endDescription;
    }
    int c = b[index] & 0xFF;
    if (c >= 0x20 && c < 0x7F) {
      return "'" + (char) c + "'";
    }
    return String.format("byte 0x%02X", c);
  }

  /**
   * Scans the string whose opening quote is at {@link #pos}, checking its escapes and that it holds
   * no raw control character; leaves {@link #pos} after the closing quote.
   */
  void scanString() throws IOException {
    final byte[] bytes = b;
    int i = pos + 1;
    stringStart = i;
    boolean escapes = false;
    while (true) {
      if (i >= end) {
        throw failAt(i, "expected '\"' to close the string opened at byte offset "
            + offsetOf(stringStart - 1) + ", found " + describe(i));
      }
      byte c = bytes[i];
      if (c == '"') {
        break;
      }
      if (c == '\\') {
        escapes = true;
        i = checkEscape(i);
        continue;
      }
      if (c >= 0 && c < 0x20) {
        throw failAt(
            i,
            String.format(
                "control character U+%04X inside a string; write it as an escape such as \\n or"
                    + " \\u%04X",
                (int) c, (int) c));
      }
      i++;
    }
    stringEnd = i;
    stringHasEscapes = escapes;
    pos = i + 1;
  }

  /** Checks the escape at {@code i} (a backslash) and returns the index after it. */
  private int checkEscape(int i) throws IOException {
    if (i + 1 >= end) {
      throw failAt(i + 1, "expected an escape character after '\\', found " + describe(i + 1));
    }
    switch (b[i + 1]) {
      case '"':
      case '\\':
      case '/':
      case 'b':
      case 'f':
      case 'n':
      case 'r':
      case 't':
        return i + 2;
      case 'u':
        for (int k = i + 2; k < i + 6; k++) {
          if (k >= end || hexValue(b[k]) < 0) {
            throw failAt(k, "expected 4 hex digits after \\u, found " + describe(k));
          }
        }
        return i + 6;
      default:
        throw failAt(
            i + 1,
            "expected one of \" \\ / b f n r t u after '\\', found " + describe(i + 1));
    }
  }

  /** Fails unless {@code b[start, end)} is UTF-8. */
  void checkUtf8(int start, int stop) throws IOException {
    int invalid = Utf8Validation.firstInvalid(b, start, stop);
    if (invalid >= 0) {
      throw failAt(
          invalid,
          String.format(
              "invalid UTF-8 (byte 0x%02X); JSON files must be UTF-8", b[invalid] & 0xFF));
    }
  }

  /**
   * Unescapes the last scanned string into {@link #scratch} and returns its length. A lone UTF-16
   * surrogate (legal in JSON, not in UTF-8) becomes U+FFFD.
   */
  int unescape() {
    int start = stringStart;
    int stop = stringEnd;
    if (scratch.length < stop - start) {
      scratch = new byte[Math.max(stop - start, scratch.length * 2)];
    }
    byte[] out = scratch;
    int length = 0;
    int i = start;
    while (i < stop) {
      byte c = b[i];
      if (c != '\\') {
        out[length++] = c;
        i++;
        continue;
      }
      byte kind = b[i + 1];
      i += 2;
      switch (kind) {
        case 'b':
          out[length++] = '\b';
          break;
        case 'f':
          out[length++] = '\f';
          break;
        case 'n':
          out[length++] = '\n';
          break;
        case 'r':
          out[length++] = '\r';
          break;
        case 't':
          out[length++] = '\t';
          break;
        case 'u':
          int unit = hex4(i);
          i += 4;
          int codePoint = unit;
          if (Character.isHighSurrogate((char) unit)) {
            if (i + 6 <= stop && b[i] == '\\' && b[i + 1] == 'u'
                && Character.isLowSurrogate((char) hex4(i + 2))) {
              codePoint = Character.toCodePoint((char) unit, (char) hex4(i + 2));
              i += 6;
            } else {
              codePoint = REPLACEMENT_CHARACTER;
            }
          } else if (Character.isLowSurrogate((char) unit)) {
            codePoint = REPLACEMENT_CHARACTER;
          }
          length = putUtf8(out, length, codePoint);
          break;
        default:
          // '"', '\\' and '/' stand for themselves.
          out[length++] = kind;
      }
    }
    return length;
  }

  private int hex4(int at) {
    return hexValue(b[at]) << 12
        | hexValue(b[at + 1]) << 8
        | hexValue(b[at + 2]) << 4
        | hexValue(b[at + 3]);
  }

  private static int hexValue(byte c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    int lower = c | 0x20;
    if (lower >= 'a' && lower <= 'f') {
      return lower - 'a' + 10;
    }
    return -1;
  }

  /** Writes a code point as UTF-8 (at most 4 bytes, never more than its 6-byte escape). */
  private static int putUtf8(byte[] out, int at, int codePoint) {
    if (codePoint < 0x80) {
      out[at++] = (byte) codePoint;
    } else if (codePoint < 0x800) {
      out[at++] = (byte) (0xC0 | codePoint >> 6);
      out[at++] = (byte) (0x80 | codePoint & 0x3F);
    } else if (codePoint < 0x10000) {
      out[at++] = (byte) (0xE0 | codePoint >> 12);
      out[at++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
      out[at++] = (byte) (0x80 | codePoint & 0x3F);
    } else {
      out[at++] = (byte) (0xF0 | codePoint >> 18);
      out[at++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
      out[at++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
      out[at++] = (byte) (0x80 | codePoint & 0x3F);
    }
    return at;
  }

  /**
   * Scans the number at {@link #pos} by the JSON grammar ({@code -?(0|[1-9][0-9]*)(.[0-9]+)?
   * ([eE][+-]?[0-9]+)?}); leaves {@link #pos} after it.
   */
  void scanNumber() throws IOException {
    final byte[] bytes = b;
    int i = pos;
    numberStart = i;
    if (i < end && bytes[i] == '-') {
      i++;
    }
    if (i < end && bytes[i] == '0') {
      i++;
    } else if (i < end && bytes[i] >= '1' && bytes[i] <= '9') {
      i++;
      while (i < end && isDigit(bytes[i])) {
        i++;
      }
    } else {
      throw failAt(i, "expected a digit in a number, found " + describe(i));
    }
    boolean integer = true;
    if (i < end && bytes[i] == '.') {
      integer = false;
      i++;
      if (i >= end || !isDigit(bytes[i])) {
        throw failAt(i, "expected a digit after the decimal point, found " + describe(i));
      }
      while (i < end && isDigit(bytes[i])) {
        i++;
      }
    }
    if (i < end && (bytes[i] == 'e' || bytes[i] == 'E')) {
      integer = false;
      i++;
      if (i < end && (bytes[i] == '+' || bytes[i] == '-')) {
        i++;
      }
      if (i >= end || !isDigit(bytes[i])) {
        throw failAt(i, "expected a digit in the exponent, found " + describe(i));
      }
      while (i < end && isDigit(bytes[i])) {
        i++;
      }
    }
    numberEnd = i;
    numberIsInteger = integer;
    pos = i;
  }

  private static boolean isDigit(byte c) {
    return c >= '0' && c <= '9';
  }

  /** Digits of the last scanned integer, without its sign. */
  int integerDigits() {
    return numberEnd - numberStart - (b[numberStart] == '-' ? 1 : 0);
  }

  /** Parses the last scanned integer into {@link #longValue}; false if it does not fit int64. */
  boolean parseLong() {
    int i = numberStart;
    boolean negative = b[i] == '-';
    if (negative) {
      i++;
    }
    int digits = numberEnd - i;
    if (digits <= MAX_SAFE_LONG_DIGITS) {
      long value = 0;
      for (; i < numberEnd; i++) {
        value = value * 10 + (b[i] - '0');
      }
      longValue = negative ? -value : value;
      return true;
    }
    // Accumulate negatively: the negative range is one larger, so Long.MIN_VALUE parses.
    long acc = 0;
    for (; i < numberEnd; i++) {
      int digit = b[i] - '0';
      if (acc < Long.MIN_VALUE / 10) {
        return false;
      }
      acc *= 10;
      if (acc < Long.MIN_VALUE + digit) {
        return false;
      }
      acc -= digit;
    }
    if (!negative) {
      if (acc == Long.MIN_VALUE) {
        return false;
      }
      acc = -acc;
    }
    longValue = acc;
    return true;
  }

  /**
   * Parses the last scanned number into {@link #doubleValue}, bit-identical to {@link
   * Double#parseDouble}: Clinger's fast path when the mantissa and the power of ten are both exact
   * doubles, Double.parseDouble on the text otherwise.
   */
  void parseDouble() {
    final byte[] bytes = b;
    int i = numberStart;
    boolean negative = bytes[i] == '-';
    if (negative) {
      i++;
    }
    long mantissa = 0;
    int digits = 0;
    int exponent = 0;
    boolean truncated = false;
    for (; i < numberEnd && isDigit(bytes[i]); i++) {
      int digit = bytes[i] - '0';
      if (digits < MAX_MANTISSA_DIGITS) {
        if (mantissa != 0 || digit != 0) {
          mantissa = mantissa * 10 + digit;
          digits++;
        }
      } else {
        exponent++;
        truncated = true;
      }
    }
    if (i < numberEnd && bytes[i] == '.') {
      for (i++; i < numberEnd && isDigit(bytes[i]); i++) {
        int digit = bytes[i] - '0';
        if (digits < MAX_MANTISSA_DIGITS) {
          if (mantissa != 0 || digit != 0) {
            mantissa = mantissa * 10 + digit;
            digits++;
          }
          exponent--;
        } else {
          truncated = true;
        }
      }
    }
    if (i < numberEnd) {
      i++;
      boolean negativeExponent = false;
      if (bytes[i] == '-' || bytes[i] == '+') {
        negativeExponent = bytes[i] == '-';
        i++;
      }
      int written = 0;
      for (; i < numberEnd; i++) {
        written = Math.min(EXPONENT_CAP, written * 10 + (bytes[i] - '0'));
      }
      exponent += negativeExponent ? -written : written;
    }
    if (mantissa == 0) {
      doubleValue = negative ? -0.0 : 0.0;
      return;
    }
    if (!truncated
        && mantissa <= MAX_EXACT_MANTISSA
        && exponent >= -MAX_EXACT_POWER
        && exponent <= MAX_EXACT_POWER) {
      double value =
          exponent >= 0 ? mantissa * POWERS_OF_TEN[exponent] : mantissa / POWERS_OF_TEN[-exponent];
      doubleValue = negative ? -value : value;
      return;
    }
    doubleValue = Double.parseDouble(numberText());
  }

  /** The last scanned number as text (for the slow paths and messages only). */
  String numberText() {
    return new String(b, numberStart, numberEnd - numberStart, StandardCharsets.ISO_8859_1);
  }

  /** Consumes {@code true}, {@code false} or {@code null} at {@link #pos}. */
  void expectLiteral(byte[] literal) throws IOException {
    for (int k = 0; k < literal.length; k++) {
      if (pos + k >= end || b[pos + k] != literal[k]) {
        throw failAt(
            pos + k,
            "expected '"
                + new String(literal, StandardCharsets.US_ASCII)
                + "', found "
                + describe(pos + k));
      }
    }
    pos += literal.length;
  }

  void expectTrue() throws IOException {
    expectLiteral(TRUE);
  }

  void expectFalse() throws IOException {
    expectLiteral(FALSE);
  }

  void expectNull() throws IOException {
    expectLiteral(NULL);
  }

  /**
   * Checks and skips one value of any kind (after whitespace), building nothing; {@code depth}
   * counts the enclosing objects and arrays.
   */
  void skipValue(int depth) throws IOException {
    int c = peek();
    switch (c) {
      case '{':
        checkDepth(depth);
        pos++;
        if (peek() == '}') {
          pos++;
          return;
        }
        while (true) {
          if (peek() != '"') {
            throw fail("'\"' to start a key");
          }
          scanString();
          expect(':', "':' after a key");
          skipValue(depth + 1);
          int next = peek();
          if (next == '}') {
            pos++;
            return;
          }
          if (next != ',') {
            throw fail("',' or '}' after a value");
          }
          pos++;
        }
      case '[':
        checkDepth(depth);
        pos++;
        if (peek() == ']') {
          pos++;
          return;
        }
        while (true) {
          skipValue(depth + 1);
          int next = peek();
          if (next == ']') {
            pos++;
            return;
          }
          if (next != ',') {
            throw fail("',' or ']' after an array element");
          }
          pos++;
        }
      case '"':
        scanString();
        return;
      case 't':
        expectTrue();
        return;
      case 'f':
        expectFalse();
        return;
      case 'n':
        expectNull();
        return;
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          scanNumber();
          return;
        }
        throw fail("a value (object, array, string, number, true, false or null)");
    }
  }

  void checkDepth(int depth) throws IOException {
    if (depth >= MAX_DEPTH) {
      throw failAt(pos, "objects and arrays nested deeper than " + MAX_DEPTH + " levels");
    }
  }
}
