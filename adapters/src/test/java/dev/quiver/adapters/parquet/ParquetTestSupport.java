package dev.quiver.adapters.parquet;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.quiver.adapters.spi.BatchReader;
import dev.quiver.adapters.spi.FormatOptions;
import dev.quiver.adapters.spi.ScanPartition;
import dev.quiver.adapters.spi.ScanSpec;
import dev.quiver.adapters.spi.TableSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;

/** Shared helpers: the corpus location and reading a whole file into plain Java values. */
final class ParquetTestSupport {
  private ParquetTestSupport() {}

  /** The public parquet-testing corpus, beside the project (see shared/corpora/README.md). */
  static Path corpus() {
    Path candidate = Paths.get("").toAbsolutePath();
    for (int up = 0; up < 5 && candidate != null; up++) {
      Path path = candidate.resolve("shared/corpora/parquet-testing");
      if (Files.isDirectory(path)) {
        return path;
      }
      candidate = candidate.getParent();
    }
    Path fixed = Paths.get("/work/shared/corpora/parquet-testing");
    assumeTrue(Files.isDirectory(fixed), "parquet-testing corpus not found at ../shared/corpora/parquet-testing");
    return fixed;
  }

  /** Every row of {@code file} as lists of getObject() values, all columns. */
  static List<List<Object>> readAll(Path file, BufferAllocator allocator, int batchRows)
      throws IOException {
    ParquetFormat format = new ParquetFormat();
    TableSchema schema = format.inferSchema(file, FormatOptions.DEFAULTS);
    ScanSpec all = ScanSpec.allColumns(schema);
    ScanSpec spec = new ScanSpec(all.columns(), batchRows);
    List<List<Object>> rows = new ArrayList<>();
    try (BatchReader reader = format.open(ScanPartition.wholeFile(file), schema, spec, allocator)) {
      while (reader.next()) {
        VectorSchemaRoot root = reader.root();
        for (int r = 0; r < root.getRowCount(); r++) {
          List<Object> row = new ArrayList<>();
          for (FieldVector vector : root.getFieldVectors()) {
            row.add(normalize(vector.getObject(r)));
          }
          rows.add(row);
        }
      }
    }
    return rows;
  }

  /** Arrow's Text and JsonStringArrayList/HashMap to plain strings/lists for comparisons. */
  static Object normalize(Object value) {
    if (value instanceof org.apache.arrow.vector.util.Text text) {
      return text.toString();
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>();
      for (Object item : list) {
        out.add(normalize(item));
      }
      return out;
    }
    if (value instanceof java.util.Map<?, ?> map) {
      java.util.Map<Object, Object> out = new java.util.LinkedHashMap<>();
      for (java.util.Map.Entry<?, ?> e : map.entrySet()) {
        out.put(e.getKey(), normalize(e.getValue()));
      }
      return out;
    }
    return value;
  }
}
