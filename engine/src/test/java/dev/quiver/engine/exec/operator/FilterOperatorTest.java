package dev.quiver.engine.exec.operator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quiver.engine.error.ErrorCode;
import dev.quiver.engine.error.QuiverException;
import dev.quiver.engine.exec.Batch;
import dev.quiver.engine.exec.ExecutionContext;
import dev.quiver.engine.expr.ExprCompiler;
import dev.quiver.engine.expr.PhysicalExpr;
import dev.quiver.engine.expr.TestVectors;
import dev.quiver.engine.types.ArrowTypes;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.types.pojo.Schema;
import org.apache.calcite.jdbc.JavaTypeFactoryImpl;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.type.SqlTypeName;
import org.junit.jupiter.api.Test;

class FilterOperatorTest {
  private final RelDataTypeFactory types = new JavaTypeFactoryImpl();
  private final RexBuilder rex = new RexBuilder(types);
  private final RelDataType bigint =
      types.createTypeWithNullability(types.createSqlType(SqlTypeName.BIGINT), true);
  private final RelDataType rowType = types.builder().add("x", bigint).build();

  private Batch batch(RootAllocator allocator, Object... values) {
    FieldVector vector = TestVectors.vector(allocator, bigint, values);
    return Batch.of(List.of(vector), values.length);
  }

  private PhysicalExpr greaterThan(long value) {
    RexNode node = rex.makeCall(SqlStdOperatorTable.GREATER_THAN, rex.makeInputRef(bigint, 0),
        rex.makeExactLiteral(BigDecimal.valueOf(value), bigint));
    return ExprCompiler.compile(node, rowType, rex);
  }

  private static List<Long> drain(FilterOperator filter) {
    List<Long> values = new ArrayList<>();
    for (Batch b = filter.next(); b != null; b = filter.next()) {
      assertTrue(b.selectedCount() > 0, "never an empty batch");
      BigIntVector vector = (BigIntVector) b.column(0);
      for (int k = 0; k < b.selectedCount(); k++) {
        values.add(vector.get(b.position(k)));
      }
    }
    return values;
  }

  @Test
  void keepsMatchingRowsAsASelectionAndSkipsEmptyBatches() {
    try (RootAllocator allocator = new RootAllocator()) {
      Batch first = batch(allocator, 1L, 5L, null, 7L);
      Batch second = batch(allocator, 0L, 1L);
      Batch third = batch(allocator, 9L, 10L);
      ValuesOperator values = new ValuesOperator(new Schema(List.of(ArrowTypes.toField("x", bigint))),
          List.of(first, second, third.withSelection(new int[] {1}, 1)));
      FilterOperator filter = new FilterOperator(values, greaterThan(2));
      filter.open(new ExecutionContext(allocator, List.of(), 1024));
      assertSame(values.schema(), filter.schema());
      Batch out = filter.next();
      assertSame(first.column(0), out.column(0), "no copy");
      assertEquals(2, out.selectedCount());
      assertEquals(1, out.position(0));
      assertEquals(3, out.position(1));
      Batch last = filter.next();
      assertEquals(1, last.selectedCount());
      assertEquals(1, last.position(0));
      assertNull(filter.next());
      assertEquals(3, filter.metrics().rowsOut());
      assertEquals("Filter[>($0, 2:BIGINT)]", filter.describe());
      filter.close();
      filter.close();
      assertEquals(1, values.closeCount, "close is idempotent");
      assertEquals(0, allocator.getAllocatedMemory());
    }
  }

  @Test
  void allRowsPassingKeepsTheInputBatch() {
    try (RootAllocator allocator = new RootAllocator()) {
      Batch only = batch(allocator, 5L, 6L);
      ValuesOperator values = new ValuesOperator(new Schema(List.of(ArrowTypes.toField("x", bigint))),
          List.of(only));
      try (FilterOperator filter = new FilterOperator(values, greaterThan(2))) {
        filter.open(new ExecutionContext(allocator, List.of(), 1024));
        Batch out = filter.next();
        assertSame(only, out);
        assertFalse(out.hasSelection());
      }
      assertEquals(0, allocator.getAllocatedMemory());
    }
  }

