package dev.quiver.engine.expr;

import dev.quiver.engine.exec.Batch;
import dev.quiver.engine.exec.ExecutionContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.calcite.jdbc.JavaTypeFactoryImpl;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rel.type.RelDataTypeSystem;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * A test harness: nullable input columns of given types and values, a RexBuilder over them, and
 * helpers that compile a RexNode, evaluate or select it over the batch (optionally with a
 * selection), and read the results back. Closing it checks that nothing leaked.
 */
public final class ExprFixture implements AutoCloseable {
  public final RootAllocator allocator = new RootAllocator();
  public final RelDataTypeFactory types = new JavaTypeFactoryImpl(RelDataTypeSystem.DEFAULT);
  public final RexBuilder rex = new RexBuilder(types);
  private final List<RelDataType> columnTypes = new ArrayList<>();
  private final List<FieldVector> columns = new ArrayList<>();
  private int rowCount = -1;
  private int[] selection;
  private List<Object> parameters = List.of();

  public RelDataType type(SqlTypeName name) {
    return types.createTypeWithNullability(types.createSqlType(name), true);
  }

  public RelDataType type(SqlTypeName name, int precision, int scale) {
    return types.createTypeWithNullability(types.createSqlType(name, precision, scale), true);
  }

  /** Adds a column and returns a reference to it. */
  public RexNode column(RelDataType type, Object... values) {
    if (rowCount >= 0 && rowCount != values.length) {
      throw new IllegalArgumentException("columns differ in length");
    }
    rowCount = values.length;
    columnTypes.add(type);
    columns.add(TestVectors.vector(allocator, type, values));
    return rex.makeInputRef(type, columns.size() - 1);
  }

  public void selection(int... positions) {
    this.selection = positions;
  }

  public void parameters(Object... values) {
    this.parameters = Arrays.asList(values);
  }

  public RelDataType rowType() {
    RelDataTypeFactory.Builder builder = types.builder();
    for (int i = 0; i < columnTypes.size(); i++) {
      builder.add("c" + i, columnTypes.get(i));
    }
    return builder.build();
  }

  public Batch batch() {
    Batch batch = Batch.of(columns, Math.max(rowCount, 0));
    return selection == null ? batch : batch.withSelection(selection, selection.length);
  }

  public ExecutionContext context() {
    return new ExecutionContext(allocator, parameters, 1024);
  }

  public PhysicalExpr compile(RexNode node) {
    return ExprCompiler.compile(node, rowType(), rex);
  }

  /** Values of {@code node} for the live rows, in storage form. */
  public List<Object> eval(RexNode node) {
    try (PhysicalExpr expr = compile(node)) {
      Batch batch = batch();
      ColumnarValue value = expr.evaluate(batch, context());
      List<Object> first =
          TestVectors.read(value, expr.type(), batch.selection(), batch.selectedCount());
      // A second evaluation reuses the output vectors and must give the same answer.
      ColumnarValue again = expr.evaluate(batch, context());
      List<Object> second =
          TestVectors.read(again, expr.type(), batch.selection(), batch.selectedCount());
      if (!first.equals(second)) {
        throw new AssertionError("re-evaluation differs: " + first + " vs " + second);
      }
      return first;
    }
  }

  /** The live positions where {@code node} is TRUE, via {@code select}. */
  public List<Integer> select(RexNode node) {
    try (PhysicalExpr expr = compile(node)) {
      Batch batch = batch();
      int[] out = new int[Math.max(batch.rowCount(), 1)];
      int n = expr.select(batch, out, context());
      List<Integer> result = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        result.add(out[i]);
      }
      return result;
    }
  }

  /** The live positions where {@code eval} gives TRUE: select must agree with it. */
  public List<Integer> trueRowsByEval(RexNode node) {
    List<Object> values = eval(node);
    List<Integer> result = new ArrayList<>();
    Batch batch = batch();
    for (int k = 0; k < values.size(); k++) {
      if (Boolean.TRUE.equals(values.get(k))) {
        result.add(batch.position(k));
      }
    }
    return result;
  }

  @Override
  public void close() {
    columns.forEach(FieldVector::close);
    long leaked = allocator.getAllocatedMemory();
    allocator.close();
    if (leaked != 0) {
      throw new AssertionError(leaked + " bytes leaked");
    }
  }
}
