package dev.quiver.engine.exec.operator;

import static dev.quiver.engine.exec.operator.TestBatches.decimal;
import static dev.quiver.engine.exec.operator.TestBatches.row;
import static dev.quiver.engine.exec.operator.TestBatches.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quiver.engine.error.ErrorCode;
import dev.quiver.engine.error.QuiverException;
import dev.quiver.engine.exec.ExecutionContext;
import dev.quiver.engine.exec.operator.TestBatches.Rows;
import dev.quiver.engine.memory.QueryMemory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;
import org.apache.arrow.memory.RootAllocator;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.type.SqlTypeName;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SortOperatorTest {
  private static final RelDataType BIGINT = type(SqlTypeName.BIGINT);
  private static final RelDataType INTEGER = type(SqlTypeName.INTEGER);
  private static final RelDataType DOUBLE = type(SqlTypeName.DOUBLE);
  private static final RelDataType VARCHAR = type(SqlTypeName.VARCHAR);
  private static final RelDataType BOOLEAN = type(SqlTypeName.BOOLEAN);
  private static final RelDataType DATE = type(SqlTypeName.DATE);
  private static final RelDataType TIMESTAMP = type(SqlTypeName.TIMESTAMP);

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

  private List<List<Object>> sort(
      BatchListOperator source, List<SortKey> keys, long offset, long fetch, int batchRows) {
    List<List<Object>> rows =
        TestBatches.run(
            new SortOperator(source, keys, offset, fetch),
            new ExecutionContext(root, List.of(), batchRows));
    assertTrue(source.isClosed());
    return rows;
  }

  /** Java's sort of the same values: nulls placed, then natural order, reversed when descending. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Comparator<List<Object>> javaOrder(int column, boolean descending, boolean nullsFirst) {
    Comparator<Object> values = (a, b) -> ((Comparable) a).compareTo(b);
    if (descending) {
      values = values.reversed();
    }
    Comparator<Object> withNulls = nullsFirst ? Comparator.nullsFirst(values) : Comparator.nullsLast(values);
    return (a, b) -> withNulls.compare(a.get(column), b.get(column));
  }

  @Test
  void sortsEveryTypeInBothDirectionsWithNullsFirstOrLast() {
    LocalDateTime t = LocalDateTime.of(2024, 5, 6, 7, 8, 9);
    Object[][] cases = {
      {BIGINT, 5L, -3L, Long.MAX_VALUE, 0L},
      {INTEGER, 5L, -3L, 2L, 0L},
      {DOUBLE, 2.5, -1.0, Double.POSITIVE_INFINITY, 0.0},
      {VARCHAR, "banana", "apple", "éclair", "apple pie with a long tail"},
      {BOOLEAN, true, false, true, false},
      {DATE, LocalDate.of(2020, 1, 1), LocalDate.of(1950, 6, 1), LocalDate.of(2099, 1, 1), LocalDate.of(2000, 2, 29)},
      {TIMESTAMP, t, t.minusDays(1), t.plusNanos(1000), t.minusNanos(1000)},
      {decimal(20, 2), new BigDecimal("1.25"), new BigDecimal("-100.00"), new BigDecimal("123456789012345.67"), new BigDecimal("0.00")},
    };
    for (Object[] c : cases) {
      RelDataType columnType = (RelDataType) c[0];
      for (boolean descending : new boolean[] {false, true}) {
        for (boolean nullsFirst : new boolean[] {false, true}) {
          List<Object[]> input = new ArrayList<>();
          for (int i = 1; i < c.length; i++) {
            input.add(row(c[i], (long) i));
          }
          input.add(2, row(null, 99L));
          BatchListOperator source =
              BatchListOperator.of(
                  List.of(columnType, BIGINT),
                  new Rows(input.subList(0, 3), null),
                  new Rows(input.subList(3, input.size()), null));
          List<List<Object>> expected = new ArrayList<>();
          for (Object[] r : input) {
            expected.add(Arrays.asList(r));
          }
          expected.sort(javaOrder(0, descending, nullsFirst));
          List<List<Object>> actual =
              sort(source, List.of(new SortKey(0, descending, nullsFirst)), 0, -1, 2);
          assertEquals(expected, actual, columnType + " descending=" + descending + " nullsFirst=" + nullsFirst);
        }
      }
    }
  }

  @Test
  void multipleKeysAndStableTies() {
    Rows rows =
        Rows.of(
            row("b", 1L, 0L), row("a", 2L, 1L), row("b", 2L, 2L), row("a", 2L, 3L),
            row("a", null, 4L), row("b", 1L, 5L));
    List<List<Object>> actual =
        sort(
            BatchListOperator.of(List.of(VARCHAR, BIGINT, BIGINT), rows),
            List.of(new SortKey(0, false, false), new SortKey(1, true, true)),
            0,
            -1,
            100);
    assertEquals(
        List.of(
            Arrays.asList("a", null, 4L), Arrays.asList("a", 2L, 1L), Arrays.asList("a", 2L, 3L),
            Arrays.asList("b", 2L, 2L), Arrays.asList("b", 1L, 0L), Arrays.asList("b", 1L, 5L)),
        actual);
  }

  @Test
  void respectsSelectionsOfInputBatches() {
    BatchListOperator source =
        BatchListOperator.of(
            List.of(BIGINT),
            Rows.of(row(5L), row(4L), row(3L), row(2L)).select(0, 2),
            Rows.of(row(1L), row(0L)).select(1));
    assertEquals(
        List.of(List.of(0L), List.of(3L), List.of(5L)),
        sort(source, List.of(new SortKey(0, false, false)), 0, -1, 100));
  }

  @Test
  void offsetAndFetchSelectASliceInBatches() {
    List<Object[]> rows = new ArrayList<>();
    for (long i = 0; i < 50; i++) {
      rows.add(row((i * 37) % 50));
    }
    BatchListOperator source = BatchListOperator.of(List.of(BIGINT), new Rows(rows, null));
    List<List<Object>> actual = sort(source, List.of(new SortKey(0, true, false)), 5, 12, 5);
    List<List<Object>> expected = new ArrayList<>();
    for (long i = 44; i >= 33; i--) {
      expected.add(List.of(i));
    }
    assertEquals(expected, actual);
    BatchListOperator beyond = BatchListOperator.of(List.of(BIGINT), new Rows(rows, null));
    assertEquals(List.of(), sort(beyond, List.of(new SortKey(0, true, false)), 60, 5, 5));
  }

  @Test
  void topNGivesTheSameRowsAsAFullSort() {
    Random random = new Random(7);
    int batches = 40;
    List<Rows> data = new ArrayList<>();
    for (int b = 0; b < batches; b++) {
      List<Object[]> rows = new ArrayList<>();
      for (int r = 0; r < 500; r++) {
        rows.add(row(random.nextInt(10) == 0 ? null : "k" + random.nextInt(30), (long) random.nextInt(100), (long) (b * 500 + r)));
      }
      data.add(new Rows(rows, null));
    }
    List<SortKey> keys = List.of(new SortKey(0, true, true), new SortKey(1, false, false));
    IntFunction<Rows> batchOf = data::get;
    List<List<Object>> full = sort(new BatchListOperator(List.of(VARCHAR, BIGINT, BIGINT), batchOf, batches), keys, 0, -1, 64);
    assertEquals(batches * 500, full.size());
    List<List<Object>> top = sort(new BatchListOperator(List.of(VARCHAR, BIGINT, BIGINT), batchOf, batches), keys, 7, 25, 64);
    assertEquals(full.subList(7, 32), top);
  }

  /** The first-key bound (TopNBound) drops rows early; with every direction and NULL placement
   *  the top-N must still equal the head of a full sort, ties and NULLs included. */
  @Test
  void topNOnANumericFirstKeyMatchesAFullSort() {
    Random random = new Random(11);
    int batches = 30;
    List<Rows> data = new ArrayList<>();
    for (int b = 0; b < batches; b++) {
      List<Object[]> rows = new ArrayList<>();
      for (int r = 0; r < 400; r++) {
        Long key = random.nextInt(8) == 0 ? null : (long) random.nextInt(50);
        rows.add(row(key, (long) random.nextInt(1000), (long) (b * 400 + r)));
      }
      data.add(new Rows(rows, null));
    }
    IntFunction<Rows> batchOf = data::get;
    for (boolean descending : new boolean[] {false, true}) {
      for (boolean nullsFirst : new boolean[] {false, true}) {
        List<SortKey> keys =
            List.of(new SortKey(0, descending, nullsFirst), new SortKey(1, false, false));
        List<List<Object>> full =
            sort(new BatchListOperator(List.of(BIGINT, BIGINT, BIGINT), batchOf, batches), keys, 0, -1, 64);
        List<List<Object>> top =
            sort(new BatchListOperator(List.of(BIGINT, BIGINT, BIGINT), batchOf, batches), keys, 3, 20, 64);
        assertEquals(full.subList(3, 23), top, "descending=" + descending + " nullsFirst=" + nullsFirst);
      }
    }
  }

  @Test
  void fetchZeroReturnsNothingWithoutPullingTheChild() {
    BatchListOperator source = BatchListOperator.of(List.of(BIGINT), Rows.of(row(1L)));
    assertEquals(List.of(), sort(source, List.of(new SortKey(0, false, false)), 0, 0, 10));
    assertEquals(0, source.nextCalls());
  }

  @Test
  void sortingMoreThanTheMemoryLimitFailsWithMemoryLimit() {
    IntFunction<Rows> data =
        b -> {
          List<Object[]> rows = new ArrayList<>();
          for (int r = 0; r < 4096; r++) {
            rows.add(row((long) r, "value number " + r));
          }
          return new Rows(rows, null);
        };
    BatchListOperator source = new BatchListOperator(List.of(BIGINT, VARCHAR), data, 100);
    SortOperator operator = new SortOperator(source, List.of(new SortKey(0, false, false)), 0, -1);
    QueryMemory memory = QueryMemory.open(root, "query", 2L << 20);
    ExecutionContext context = new ExecutionContext(memory.allocator(), List.of(), 4096);
    QuiverException error = assertThrows(QuiverException.class, () -> TestBatches.run(operator, context));
    assertEquals(ErrorCode.MEMORY_LIMIT, error.code());
    assertTrue(error.getMessage().contains("while sorting the rows of Sort[keys=[#0 ASC NULLS LAST]]"), error.getMessage());
    memory.close();
  }
}
