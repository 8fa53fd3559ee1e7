package dev.quiver.adapters.csv;

/**
 * Where the fields of a run of tokenized rows lie in the read buffer, column-major so that a
 * decoder walks one column of many rows in a tight loop.
 *
 * <p>For row {@code r} and column {@code c}, slot {@code c * capacity + r} holds the field's first
 * byte, its end (exclusive, quotes and a trailing CR removed) and how it was written.
 */
final class FieldTable {
  /** Written without quotes; empty means NULL. */
  static final byte PLAIN = 0;

  /** Written in quotes with no {@code ""} inside; empty means the empty string. */
  static final byte QUOTED = 1;

  /** Written in quotes with {@code ""} escapes that a text decoder must undo. */
  static final byte ESCAPED = 2;

  /** Absent: the row had fewer fields than the header, so the field reads as NULL. */
  static final byte MISSING = 3;

  final int columns;
  final int capacity;
  final int[] starts;
  final int[] ends;
  final byte[] kinds;

  /** Per row: first byte, end of content (before the line break), 0-based line from the scan. */
  final int[] rowStarts;
  final int[] rowEnds;
  final long[] rowLines;

  /** Per row: how many fields it had, counting those past {@link #columns}. */
  final int[] rowFieldCounts;

  FieldTable(int columns, int capacity) {
    this.columns = columns;
    this.capacity = capacity;
    int slots = Math.max(1, columns) * capacity;
    this.starts = new int[slots];
    this.ends = new int[slots];
    this.kinds = new byte[slots];
    this.rowStarts = new int[capacity];
    this.rowEnds = new int[capacity];
    this.rowLines = new long[capacity];
    this.rowFieldCounts = new int[capacity];
  }
}
