package dev.quiver.engine.exec.vector;

/**
 * Sorts row numbers by a {@link RowOrder}: a merge sort on {@code int[]} (no boxing, no
 * Comparator objects), with insertion sort for short runs and a skip when halves are in order.
 */
public final class PermutationSort {
  private static final int INSERTION_SORT_MAX = 24;

  private PermutationSort() {}

  /** Rows {@code 0..rowCount)} in {@code order}. */
  public static int[] sortedRows(int rowCount, RowOrder order) {
    int[] rows = new int[rowCount];
    for (int i = 0; i < rowCount; i++) {
      rows[i] = i;
    }
    sort(rows, rowCount, order);
    return rows;
  }

  /** Sorts {@code rows[0..count)} in place. */
  public static void sort(int[] rows, int count, RowOrder order) {
    int[] scratch = new int[count];
    System.arraycopy(rows, 0, scratch, 0, count);
    mergeSort(scratch, rows, 0, count, order);
  }

  /** Sorts {@code from[low..high)} into {@code to[low..high)}; both hold the same rows on entry. */
  private static void mergeSort(int[] from, int[] to, int low, int high, RowOrder order) {
    if (high - low <= INSERTION_SORT_MAX) {
      for (int i = low + 1; i < high; i++) {
        int row = to[i];
        int j = i - 1;
        while (j >= low && order.compare(to[j], row) > 0) {
          to[j + 1] = to[j];
          j--;
        }
        to[j + 1] = row;
      }
      return;
    }
    int middle = (low + high) >>> 1;
    mergeSort(to, from, low, middle, order);
    mergeSort(to, from, middle, high, order);
    if (order.compare(from[middle - 1], from[middle]) <= 0) {
      System.arraycopy(from, low, to, low, high - low);
      return;
    }
    int left = low;
    int right = middle;
    for (int i = low; i < high; i++) {
      if (right >= high || (left < middle && order.compare(from[left], from[right]) <= 0)) {
        to[i] = from[left++];
      } else {
        to[i] = from[right++];
      }
    }
  }
}
