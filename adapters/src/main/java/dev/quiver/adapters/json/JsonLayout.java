package dev.quiver.adapters.json;

/**
 * How a JSON file holds its records, found while inferring its schema and reused by the readers.
 *
 * @param array whether the file is one top-level array of objects (else one object per line)
 * @param dataStart file offset of the first record: after a byte order mark, after the '['
 * @param multiLineRecords whether a sampled record spans lines (then the file is one partition)
 * @param sampleDescription what the types were inferred from, for error messages
 */
record JsonLayout(
    boolean array, long dataStart, boolean multiLineRecords, String sampleDescription) {}
