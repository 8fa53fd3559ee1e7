package dev.quiver.adapters.write;

import java.nio.charset.StandardCharsets;

/** How a text format spells values: JSON literals, or CSV fields with a delimiter and quote. */
final class TextStyle {
  private static final byte[] JSON_NULL = {'n', 'u', 'l', 'l'};
  /** Every byte a non-text, non-nested CSV value can contain (numbers, dates, nan, true...). */
  private static final String SCALAR_ALPHABET = "0123456789+-.:EeinfatrulsBC() ";

  final boolean json;
  final byte[] nullText;
  final byte delimiter;
  final byte quote;

  private TextStyle(boolean json, byte[] nullText, byte delimiter, byte quote) {
    this.json = json;
    this.nullText = nullText;
    this.delimiter = delimiter;
    this.quote = quote;
  }

  static TextStyle json() {
    return new TextStyle(true, JSON_NULL, (byte) 0, (byte) '"');
  }

  static TextStyle csv(byte delimiter, byte quote, String nullText) {
    return new TextStyle(false, nullText.getBytes(StandardCharsets.UTF_8), delimiter, quote);
  }

  /** True when a CSV number, date or boolean may contain the delimiter or quote and need quoting. */
  boolean scalarsMayNeedQuotes() {
    return !json
        && (SCALAR_ALPHABET.indexOf(delimiter) >= 0
            || SCALAR_ALPHABET.indexOf(quote) >= 0
            || containsScalarByte(nullText));
  }

  private static boolean containsScalarByte(byte[] text) {
    // A null text such as "0" or "nan" could be mistaken for a value: then values equal to it are
    // quoted, which needs the quoting pass.
    return text.length > 0;
  }

  /**
   * Quotes the CSV field {@code out[from, size)} in place when it holds the delimiter, the quote,
   * CR or LF, or would read back as NULL (the null text itself, or empty while NULL is empty).
   */
  void quoteIfNeeded(ByteBuilder out, int from) {
    byte[] b = out.array();
    int end = out.size();
    int quotes = 0;
    boolean special = end == from ? nullText.length == 0 : equalsNullText(b, from, end);
    for (int i = from; i < end; i++) {
      byte c = b[i];
      if (c == quote) {
        quotes++;
        special = true;
      } else if (c == delimiter || c == '\n' || c == '\r') {
        special = true;
      }
    }
    if (!special) {
      return;
    }
    int grown = end + 2 + quotes;
    out.ensure(2 + quotes);
    b = out.array();
    int write = grown - 1;
    b[write--] = quote;
    for (int read = end - 1; read >= from; read--) {
      byte c = b[read];
      b[write--] = c;
      if (c == quote) {
        b[write--] = c;
      }
    }
    b[write] = quote;
    out.setSize(grown);
  }

  private boolean equalsNullText(byte[] b, int from, int end) {
    if (end - from != nullText.length) {
      return false;
    }
    for (int i = 0; i < nullText.length; i++) {
      if (b[from + i] != nullText[i]) {
        return false;
      }
    }
    return true;
  }

  /** Puts the null literal: {@code null} in JSON, the null text in CSV. */
  void putNull(EncodedColumn out) {
    out.bytes.put(nullText);
    out.endValue();
  }
}
