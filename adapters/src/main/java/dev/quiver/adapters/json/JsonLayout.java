package dev.quiver.adapters.json;

import dev.quiver.adapters.csv.RejectPolicy;

/**
 * How a JSON file holds its records, found while inferring its schema and reused by the readers.
 *
 * @param array whether the file is one top-level array of objects (else one object per line)
 * @param dataStart file offset of the first record: after a byte order mark, after the '['
 * @param multiLineRecords whether a sampled record spans lines (then the file is one partition)
 * @param sampleDescription what the types were inferred from, for error messages
 * @param rejects what readers do with malformed records (options ignore_errors and rejects_file),
 *     carried here because readers see the schema, not the options
 * @param declaredColumns whether the columns option declared the columns and types: keys it does
 *     not list are then ignored, and errors say the type was given, not inferred
 */
record JsonLayout(
    boolean array,
    long dataStart,
    boolean multiLineRecords,
    String sampleDescription,
    RejectPolicy rejects,
    boolean declaredColumns) {

  /** A layout of inferred columns whose readers fail on the first malformed record. */
  JsonLayout(boolean array, long dataStart, boolean multiLineRecords, String sampleDescription) {
    this(array, dataStart, multiLineRecords, sampleDescription, RejectPolicy.FAIL);
  }

  /** A layout of inferred columns. */
  JsonLayout(
      boolean array,
      long dataStart,
      boolean multiLineRecords,
      String sampleDescription,
      RejectPolicy rejects) {
    this(array, dataStart, multiLineRecords, sampleDescription, rejects, false);
  }
}
