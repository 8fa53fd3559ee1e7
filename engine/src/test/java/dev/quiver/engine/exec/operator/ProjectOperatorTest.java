package dev.quiver.engine.exec.operator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.quiver.engine.exec.Batch;
import dev.quiver.engine.exec.ExecutionContext;
import dev.quiver.engine.expr.ExprCompiler;
import dev.quiver.engine.expr.PhysicalExpr;
import dev.quiver.engine.expr.TestVectors;
import dev.quiver.engine.types.ArrowTypes;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Schema;
import org.apache.calcite.jdbc.JavaTypeFactoryImpl;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.type.SqlTypeName;
import org.junit.jupiter.api.Test;

class ProjectOperatorTest {
  private final RelDataTypeFactory types = new JavaTypeFactoryImpl();
  private final RexBuilder rex = new RexBuilder(types);
  private final RelDataType bigint =
      types.createTypeWithNullability(types.createSqlType(SqlTypeName.BIGINT), true);
  private final RelDataType varchar =
      types.createTypeWithNullability(types.createSqlType(SqlTypeName.VARCHAR), true);
  private final RelDataType rowType = types.builder().add("x", bigint).add("s", varchar).build();

  private PhysicalExpr compile(RexNode node) {
    return ExprCompiler.compile(node, rowType, rex);
  }

  @Test
  void passesColumnsThroughComputesAndMaterialisesConstants() {
    for (boolean withSelection : new boolean[] {false, true}) {
      try (RootAllocator allocator = new RootAllocator()) {
        FieldVector x = TestVectors.vector(allocator, bigint, 1L, 2L, null, 4L);
        FieldVector s = TestVectors.vector(allocator, varchar, "a", "b", "c", null);
        Batch input = Batch.of(List.of(x, s), 4);
        if (withSelection) {
          input = input.withSelection(new int[] {1, 2}, 2);
        }
        Schema childSchema = new Schema(List.of(ArrowTypes.toField("x", bigint), ArrowTypes.toField("s", varchar)));
        ValuesOperator values = new ValuesOperator(childSchema, List.of(input));
        RexNode xRef = rex.makeInputRef(bigint, 0);
        List<PhysicalExpr> expressions = List.of(
            compile(rex.makeInputRef(varchar, 1)),
            compile(rex.makeCall(SqlStdOperatorTable.MULTIPLY, xRef, rex.makeExactLiteral(BigDecimal.TEN, bigint))),
            compile(rex.makeLiteral("k")),
            compile(rex.makeCall(SqlStdOperatorTable.UPPER, rex.makeInputRef(varchar, 1))));
        try (ProjectOperator project =
            new ProjectOperator(values, expressions, List.of("s", "x10", "k", "upper"))) {
          assertEquals(List.of("s", "x10", "k", "upper"),
              project.schema().getFields().stream().map(f -> f.getName()).toList());
          assertEquals(new ArrowType.Int(64, true), project.schema().getFields().get(1).getType());
          project.open(new ExecutionContext(allocator, List.of(), 1024));
          Batch out = project.next();
          assertSame(s, out.column(0), "input refs pass through");
          assertEquals(input.selectedCount(), out.selectedCount());
          assertEquals(4, out.column(2).getValueCount());
          Object[] expectedX10 = {10L, 20L, null, 40L};
          Object[] expectedUpper = {"A", "B", "C", null};
          for (int k = 0; k < out.selectedCount(); k++) {
            int row = out.position(k);
            assertEquals(expectedX10[row], out.column(1).getObject(row));
            assertEquals("k", out.column(2).getObject(row).toString());
            Object upper = out.column(3).getObject(row);
            assertEquals(expectedUpper[row], upper == null ? null : upper.toString());
          }
          assertNull(project.next());
          assertEquals(Arrays.asList("Project[s=$1, x10=*($0, 10:BIGINT), k='k', upper=UPPER($1)]"),
              List.of(project.describe()));
        }
        assertEquals(0, allocator.getAllocatedMemory());
      }
    }
  }

  @Test
  void manyBatchesReuseVectorsWithoutLeaks() {
    try (RootAllocator allocator = new RootAllocator()) {
      Schema childSchema = new Schema(List.of(ArrowTypes.toField("x", bigint), ArrowTypes.toField("s", varchar)));
      Batch[] batches = new Batch[4];
      for (int b = 0; b < batches.length; b++) {
        int rows = 10 + b * 50;
        Object[] xs = new Object[rows];
        Object[] ss = new Object[rows];
        for (int i = 0; i < rows; i++) {
          xs[i] = (long) i;
          ss[i] = "v" + i;
        }
        batches[b] = Batch.of(List.of(TestVectors.vector(allocator, bigint, xs),
            TestVectors.vector(allocator, varchar, ss)), rows);
      }
      ValuesOperator values = new ValuesOperator(childSchema, List.of(batches));
      RexNode concat = rex.makeCall(SqlStdOperatorTable.CONCAT, rex.makeInputRef(varchar, 1), rex.makeLiteral("!"));
      try (ProjectOperator project = new ProjectOperator(values,
          List.of(compile(concat), compile(rex.makeExactLiteral(BigDecimal.ONE, bigint))), List.of("c", "one"))) {
        project.open(new ExecutionContext(allocator, List.of(), 1024));
        int total = 0;
        for (Batch out = project.next(); out != null; out = project.next()) {
          assertEquals("v" + (out.rowCount() - 1) + "!", out.column(0).getObject(out.rowCount() - 1).toString());
          assertEquals(1L, out.column(1).getObject(out.rowCount() - 1));
          total += out.rowCount();
        }
        assertEquals(10 + 60 + 110 + 160, total);
      }
      assertEquals(0, allocator.getAllocatedMemory());
    }
  }
}
