package dev.quiver.adapters.csv;

import java.util.Arrays;

/**
 * Where the fields of a run of tokenized rows lie in the read buffer, column-major so that a
 * decoder walks one column of many rows in a tight loop.
 *
 * <p>Only the columns a scan reads are stored, each in its own slot: for row {@code r} of column
 * {@code c}, index {@link #base(int) base(c)}{@code + r} holds the field's first byte, its end
 * (exclusive, quotes and a trailing CR removed) and how it was written. The other fields are only
 * counted.
 */
final class FieldTable {
  /** Written without quotes; empty means NULL. */
  static final byte PLAIN = 0;

  /** Written in quotes with no {@code ""} inside; empty means the empty string. */
  static final byte QUOTED = 1;

  /** Written in quotes with {@code ""} (or escape-byte) escapes that a text decoder must undo. */
  static final byte ESCAPED = 2;

  /** Absent: the row had fewer fields than the header, so the field reads as NULL. */
  static final byte MISSING = 3;

  private static final int NOT_STORED = -1;

  /** Fields a row is expected to have. */
  final int columns;

  final int capacity;

  /** Per column: the index of its first row in the field arrays, or -1 when it is not stored. */
  final int[] bases;

  /** One past the last stored column: fields from here on need no more than counting. */
  final int storedLimit;

  final int[] starts;
  final int[] ends;
  final byte[] kinds;

  /** Per row: first byte, end of content (before the line break), 0-based line from the scan. */
  final int[] rowStarts;
  final int[] rowEnds;
  final long[] rowLines;

  /** Per row: how many fields it had, counting those past {@link #columns}. */
  final int[] rowFieldCounts;

  /** A table storing every column. */
  FieldTable(int columns, int capacity) {
    this(columns, everyColumn(columns), capacity);
  }

  /** A table storing only {@code storedColumns} (indexes below {@code columns}, repeats allowed). */
  FieldTable(int columns, int[] storedColumns, int capacity) {
    this.columns = columns;
    this.capacity = capacity;
    this.bases = new int[columns];
    Arrays.fill(bases, NOT_STORED);
    int slots = 0;
    int limit = 0;
    for (int column : storedColumns) {
      if (bases[column] == NOT_STORED) {
        bases[column] = slots++ * capacity;
        limit = Math.max(limit, column + 1);
      }
    }
    this.storedLimit = limit;
    int size = Math.max(1, slots) * capacity;
    this.starts = new int[size];
    this.ends = new int[size];
    this.kinds = new byte[size];
    this.rowStarts = new int[capacity];
    this.rowEnds = new int[capacity];
    this.rowLines = new long[capacity];
    this.rowFieldCounts = new int[capacity];
  }

  /** Index of row 0 of a stored column in {@link #starts}, {@link #ends} and {@link #kinds}. */
  int base(int column) {
    return bases[column];
  }

  private static int[] everyColumn(int columns) {
    int[] all = new int[columns];
    for (int i = 0; i < columns; i++) {
      all[i] = i;
    }
    return all;
  }
}
