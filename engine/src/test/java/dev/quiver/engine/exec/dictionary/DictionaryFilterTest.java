package dev.quiver.engine.exec.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quiver.adapters.spi.DictionaryColumn;
import dev.quiver.adapters.spi.StringDictionary;
import dev.quiver.engine.exec.Batch;
import dev.quiver.engine.exec.ExecutionContext;
import dev.quiver.engine.exec.Operator;
import dev.quiver.engine.exec.OperatorMetrics;
import dev.quiver.engine.exec.operator.FilterOperator;
import dev.quiver.engine.expr.ExprCompiler;
import dev.quiver.engine.expr.PhysicalExpr;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.memory.util.MemoryUtil;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;
import org.apache.calcite.jdbc.JavaTypeFactoryImpl;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.type.SqlTypeName;
import org.junit.jupiter.api.Test;

/**
 * Conditions on a coded string column: evaluated per dictionary entry they select the same rows
 * as row by row, NULL rows included, under a selection; an entry that fails to evaluate but that
 * no row holds does not fail the query.
 */
class DictionaryFilterTest {
  private static final String[] ENTRIES = {"1", "2", "x"};
  /** Row codes; 3 is NULL. No row holds "x". */
  private static final int[] CODES = {0, 1, 0, 3, 1};

  private final RelDataTypeFactory types = new JavaTypeFactoryImpl();
  private final RexBuilder rex = new RexBuilder(types);
  private final RelDataType varchar =
      types.createTypeWithNullability(types.createSqlType(SqlTypeName.VARCHAR), true);
  private final RelDataType integer =
      types.createTypeWithNullability(types.createSqlType(SqlTypeName.INTEGER), true);
  private final RelDataType rowType = types.builder().add("s", varchar).build();
  private final RexNode column = rex.makeInputRef(varchar, 0);

  @Test
  void entriesSelectTheirRows() {
    assertEquals(List.of(1, 4), select(equalsText("2"), null, true));
    assertEquals(List.of(3), select(rex.makeCall(SqlStdOperatorTable.IS_NULL, column), null, true));
    RexNode nullOrOne =
        rex.makeCall(SqlStdOperatorTable.OR, rex.makeCall(SqlStdOperatorTable.IS_NULL, column),
            equalsText("1"));
    assertEquals(List.of(2, 3), select(nullOrOne, new int[] {1, 2, 3}, true));
  }

  @Test
  void anEntryThatFailsButNoRowHoldsDoesNotFailTheQuery() {
    RexNode castIsOne =
        rex.makeCall(SqlStdOperatorTable.EQUALS, rex.makeCast(integer, column),
            rex.makeExactLiteral(BigDecimal.ONE, integer));
    assertEquals(List.of(0, 2), select(castIsOne, null, false));
  }

  private RexNode equalsText(String text) {
    return rex.makeCall(SqlStdOperatorTable.EQUALS, column, rex.makeLiteral(text));
  }

  /**
   * The rows a FilterOperator keeps over one coded batch, with an optional selection; checks
   * whether it worked on the codes.
   */
  private List<Integer> select(RexNode condition, int[] selection, boolean byCodes) {
    try (RootAllocator allocator = new RootAllocator()) {
      Field field = new Field("s", FieldType.nullable(ArrowType.Utf8.INSTANCE), null);
      byte[] bytes = String.join("", ENTRIES).getBytes(StandardCharsets.UTF_8);
      int[] offsets = {0, 1, 2, 3};
      List<Integer> kept = new ArrayList<>();
      try (StringDictionary dictionary = StringDictionary.of(bytes, offsets, 3, field, allocator);
          VarCharVector values = new VarCharVector(field, allocator);
          DictionaryColumn coded = new DictionaryColumn(values, allocator)) {
        values.allocateNew(CODES.length);
        long codes = coded.begin(CODES.length);
        for (int r = 0; r < CODES.length; r++) {
          MemoryUtil.putInt(codes + 4L * r, CODES[r]);
          if (CODES[r] != dictionary.nullCode()) {
            values.setIndexDefined(r);
          }
        }
        coded.end(dictionary);
        Batch batch = Batch.of(List.of(values), CODES.length, new DictionaryColumn[] {coded});
        if (selection != null) {
          batch = batch.withSelection(selection, selection.length);
        }
        PhysicalExpr expr = ExprCompiler.compile(condition, rowType, rex);
        try (FilterOperator filter = new FilterOperator(new OneBatch(batch), expr)) {
          filter.open(new ExecutionContext(allocator, List.of(), 1024));
          for (Batch out = filter.next(); out != null; out = filter.next()) {
            for (int k = 0; k < out.selectedCount(); k++) {
              kept.add(out.position(k));
            }
          }
          assertEquals(byCodes ? 1 : 0, filter.metrics().codedBatches(), "batches filtered by codes");
        }
      }
      return kept;
    }
  }

  /** A source of one prepared batch. */
  private static final class OneBatch implements Operator {
    private Batch batch;

    OneBatch(Batch batch) {
      this.batch = batch;
    }

    @Override
    public Schema schema() {
      return new Schema(List.of(batch.dictionary(0).values().getField()));
    }

    @Override
    public void open(ExecutionContext context) {}

    @Override
    public Batch next() {
      Batch next = batch;
      batch = null;
      return next;
    }

    @Override
    public List<Operator> children() {
      return List.of();
    }

    @Override
    public OperatorMetrics metrics() {
      return new OperatorMetrics();
    }

    @Override
    public String describe() {
      return "OneBatch";
    }

    @Override
    public void close() {}
  }
}