  @Test
  void complexConditionOverManyBatchesWithoutLeaks() {
    try (RootAllocator allocator = new RootAllocator()) {
      List<Batch> batches = new ArrayList<>();
      List<Long> expected = new ArrayList<>();
      for (int b = 0; b < 5; b++) {
        Object[] data = new Object[100];
        for (int i = 0; i < data.length; i++) {
          long v = b * 100L + i;
          data[i] = i % 17 == 0 ? null : v;
          if (data[i] != null && (v % 3 == 0 || v > 450) && v % 2 == 0) {
            expected.add(v);
          }
        }
        batches.add(batch(allocator, data));
      }
      RexNode x = rex.makeInputRef(bigint, 0);
      RexNode cond = rex.makeCall(SqlStdOperatorTable.AND,
          rex.makeCall(SqlStdOperatorTable.OR,
              rex.makeCall(SqlStdOperatorTable.EQUALS,
                  rex.makeCall(SqlStdOperatorTable.MOD, x, rex.makeExactLiteral(BigDecimal.valueOf(3))),
                  rex.makeExactLiteral(BigDecimal.ZERO)),
              rex.makeCall(SqlStdOperatorTable.GREATER_THAN, x, rex.makeExactLiteral(BigDecimal.valueOf(450)))),
          rex.makeCall(SqlStdOperatorTable.EQUALS,
              rex.makeCall(SqlStdOperatorTable.MOD, x, rex.makeExactLiteral(BigDecimal.valueOf(2))),
              rex.makeExactLiteral(BigDecimal.ZERO)));
      ValuesOperator values = new ValuesOperator(new Schema(List.of(ArrowTypes.toField("x", bigint))), batches);
      try (FilterOperator filter = new FilterOperator(values, ExprCompiler.compile(cond, rowType, rex))) {
        filter.open(new ExecutionContext(allocator, List.of(), 1024));
        assertEquals(expected, drain(filter));
      }
      assertEquals(0, allocator.getAllocatedMemory());
    }
  }

  @Test
  void errorsInTheConditionPropagateAndCancellationIsChecked() {
    try (RootAllocator allocator = new RootAllocator()) {
      ValuesOperator values = new ValuesOperator(new Schema(List.of(ArrowTypes.toField("x", bigint))),
          List.of(batch(allocator, 1L, 0L)));
      RexNode x = rex.makeInputRef(bigint, 0);
      RexNode cond = rex.makeCall(SqlStdOperatorTable.GREATER_THAN,
          rex.makeCall(SqlStdOperatorTable.DIVIDE, rex.makeExactLiteral(BigDecimal.TEN, bigint), x),
          rex.makeExactLiteral(BigDecimal.ONE, bigint));
      try (FilterOperator filter = new FilterOperator(values, ExprCompiler.compile(cond, rowType, rex))) {
        filter.open(new ExecutionContext(allocator, List.of(), 1024));
        QuiverException e = assertThrows(QuiverException.class, filter::next);
        assertEquals(ErrorCode.USER_ERROR, e.code());
      }
      ValuesOperator more = new ValuesOperator(new Schema(List.of(ArrowTypes.toField("x", bigint))),
          List.of(batch(allocator, 5L)));
      try (FilterOperator filter = new FilterOperator(more, greaterThan(2))) {
        ExecutionContext context = new ExecutionContext(allocator, List.of(), 1024);
        filter.open(context);
        context.cancel();
        assertEquals(ErrorCode.CANCELLED, assertThrows(QuiverException.class, filter::next).code());
      }
      assertEquals(0, allocator.getAllocatedMemory());
    }
  }
}
