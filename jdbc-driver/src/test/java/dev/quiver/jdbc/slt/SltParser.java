package dev.quiver.jdbc.slt;

import java.util.ArrayList;
import java.util.List;

/** Parses the sqllogictest dialect of STYLE.md 9.5 into {@link SltRecord}s. */
final class SltParser {
  static final String SEPARATOR = "----";

  /** Thrown for a line the format does not allow, with its line number. */
  static final class SltSyntaxException extends RuntimeException {
    SltSyntaxException(String path, int line, String message) {
      super(path + ":" + line + ": " + message);
    }
  }

  /** Whether the file asks to be kept out of the default run ({@code require slow}). */
  static boolean requiresSlow(List<String> lines) {
    for (String line : lines) {
      if (line.trim().equals("require slow")) {
        return true;
      }
    }
    return false;
  }

  static List<SltRecord> parse(String path, List<String> lines) {
    List<SltRecord> records = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      String header = lines.get(i).trim();
      if (header.isEmpty() || header.startsWith("#")) {
        i++;
        continue;
      }
      int start = i;
      String[] words = header.split("\\s+");
      switch (words[0]) {
        case "require":
          i++;
          continue;
        case "mode":
          if (words.length != 2 || !(words[1].equals("skip") || words[1].equals("unskip"))) {
            throw new SltSyntaxException(path, i + 1, "expected 'mode skip' or 'mode unskip'");
          }
          records.add(new SltRecord("mode " + words[1], i + 1, null, null, null, null, null, i + 1,
              i + 1));
          i++;
          continue;
        case "use":
          if (words.length != 2) {
            throw new SltSyntaxException(path, i + 1, "expected 'use <dataset>[;key=value...]'");
          }
          records.add(new SltRecord("use", i + 1, words[1], null, null, null, null, i + 1, i + 1));
          i++;
          continue;
        default:
          break;
      }
      String kind;
      String argument = null;
      String sort = "nosort";
      String label = null;
      if (words[0].equals("statement") && words.length == 2
          && (words[1].equals("ok") || words[1].equals("error"))) {
        kind = header;
      } else if (words[0].equals("query") && words.length == 2 && words[1].equals("error")) {
        kind = "query error";
      } else if (words[0].equals("query") && words.length >= 2) {
        kind = "query";
        argument = words[1];
        if (!argument.matches("[IRTBDP?]+")) {
          throw new SltSyntaxException(path, i + 1,
              "bad type letters '" + argument + "'; use I R T B D P ?");
        }
        if (words.length >= 3) {
          sort = words[2];
          if (!sort.equals("nosort") && !sort.equals("rowsort") && !sort.equals("valuesort")) {
            throw new SltSyntaxException(path, i + 1,
                "bad sort mode '" + sort + "'; use nosort, rowsort or valuesort");
          }
        }
        if (words.length >= 4) {
          label = words[3];
        }
      } else if (header.equals("plan") || header.equals("plan analyze")) {
        kind = header;
      } else {
        throw new SltSyntaxException(path, i + 1, "unknown record '" + header + "'");
      }
      i++;
      StringBuilder sql = new StringBuilder();
      while (i < lines.size() && !lines.get(i).trim().isEmpty()
          && !lines.get(i).trim().equals(SEPARATOR)) {
        if (sql.length() > 0) {
          sql.append('\n');
        }
        sql.append(lines.get(i));
        i++;
      }
      if (sql.length() == 0) {
        throw new SltSyntaxException(path, start + 1, "record '" + header + "' has no SQL");
      }
      int sqlEnd = i;
      List<String> expected = null;
      if (i < lines.size() && lines.get(i).trim().equals(SEPARATOR)) {
        i++;
        expected = new ArrayList<>();
        while (i < lines.size() && !lines.get(i).isEmpty()) {
          expected.add(lines.get(i));
          i++;
        }
      }
      records.add(new SltRecord(kind, start + 1, argument, sort, label, sql.toString(), expected,
          sqlEnd, i));
    }
    return records;
  }
}
