package dev.quiver.adapters.write;

/** JSON string escaping (RFC 8259) of UTF-8 bytes: quote, backslash and control characters. */
final class JsonText {
  private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  private static final int FIRST_PRINTABLE = 0x20;

  private JsonText() {}

  /** True when {@code b[from, end)} holds a byte that must be escaped inside a JSON string. */
  static boolean needsEscaping(byte[] b, int from, int end) {
    for (int i = from; i < end; i++) {
      int c = b[i];
      if ((c >= 0 && c < FIRST_PRINTABLE) || c == '"' || c == '\\') {
        return true;
      }
    }
    return false;
  }

  /** Appends {@code src[from, end)} escaped, without the surrounding quotes. */
  static void appendEscaped(ByteBuilder out, byte[] src, int from, int end) {
    out.ensure(end - from);
    for (int i = from; i < end; i++) {
      byte c = src[i];
      if (c == '"' || c == '\\') {
        out.put('\\');
        out.put(c);
      } else if (c >= 0 && c < FIRST_PRINTABLE) {
        appendControl(out, c);
      } else {
        out.put(c);
      }
    }
  }

  private static void appendControl(ByteBuilder out, byte c) {
    out.put('\\');
    switch (c) {
      case '\n' -> out.put('n');
      case '\r' -> out.put('r');
      case '\t' -> out.put('t');
      case '\b' -> out.put('b');
      case '\f' -> out.put('f');
      default -> {
        out.put('u');
        out.put('0');
        out.put('0');
        out.put(HEX[c >> 4]);
        out.put(HEX[c & 0xF]);
      }
    }
  }

  /**
   * Escapes {@code out[from, size)} in place (the common case, nothing to escape, costs one scan).
   */
  static void escapeInPlace(ByteBuilder out, int from, ByteBuilder scratch) {
    if (!needsEscaping(out.array(), from, out.size())) {
      return;
    }
    scratch.reset();
    scratch.put(out.array(), from, out.size() - from);
    out.setSize(from);
    appendEscaped(out, scratch.array(), 0, scratch.size());
  }

  /** Appends {@code text} as a quoted JSON string. */
  static void appendQuoted(ByteBuilder out, String text) {
    byte[] utf8 = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    out.put('"');
    appendEscaped(out, utf8, 0, utf8.length);
    out.put('"');
  }
}
