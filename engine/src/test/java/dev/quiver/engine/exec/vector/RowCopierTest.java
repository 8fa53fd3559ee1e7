package dev.quiver.engine.exec.vector;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quiver.engine.exec.operator.TestBatches;
import dev.quiver.engine.types.ArrowTypes;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.type.SqlTypeName;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RowCopierTest {
  private RootAllocator root;

  @BeforeEach
  void setUp() {
    root = new RootAllocator();
  }

  @AfterEach
  void checkLeaks() {
    assertEquals(0, root.getAllocatedMemory(), "leaked Arrow memory");
    root.close();
  }

  private FieldVector vector(RelDataType type, List<Object> values) {
    FieldVector vector = ArrowTypes.newVector("v", type, root);
    vector.allocateNew();
    for (int i = 0; i < values.size(); i++) {
      TestBatches.set(vector, i, values.get(i));
    }
    vector.setValueCount(values.size());
    return vector;
  }

  private static List<Object> read(FieldVector vector) {
    List<Object> values = new ArrayList<>();
    for (int i = 0; i < vector.getValueCount(); i++) {
      values.add(TestBatches.get(vector, i));
    }
    return values;
  }

  @Test
  void appendsChosenRowsOfEveryLayoutAndGrowsTheTarget() {
    Object[][] cases = {
      {TestBatches.type(SqlTypeName.BIGINT), 1L, null, 3L, -4L},
      {TestBatches.type(SqlTypeName.INTEGER), 1L, 2L, null, -4L},
      {TestBatches.type(SqlTypeName.SMALLINT), 1L, 2L, null, -4L},
      {TestBatches.type(SqlTypeName.TINYINT), 1L, 2L, null, -4L},
      {TestBatches.type(SqlTypeName.DOUBLE), 1.5, null, -0.0, 4.0},
      {TestBatches.type(SqlTypeName.BOOLEAN), true, false, null, true},
      {TestBatches.type(SqlTypeName.DATE), LocalDate.of(2020, 1, 1), null, LocalDate.of(1900, 1, 1), LocalDate.of(2100, 1, 1)},
      {TestBatches.decimal(30, 4), new BigDecimal("1.0000"), new BigDecimal("-12345678901234567890.1234"), null, BigDecimal.ZERO.setScale(4)},
      {TestBatches.type(SqlTypeName.VARCHAR), "", "hello", null, "a much longer string that forces the data buffer to grow"},
    };
    for (Object[] c : cases) {
      RelDataType type = (RelDataType) c[0];
      List<Object> values = Arrays.asList(Arrays.copyOfRange(c, 1, c.length));
      try (FieldVector source = vector(type, values);
          FieldVector target = ArrowTypes.newVector("t", type, root)) {
        int[] positions = {3, 1, 2, 0};
        // Appended in pieces, many times, so the target reallocates while keeping earlier rows.
        List<Object> expected = new ArrayList<>();
        int rows = 0;
        for (int round = 0; round < 40; round++) {
          RowCopier.append(source, positions, 1, 2, target, rows);
          RowCopier.append(source, positions, 0, 1, target, rows + 2);
          rows += 3;
          expected.addAll(Arrays.asList(values.get(1), values.get(2), values.get(3)));
        }
        assertEquals(expected, read(target), "type " + type);
      }
    }
  }

  @Test
  void appendsNothingForZeroRows() {
    RelDataType type = TestBatches.type(SqlTypeName.VARCHAR);
    try (FieldVector source = vector(type, List.of("a"));
        FieldVector target = ArrowTypes.newVector("t", type, root)) {
      RowCopier.append(source, new int[0], 0, 0, target, 0);
      assertEquals(0, target.getValueCount());
    }
  }
}
