package dev.quiver.adapters.csv;

import java.io.IOException;
import org.apache.arrow.vector.FieldVector;

/**
 * Converts one column of a run of tokenized rows into its Arrow vector: one virtual call per
 * column per run, with the per-row loop specialised by type in each subclass.
 */
abstract class ColumnDecoder {
  /** Index of the column in the file's schema, i.e. its field position in each row. */
  final int column;

  final String name;
  final ValueErrors errors;

  ColumnDecoder(int column, String name, ValueErrors errors) {
    this.column = column;
    this.name = name;
    this.errors = errors;
  }

  abstract FieldVector vector();

  /** Writes rows 0..rows-1 of the scanner's table into vector positions out..out+rows-1. */
  abstract void decode(CsvScanner scanner, int rows, int out) throws IOException;

  /** Allocates room for a batch once; later batches reuse it. */
  void allocate(int batchRows) {
    FieldVector vector = vector();
    vector.setInitialCapacity(batchRows);
    vector.allocateNew();
  }
}
