package dev.quiver.engine.function.kernel;

import dev.quiver.engine.error.ErrorCode;
import dev.quiver.engine.error.QuiverException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.apache.arrow.memory.ArrowBuf;

/**
 * A compiled SQL LIKE pattern ({@code %} any run, {@code _} one character, optional escape).
 * Patterns that are a literal, {@code lit%}, {@code %lit} or {@code %lit%} match UTF-8 bytes
 * directly in the vector; the rest become a {@link Pattern} matched against decoded strings.
 */
public final class LikePattern {
  private enum Shape {
    EXACT,
    PREFIX,
    SUFFIX,
    CONTAINS,
    REGEX
  }

  private final String text;
  private final Shape shape;
  private final byte[] literal;
  private final Pattern regex;

  private LikePattern(String text, Shape shape, byte[] literal, Pattern regex) {
    this.text = text;
    this.shape = shape;
    this.literal = literal;
    this.regex = regex;
  }

  /** Compiles {@code pattern}; {@code escape} is null or a one-character string. */
  public static LikePattern compile(String pattern, String escape) {
    Character escapeChar = null;
    if (escape != null) {
      if (escape.length() != 1) {
        throw new QuiverException(
            ErrorCode.USER_ERROR, "LIKE escape must be a single character, got '" + escape + "'");
      }
      escapeChar = escape.charAt(0);
    }
    StringBuilder plain = new StringBuilder();
    StringBuilder regex = new StringBuilder();
    boolean leadingPercent = false;
    boolean trailingPercent = false;
    boolean simple = true;
    int length = pattern.length();
    for (int i = 0; i < length; i++) {
      char c = pattern.charAt(i);
      if (escapeChar != null && c == escapeChar) {
        if (i + 1 >= length) {
          throw new QuiverException(
              ErrorCode.USER_ERROR, "LIKE pattern '" + pattern + "' ends with the escape character");
        }
        char next = pattern.charAt(++i);
        if (next != '%' && next != '_' && next != escapeChar) {
          throw new QuiverException(
              ErrorCode.USER_ERROR,
              "Invalid escape sequence in LIKE pattern '" + pattern + "'");
        }
        plain.append(next);
        regex.append(Pattern.quote(String.valueOf(next)));
        if (trailingPercent) {
          simple = false;
        }
      } else if (c == '%') {
        regex.append("(?s:.*)");
        if (plain.length() == 0 && i == 0) {
          leadingPercent = true;
        } else {
          trailingPercent = true;
        }
      } else if (c == '_') {
        regex.append("(?s:.)");
        simple = false;
      } else {
        plain.append(c);
        regex.append(Pattern.quote(String.valueOf(c)));
        if (trailingPercent) {
          simple = false;
        }
      }
    }
    if (simple && !isOnlyPercents(pattern, escapeChar)) {
      Shape shape =
          leadingPercent && trailingPercent
              ? Shape.CONTAINS
              : leadingPercent ? Shape.SUFFIX : trailingPercent ? Shape.PREFIX : Shape.EXACT;
      return new LikePattern(pattern, shape, plain.toString().getBytes(StandardCharsets.UTF_8), null);
    }
    return new LikePattern(pattern, Shape.REGEX, null, Pattern.compile(regex.toString()));
  }

  private static boolean isOnlyPercents(String pattern, Character escape) {
    for (int i = 0; i < pattern.length(); i++) {
      if (pattern.charAt(i) != '%' || (escape != null && escape == '%')) {
        return false;
      }
    }
    return true;
  }

  public String text() {
    return text;
  }

  /**
   * Writes the live positions whose string matches into {@code out} (nulls not excluded) and
   * returns how many.
   */
  public int select(
      ArrowBuf offsets, ArrowBuf data, int[] selection, int count, int[] out) {
    int n = 0;
    for (int k = 0; k < count; k++) {
      int row = selection == null ? k : selection[k];
      int start = offsets.getInt((long) row * 4);
      int end = offsets.getInt((long) row * 4 + 4);
      out[n] = row;
      n += matches(data, start, end) ? 1 : 0;
    }
    return n;
  }

  private boolean matches(ArrowBuf data, int start, int end) {
    int length = end - start;
    switch (shape) {
      case EXACT:
        return CompareKernels.equalBytes(data, start, end, literal) == 1;
      case PREFIX:
        return length >= literal.length && regionEquals(data, start, literal);
      case SUFFIX:
        return length >= literal.length && regionEquals(data, end - literal.length, literal);
      case CONTAINS:
        for (int from = start; from + literal.length <= end; from++) {
          if (regionEquals(data, from, literal)) {
            return true;
          }
        }
        return false;
      default:
        byte[] bytes = new byte[length];
        data.getBytes(start, bytes);
        return regex.matcher(new String(bytes, StandardCharsets.UTF_8)).matches();
    }
  }

  /** Matches one decoded string (for constant operands). */
  public boolean matches(String value) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    switch (shape) {
      case EXACT:
        return java.util.Arrays.equals(bytes, literal);
      case PREFIX:
        return value.startsWith(new String(literal, StandardCharsets.UTF_8));
      case SUFFIX:
        return value.endsWith(new String(literal, StandardCharsets.UTF_8));
      case CONTAINS:
        return value.contains(new String(literal, StandardCharsets.UTF_8));
      default:
        return regex.matcher(value).matches();
    }
  }

  private static boolean regionEquals(ArrowBuf data, int from, byte[] literal) {
    for (int i = 0; i < literal.length; i++) {
      if (data.getByte(from + i) != literal[i]) {
        return false;
      }
    }
    return true;
  }
}
