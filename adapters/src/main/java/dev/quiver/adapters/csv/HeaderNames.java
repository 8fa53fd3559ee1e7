package dev.quiver.adapters.csv;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Column names from a header row: kept as written, an empty name becomes {@code column<i>} by
 * position, a repeated name gets {@code _1}, {@code _2}... (skipping names already taken).
 */
final class HeaderNames {
  private HeaderNames() {}

  static List<String> of(List<String> header) {
    List<String> names = new ArrayList<>(header.size());
    Set<String> taken = new HashSet<>();
    for (int i = 0; i < header.size(); i++) {
      String written = header.get(i);
      String base = written == null || written.isEmpty() ? positional(i) : written;
      String name = base;
      for (int suffix = 1; taken.contains(name); suffix++) {
        name = base + "_" + suffix;
      }
      taken.add(name);
      names.add(name);
    }
    return names;
  }

  static String positional(int index) {
    return "column" + index;
  }
}
