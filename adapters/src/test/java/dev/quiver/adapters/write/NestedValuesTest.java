package dev.quiver.adapters.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quiver.adapters.spi.BatchWriter;
import dev.quiver.adapters.spi.FormatOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.complex.ListVector;
import org.apache.arrow.vector.complex.MapVector;
import org.apache.arrow.vector.complex.StructVector;
import org.apache.arrow.vector.complex.impl.UnionListWriter;
import org.apache.arrow.vector.complex.impl.UnionMapWriter;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Struct, List and Map columns as JSON values (JSON) and JSON text fields (CSV). */
class NestedValuesTest {
  @TempDir Path dir;
  private BufferAllocator allocator;

  @BeforeEach
  void setUp() {
    allocator = new RootAllocator();
  }

  @AfterEach
  void tearDown() {
    assertEquals(0, allocator.getAllocatedMemory(), "leaked Arrow memory");
    allocator.close();
  }

  /** Three rows: values, empties/nulls inside, NULL. */
  private VectorSchemaRoot nestedBatch() {
    ListVector list = ListVector.empty("l", allocator);
    UnionListWriter lw = list.getWriter();
    lw.setPosition(0);
    lw.startList();
    lw.bigInt().writeBigInt(1);
    lw.bigInt().writeBigInt(-2);
    lw.endList();
    lw.setPosition(1);
    lw.startList();
    lw.endList();
    list.setNull(2);
    list.setValueCount(3);

    StructVector struct = StructVector.empty("st", allocator);
    BigIntVector a = struct.addOrGet("a", FieldType.nullable(new ArrowType.Int(64, true)), BigIntVector.class);
    VarCharVector s = struct.addOrGet("s,\"x\"", FieldType.nullable(ArrowType.Utf8.INSTANCE), VarCharVector.class);
    a.setSafe(0, 7);
    s.setSafe(0, "q\"\n".getBytes(StandardCharsets.UTF_8));
    a.setNull(1);
    s.setSafe(1, new byte[0]);
    a.setNull(2);
    s.setNull(2);
    struct.setIndexDefined(0);
    struct.setIndexDefined(1);
    struct.setNull(2);
    a.setValueCount(3);
    s.setValueCount(3);
    struct.setValueCount(3);

    MapVector map = MapVector.empty("m", allocator, false);
    UnionMapWriter mw = map.getWriter();
    mw.setPosition(0);
    mw.startMap();
    mw.startEntry();
    mw.key().bigInt().writeBigInt(10);
    mw.value().bigInt().writeBigInt(100);
    mw.endEntry();
    mw.startEntry();
    mw.key().bigInt().writeBigInt(20);
    mw.value().bigInt().writeNull();
    mw.endEntry();
    mw.endMap();
    mw.setPosition(1);
    mw.startMap();
    mw.endMap();
    map.setNull(2);
    map.setValueCount(3);

    List<FieldVector> vectors = new ArrayList<>(List.of(list, struct, map));
    List<org.apache.arrow.vector.types.pojo.Field> fields = new ArrayList<>();
    for (FieldVector v : vectors) {
      fields.add(v.getField());
    }
    return new VectorSchemaRoot(fields, vectors, 3);
  }

  private String write(String format, String name) throws Exception {
    Path file = dir.resolve(name);
    try (VectorSchemaRoot batch = nestedBatch();
        BatchWriter writer = WritableFormats.byName(format).orElseThrow()
            .create(file, batch.getSchema(), FormatOptions.DEFAULTS, allocator)) {
      writer.write(batch);
      writer.finish();
    }
    return Files.readString(file);
  }

  @Test
  void jsonNestedValues() throws Exception {
    String text = write("json", "n.json");
    assertEquals(
        "{\"l\":[1,-2],\"st\":{\"a\":7,\"s,\\\"x\\\"\":\"q\\\"\\n\"},\"m\":{\"10\":100,\"20\":null}}\n"
            + "{\"l\":[],\"st\":{\"a\":null,\"s,\\\"x\\\"\":\"\"},\"m\":{}}\n"
            + "{\"l\":null,\"st\":null,\"m\":null}\n",
        text);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT l[2], st.a, m['20'] IS NULL, m['10'] FROM read_json('"
            + dir.resolve("n.json") + "') ORDER BY l[2] NULLS LAST")) {
      rs.next();
      assertEquals(-2, rs.getLong(1));
      assertEquals(7, rs.getLong(2));
    }
  }

  @Test
  void csvNestedValuesAreQuotedJson() throws Exception {
    String text = write("csv", "n.csv");
    assertEquals(
        "l,st,m\n"
            + "\"[1,-2]\",\"{\"\"a\"\":7,\"\"s,\\\"\"x\\\"\"\"\":\"\"q\\\"\"\\n\"\"}\",\"{\"\"10\"\":100,\"\"20\"\":null}\"\n"
            + "[],\"{\"\"a\"\":null,\"\"s,\\\"\"x\\\"\"\"\":\"\"\"\"}\",{}\n"
            + ",,\n",
        text);
  }
}
