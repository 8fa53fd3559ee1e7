package dev.quiver.engine.function.kernel;

import dev.quiver.engine.error.ErrorCode;
import dev.quiver.engine.error.QuiverException;
import dev.quiver.engine.exec.Batch;
import java.util.Locale;

/**
 * String functions over batches, with Calcite's semantics: positions and lengths count code
 * points and start at 1; UPPER/LOWER use the root locale. NULL in any argument gives NULL.
 */
public final class StringKernels {
  private StringKernels() {}

  public static void upper(ValueReader[] args, ValueWriter out, Batch batch) {
    for (int k = 0; k < batch.selectedCount(); k++) {
      int row = batch.position(k);
      if (!RowArguments.anyNull(args, row)) {
        out.setString(row, args[0].getString(row).toUpperCase(Locale.ROOT));
      }
    }
  }

  public static void lower(ValueReader[] args, ValueWriter out, Batch batch) {
    for (int k = 0; k < batch.selectedCount(); k++) {
      int row = batch.position(k);
      if (!RowArguments.anyNull(args, row)) {
        out.setString(row, args[0].getString(row).toLowerCase(Locale.ROOT));
      }
    }
  }

  /** CHAR_LENGTH(s): code points. */
  public static void charLength(ValueReader[] args, ValueWriter out, Batch batch) {
    for (int k = 0; k < batch.selectedCount(); k++) {
      int row = batch.position(k);
      if (!RowArguments.anyNull(args, row)) {
        String s = args[0].getString(row);
        out.setLong(row, s.codePointCount(0, s.length()));
      }
    }
  }

  /** {@code a || b}. */
  public static void concat(ValueReader[] args, ValueWriter out, Batch batch) {
    for (int k = 0; k < batch.selectedCount(); k++) {
      int row = batch.position(k);
      if (!RowArguments.anyNull(args, row)) {
        out.setString(row, args[0].getString(row).concat(args[1].getString(row)));
      }
    }
  }

  /** REPLACE(s, search, replacement), every occurrence, as Java's {@code String.replace}. */
  public static void replace(ValueReader[] args, ValueWriter out, Batch batch) {
    for (int k = 0; k < batch.selectedCount(); k++) {
      int row = batch.position(k);
      if (!RowArguments.anyNull(args, row)) {
        out.setString(
            row, args[0].getString(row).replace(args[1].getString(row), args[2].getString(row)));
      }
    }
  }

  /** TRIM([BOTH|LEADING|TRAILING] c FROM s): args are (c, s); c must be one character. */
  public static void trim(
      ValueReader[] args, ValueWriter out, Batch batch, boolean leading, boolean trailing) {
    for (int k = 0; k < batch.selectedCount(); k++) {
      int row = batch.position(k);
      if (RowArguments.anyNull(args, row)) {
        continue;
      }
      String characters = args[0].getString(row);
      if (characters.codePointCount(0, characters.length()) != 1) {
        throw new QuiverException(
            ErrorCode.USER_ERROR,
            "TRIM character must be a single character, got '" + characters + "'");
      }
      String s = args[1].getString(row);
      int start = 0;
      int end = s.length();
      if (leading) {
        while (start < end && s.startsWith(characters, start)) {
          start += characters.length();
        }
      }
      if (trailing) {
        while (end > start && s.startsWith(characters, end - characters.length())) {
          end -= characters.length();
        }
      }
      out.setString(row, s.substring(start, end));
    }
  }

  /** SUBSTRING(s FROM start [FOR length]) with SQL semantics (start may be <= 0). */
  public static void substring(ValueReader[] args, ValueWriter out, Batch batch) {
    boolean hasLength = args.length > 2;
    for (int k = 0; k < batch.selectedCount(); k++) {
      int row = batch.position(k);
      if (RowArguments.anyNull(args, row)) {
        continue;
      }
      String s = args[0].getString(row);
      long start = args[1].getLong(row);
      int codePoints = s.codePointCount(0, s.length());
      long end;
      if (hasLength) {
        long length = args[2].getLong(row);
        if (length < 0) {
          throw new QuiverException(
              ErrorCode.USER_ERROR, "SUBSTRING length must not be negative, got " + length);
        }
        end = start + length;
      } else {
        end = Long.MAX_VALUE;
      }
      long first = Math.max(start, 1);
      long last = Math.min(end, codePoints + 1L);
      if (first >= last) {
        out.setString(row, "");
      } else {
        int from = s.offsetByCodePoints(0, (int) first - 1);
        int to = s.offsetByCodePoints(from, (int) (last - first));
        out.setString(row, s.substring(from, to));
      }
    }
  }

  /** POSITION(needle IN haystack [FROM start]): 1-based code point index, 0 when absent. */
  public static void position(ValueReader[] args, ValueWriter out, Batch batch) {
    boolean hasStart = args.length > 2;
    for (int k = 0; k < batch.selectedCount(); k++) {
      int row = batch.position(k);
      if (RowArguments.anyNull(args, row)) {
        continue;
      }
      String needle = args[0].getString(row);
      String haystack = args[1].getString(row);
      int fromChar = 0;
      if (hasStart) {
        long start = args[2].getLong(row);
        int codePoints = haystack.codePointCount(0, haystack.length());
        if (start < 1 || start > codePoints + 1L) {
          out.setLong(row, 0);
          continue;
        }
        fromChar = haystack.offsetByCodePoints(0, (int) start - 1);
      }
      int index = haystack.indexOf(needle, fromChar);
      out.setLong(row, index < 0 ? 0 : haystack.codePointCount(0, index) + 1);
    }
  }
}
