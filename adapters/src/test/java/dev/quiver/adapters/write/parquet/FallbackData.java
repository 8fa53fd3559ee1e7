package dev.quiver.adapters.write.parquet;

import java.util.ArrayList;
import java.util.List;

/**
 * A sorted customer column whose every value repeats four times: a dictionary pays off page by
 * page, but it grows by a quarter entry per row and passes 1 MiB (about 21800 entries of 48
 * bytes, near row 87400), so the chunk falls back to PLAIN there.
 */
final class FallbackData {
  static final int ROWS = 150_000;
  static final String[] NAMES = {"id", "customer"};

  private FallbackData() {}

  /** 44 bytes: "customer-" + 10 digits + 25 bytes of padding. */
  static String customer(int row) {
    return String.format("customer-%010d-%s", row / 4, "abcdefghijklmnopqrstuvwx");
  }

  static List<Object[]> rows() {
    List<Object[]> rows = new ArrayList<>(ROWS);
    for (int r = 0; r < ROWS; r++) {
      rows.add(new Object[] {(long) r, customer(r)});
    }
    return rows;
  }
}
