package dev.quiver.jdbc.slt;

import java.util.List;

/** A small unified-style diff of expected and actual lines, for failure messages. */
final class SltDiff {
  private SltDiff() {}

  /** Lines only in expected start with '-', lines only in actual with '+' (LCS alignment). */
  static String unified(List<String> expected, List<String> actual) {
    int n = expected.size();
    int m = actual.size();
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] = expected.get(i).equals(actual.get(j))
            ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    StringBuilder diff = new StringBuilder("--- expected\n+++ actual\n");
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && expected.get(i).equals(actual.get(j))) {
        diff.append(' ').append(expected.get(i)).append('\n');
        i++;
        j++;
      } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
        diff.append('+').append(actual.get(j++)).append('\n');
      } else {
        diff.append('-').append(expected.get(i++)).append('\n');
      }
    }
    return diff.toString();
  }
}
