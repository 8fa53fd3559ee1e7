package dev.quiver.engine.exec.aggregate;

import static dev.quiver.engine.exec.operator.TestBatches.rowType;
import static dev.quiver.engine.exec.operator.TestBatches.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.calcite.rel.RelCollations;
import org.apache.calcite.rel.core.AggregateCall;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.SqlAggFunction;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.type.SqlTypeName;
import org.junit.jupiter.api.Test;

class AggregateSpecTest {
  private static final RelDataType BIGINT = type(SqlTypeName.BIGINT);
  private static final RelDataType INPUT =
      rowType(
          "n", BIGINT,
          "s", type(SqlTypeName.VARCHAR),
          "flag", type(SqlTypeName.BOOLEAN),
          "d", type(SqlTypeName.DOUBLE));

  private static AggregateCall call(SqlAggFunction function, boolean distinct, List<Integer> args, int filter, RelDataType type) {
    return AggregateCall.create(function, distinct, false, false, List.of(), args, filter, null, RelCollations.EMPTY, type, "x");
  }

  @Test
  void supportsTheKindsTypesAndShapesItCanRun() {
    assertTrue(AggregateSpec.supports(call(SqlStdOperatorTable.COUNT, false, List.of(), -1, BIGINT), INPUT));
    assertTrue(AggregateSpec.supports(call(SqlStdOperatorTable.COUNT, true, List.of(1), -1, BIGINT), INPUT));
    assertTrue(AggregateSpec.supports(call(SqlStdOperatorTable.SUM, false, List.of(0), 2, BIGINT), INPUT));
    assertTrue(AggregateSpec.supports(call(SqlStdOperatorTable.AVG, true, List.of(3), -1, type(SqlTypeName.DOUBLE)), INPUT));
    assertTrue(AggregateSpec.supports(call(SqlStdOperatorTable.MIN, false, List.of(1), -1, type(SqlTypeName.VARCHAR)), INPUT));
    assertTrue(AggregateSpec.supports(call(SqlStdOperatorTable.SUM0, false, List.of(0), -1, BIGINT), INPUT));
  }

  @Test
  void rejectsWhatItCannotRun() {
    assertFalse(AggregateSpec.supports(call(SqlStdOperatorTable.SUM, false, List.of(1), -1, BIGINT), INPUT), "SUM of VARCHAR");
    assertFalse(AggregateSpec.supports(call(SqlStdOperatorTable.COUNT, false, List.of(0, 1), -1, BIGINT), INPUT), "two args");
    assertFalse(AggregateSpec.supports(call(SqlStdOperatorTable.SUM0, true, List.of(0), -1, BIGINT), INPUT), "SUM0 DISTINCT");
    assertFalse(AggregateSpec.supports(call(SqlStdOperatorTable.COUNT, false, List.of(), 0, BIGINT), INPUT), "non-BOOLEAN filter");
    assertFalse(AggregateSpec.supports(call(SqlStdOperatorTable.STDDEV_POP, false, List.of(3), -1, type(SqlTypeName.DOUBLE)), INPUT));
  }

  @Test
  void ofCopiesTheCall() {
    AggregateSpec spec = AggregateSpec.of(call(SqlStdOperatorTable.SUM, true, List.of(0), 2, BIGINT));
    assertEquals(new AggregateSpec(SqlKind.SUM, List.of(0), true, 2, BIGINT, "x"), spec);
    assertEquals("SUM(DISTINCT #0) FILTER #2 AS x", spec.toString());
  }
}
