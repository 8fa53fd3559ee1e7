package dev.quiver.adapters.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quiver.adapters.spi.BatchReader;
import dev.quiver.adapters.spi.FormatOptions;
import dev.quiver.adapters.spi.ScanPartition;
import dev.quiver.adapters.spi.ScanSpec;
import dev.quiver.adapters.spi.TableSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Field;

/** Reads JSON files into rows of strings for assertions, checking the allocator for leaks. */
final class JsonTestSupport {
  static final Path FIXTURES = Path.of("..", "src", "test", "data", "json");

  private JsonTestSupport() {}

  static Path fixture(String name) {
    return FIXTURES.resolve(name);
  }

  static FormatOptions options(String... keyValues) {
    Map<String, String> map = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put(keyValues[i], keyValues[i + 1]);
    }
    return new FormatOptions(map);
  }

  static Path write(Path dir, String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content);
    return file;
  }

  /** "name:ArrowType" for each column, e.g. "amount:FloatingPoint(DOUBLE)". */
  static List<String> columns(TableSchema schema) {
    List<String> out = new ArrayList<>();
    for (Field field : schema.arrowSchema().getFields()) {
      out.add(field.getName() + ":" + describe(field));
    }
    return out;
  }

  /** A field's type with its children, e.g. {@code Struct<id:Int(64, true)>}. */
  static String describe(Field field) {
    String type = field.getType().toString();
    if (field.getChildren().isEmpty()) {
      return type;
    }
    List<String> children = new ArrayList<>();
    for (Field child : field.getChildren()) {
      children.add(child.getName() + ":" + describe(child));
    }
    return type + "<" + String.join(", ", children) + ">";
  }

  static List<List<String>> readAll(Path file) throws IOException {
    return readAll(new JsonFormat(), file, FormatOptions.DEFAULTS);
  }

  static List<List<String>> readAll(JsonFormat format, Path file, FormatOptions options)
      throws IOException {
    TableSchema schema = format.inferSchema(file, options);
    return read(format, ScanPartition.wholeFile(file), schema, ScanSpec.allColumns(schema));
  }

  /** Reads one partition with its own allocator and asserts nothing leaked. */
  static List<List<String>> read(
      JsonFormat format, ScanPartition partition, TableSchema schema, ScanSpec spec)
      throws IOException {
    List<List<String>> rows = new ArrayList<>();
    try (BufferAllocator allocator = new RootAllocator()) {
      try (BatchReader reader = format.open(partition, schema, spec, allocator)) {
        while (reader.next()) {
          VectorSchemaRoot root = reader.root();
          for (int r = 0; r < root.getRowCount(); r++) {
            List<String> row = new ArrayList<>();
            for (FieldVector vector : root.getFieldVectors()) {
              Object value = vector.getObject(r);
              row.add(value == null ? null : String.valueOf(value));
            }
            rows.add(row);
          }
        }
      } finally {
        assertEquals(0, allocator.getAllocatedMemory(), "allocator leaked");
      }
    }
    return rows;
  }

  static List<String> row(String... values) {
    return Arrays.asList(values);
  }
}
