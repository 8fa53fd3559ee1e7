package dev.quiver.adapters.write;

import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Schema;

/** Checks that a batch handed to a writer has the columns the writer was created for. */
public final class BatchChecks {
  private BatchChecks() {}

  /**
   * @throws IllegalArgumentException when the column count or a column's type differs
   */
  public static void requireSameColumns(Schema expected, VectorSchemaRoot batch) {
    Schema actual = batch.getSchema();
    if (actual.getFields().size() != expected.getFields().size()) {
      throw new IllegalArgumentException(
          "Batch has " + actual.getFields().size() + " columns, the writer expects "
              + expected.getFields().size());
    }
    for (int c = 0; c < expected.getFields().size(); c++) {
      if (!actual.getFields().get(c).getType().equals(expected.getFields().get(c).getType())) {
        throw new IllegalArgumentException(
            "Column " + (c + 1) + " ('" + expected.getFields().get(c).getName() + "') of the batch is "
                + actual.getFields().get(c).getType() + ", the writer expects "
                + expected.getFields().get(c).getType());
      }
    }
  }
}
