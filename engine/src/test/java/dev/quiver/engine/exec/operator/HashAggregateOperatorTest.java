package dev.quiver.engine.exec.operator;

import static dev.quiver.engine.exec.operator.TestBatches.decimal;
import static dev.quiver.engine.exec.operator.TestBatches.row;
import static dev.quiver.engine.exec.operator.TestBatches.rowType;
import static dev.quiver.engine.exec.operator.TestBatches.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quiver.engine.error.ErrorCode;
import dev.quiver.engine.error.QuiverException;
import dev.quiver.engine.exec.ExecutionContext;
import dev.quiver.engine.exec.aggregate.AggregateMode;
import dev.quiver.engine.exec.aggregate.AggregateSpec;
import dev.quiver.engine.exec.operator.TestBatches.Rows;
import dev.quiver.engine.memory.QueryMemory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.IntFunction;
import org.apache.arrow.memory.RootAllocator;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.SqlTypeName;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HashAggregateOperatorTest {
  private static final RelDataType BIGINT = type(SqlTypeName.BIGINT);
  private static final RelDataType INTEGER = type(SqlTypeName.INTEGER);
  private static final RelDataType SMALLINT = type(SqlTypeName.SMALLINT);
  private static final RelDataType TINYINT = type(SqlTypeName.TINYINT);
  private static final RelDataType DOUBLE = type(SqlTypeName.DOUBLE);
  private static final RelDataType REAL = type(SqlTypeName.REAL);
  private static final RelDataType VARCHAR = type(SqlTypeName.VARCHAR);
  private static final RelDataType BOOLEAN = type(SqlTypeName.BOOLEAN);
  private static final RelDataType DATE = type(SqlTypeName.DATE);
  private static final RelDataType TIMESTAMP = type(SqlTypeName.TIMESTAMP);
  private static final int BATCH_ROWS = 4096;

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

  private static AggregateSpec agg(SqlKind kind, int arg, RelDataType type) {
    return new AggregateSpec(kind, arg < 0 ? List.of() : List.of(arg), false, -1, type, "a");
  }

  private static AggregateSpec distinct(SqlKind kind, int arg, RelDataType type) {
    return new AggregateSpec(kind, List.of(arg), true, -1, type, "d");
  }

  private static AggregateSpec filtered(SqlKind kind, int arg, int filter, RelDataType type) {
    return new AggregateSpec(kind, arg < 0 ? List.of() : List.of(arg), false, filter, type, "f");
  }

  /** An aggregation over batches of rows whose columns have {@code inputTypes}. */
  private final class Run {
    final List<RelDataType> inputTypes;
    final BatchListOperator source;
    int batchRows = BATCH_ROWS;
    final List<Integer> batchSizes = new ArrayList<>();

    Run(List<RelDataType> inputTypes, Rows... batches) {
      this(inputTypes, i -> batches[i], batches.length);
    }

    Run(List<RelDataType> inputTypes, IntFunction<Rows> batches, int count) {
      this.inputTypes = inputTypes;
      this.source = new BatchListOperator(inputTypes, batches, count);
    }

    HashAggregateOperator operator(int[] keys, List<AggregateSpec> aggs) {
      List<Object> pairs = new ArrayList<>();
      for (int key : keys) {
        pairs.add("k" + key);
        pairs.add(inputTypes.get(key));
      }
      for (int i = 0; i < aggs.size(); i++) {
        pairs.add("a" + i);
        pairs.add(aggs.get(i).type());
      }
      return new HashAggregateOperator(source, keys, aggs, rowType(pairs.toArray()), AggregateMode.SINGLE);
    }

    List<List<Object>> run(int[] keys, AggregateSpec... aggs) {
      List<List<Object>> rows =
          TestBatches.run(operator(keys, List.of(aggs)), new ExecutionContext(root, List.of(), batchRows), batchSizes);
      assertTrue(source.isClosed());
      return rows;
    }
  }

  private static final int[] NO_KEYS = {};

  @Test
  void globalAggregatesOverBigintWithNullsAndSelection() {
    Run run =
        new Run(
            List.of(BIGINT),
            Rows.of(row(1L), row((Object) null), row(5L)),
            Rows.of(row(100L), row(2L), row(1000L), row(-4L)).select(1, 3));
    List<List<Object>> rows =
        run.run(
            NO_KEYS,
            agg(SqlKind.COUNT, -1, BIGINT),
            agg(SqlKind.COUNT, 0, BIGINT),
            agg(SqlKind.SUM, 0, BIGINT),
            agg(SqlKind.AVG, 0, DOUBLE),
            agg(SqlKind.MIN, 0, BIGINT),
            agg(SqlKind.MAX, 0, BIGINT));
    assertEquals(List.of(Arrays.asList(5L, 4L, 4L, 1.0, -4L, 5L)), rows);
  }

  @Test
  void globalAggregateOverEmptyInputReturnsOneRow() {
    Run run = new Run(List.of(BIGINT, VARCHAR));
    List<List<Object>> rows =
        run.run(
            NO_KEYS,
            agg(SqlKind.COUNT, -1, BIGINT),
            agg(SqlKind.COUNT, 0, BIGINT),
            agg(SqlKind.SUM, 0, BIGINT),
            agg(SqlKind.SUM0, 0, BIGINT),
            agg(SqlKind.AVG, 0, DOUBLE),
            agg(SqlKind.MIN, 1, VARCHAR),
            distinct(SqlKind.COUNT, 0, BIGINT));
    assertEquals(List.of(Arrays.asList(0L, 0L, null, 0L, null, null, 0L)), rows);
  }

  @Test
  void groupedAggregateOverEmptyInputReturnsNoRows() {
    Run run = new Run(List.of(BIGINT, VARCHAR), Rows.of(row(1L, "a")).select());
    assertEquals(List.of(), run.run(new int[] {1}, agg(SqlKind.COUNT, -1, BIGINT)));
  }

  @Test
  void allNullValuesGiveNullSumButZeroSum0AndCount() {
    Run run = new Run(List.of(VARCHAR, DOUBLE), Rows.of(row("x", null), row("x", null), row("y", 2.5)));
    List<List<Object>> rows =
        run.run(
            new int[] {0},
            agg(SqlKind.SUM, 1, DOUBLE),
            agg(SqlKind.SUM0, 1, DOUBLE),
            agg(SqlKind.COUNT, 1, BIGINT),
            agg(SqlKind.AVG, 1, DOUBLE),
            agg(SqlKind.MAX, 1, DOUBLE));
    assertEquals(
        List.of(Arrays.asList("x", null, 0.0, 0L, null, null), Arrays.asList("y", 2.5, 2.5, 1L, 2.5, 2.5)),
        rows);
  }

  /** The benchmark's shape: a VARCHAR key, COUNT(*), SUM and AVG of a DOUBLE, over filtered batches. */
  @Test
  void groupByVarcharOverSelectedBatchesMatchesReference() {
    String[] statuses = {"shipped", "pending", "cancelled-by-customer-request", "returned", ""};
    Random random = new Random(42);
    int batches = 20;
    int rowsPerBatch = 1000;
    List<Rows> data = new ArrayList<>();
    Map<String, double[]> expected = new LinkedHashMap<>();
    for (int b = 0; b < batches; b++) {
      List<Object[]> rows = new ArrayList<>();
      List<Integer> selection = new ArrayList<>();
      for (int r = 0; r < rowsPerBatch; r++) {
        String status = random.nextInt(50) == 0 ? null : statuses[random.nextInt(statuses.length)];
        double amount = random.nextInt(10_000) / 100.0;
        rows.add(row(status, amount));
        if (amount > 10) {
          selection.add(r);
          double[] acc = expected.computeIfAbsent(status, s -> new double[2]);
          acc[0]++;
          acc[1] += amount;
        }
      }
      data.add(new Rows(rows, selection.stream().mapToInt(Integer::intValue).toArray()));
    }
    Run run = new Run(List.of(VARCHAR, DOUBLE), data::get, batches);
    List<List<Object>> rows =
        run.run(
            new int[] {0},
            agg(SqlKind.COUNT, -1, BIGINT),
            agg(SqlKind.SUM, 1, DOUBLE),
            agg(SqlKind.AVG, 1, DOUBLE));
    assertEquals(expected.size(), rows.size());
    for (List<Object> row : rows) {
      double[] acc = expected.get((String) row.get(0));
      assertEquals((long) acc[0], row.get(1), "count of " + row.get(0));
      assertEquals(acc[1], (Double) row.get(2), 1e-6);
      assertEquals(acc[1] / acc[0], (Double) row.get(3), 1e-9);
    }
    assertEquals(new ArrayList<>(expected.keySet()), rows.stream().map(r -> r.get(0)).toList(),
        "groups come out in order of first appearance");
  }

  @Test
  void nullKeysFormOneGroup() {
    Rows rows = Rows.of(row(null, null), row(1L, "a"), row(null, null), row(1L, "a"), row(2L, null));
    assertEquals(
        List.of(Arrays.asList(null, 2L), Arrays.asList(1L, 2L), Arrays.asList(2L, 1L)),
        new Run(List.of(BIGINT, VARCHAR), rows).run(new int[] {0}, agg(SqlKind.COUNT, -1, BIGINT)));
    assertEquals(
        List.of(Arrays.asList(null, 3L), Arrays.asList("a", 2L)),
        new Run(List.of(BIGINT, VARCHAR), rows).run(new int[] {1}, agg(SqlKind.COUNT, -1, BIGINT)));
    assertEquals(
        List.of(Arrays.asList(null, null, 2L), Arrays.asList(1L, "a", 2L), Arrays.asList(2L, null, 1L)),
        new Run(List.of(BIGINT, VARCHAR), rows).run(new int[] {0, 1}, agg(SqlKind.COUNT, -1, BIGINT)));
  }

  @Test
  void multiColumnKeysOfMixedTypesInOutputOrder() {
    LocalDate day = LocalDate.of(2024, 2, 29);
    Rows rows =
        Rows.of(
            row("a", 1L, day, new BigDecimal("1.50")),
            row("a", 1L, day, new BigDecimal("1.50")),
            row("a", 2L, day, new BigDecimal("1.50")),
            row("b", 1L, null, new BigDecimal("-1.50")),
            row("a", 1L, day, new BigDecimal("2.50")),
            row("b", 1L, null, new BigDecimal("-1.50")));
    Run run = new Run(List.of(VARCHAR, INTEGER, DATE, decimal(10, 2)), rows);
    assertEquals(
        List.of(
            Arrays.asList(new BigDecimal("1.50"), day, "a", 3L),
            Arrays.asList(new BigDecimal("-1.50"), null, "b", 2L),
            Arrays.asList(new BigDecimal("2.50"), day, "a", 1L)),
        run.run(new int[] {3, 2, 0}, agg(SqlKind.COUNT, -1, BIGINT)));
  }

  @Test
  void everyKeyTypeGroupsEqualValues() {
    LocalDateTime t = LocalDateTime.of(2024, 1, 2, 3, 4, 5, 6000);
    Object[][] cases = {
      {TINYINT, 1L, -1L}, {SMALLINT, 300L, -300L}, {INTEGER, 70000L, -7L}, {BIGINT, 1L << 40, 7L},
      {BOOLEAN, true, false}, {DATE, LocalDate.of(1969, 12, 31), LocalDate.of(2030, 1, 1)},
      {TIMESTAMP, t, t.plusNanos(1000)}, {DOUBLE, 1.5, -2.25}, {REAL, 1.5, -2.25},
      {decimal(20, 3), new BigDecimal("123456789012345.678"), new BigDecimal("-0.001")},
      {VARCHAR, "héllo wörld, a long key", "x"},
    };
    for (Object[] c : cases) {
      RelDataType keyType = (RelDataType) c[0];
      Rows rows = Rows.of(row(c[1]), row(c[2]), row(c[1]), row((Object) null), row(c[1]));
      List<List<Object>> result =
          new Run(List.of(keyType), rows).run(new int[] {0}, agg(SqlKind.COUNT, -1, BIGINT));
      assertEquals(
          List.of(Arrays.asList(c[1], 3L), Arrays.asList(c[2], 1L), Arrays.asList(null, 1L)),
          result,
          "key type " + keyType);
    }
  }

  @Test
  void doubleKeysTreatZerosAndNaNsAsOneValueEach() {
    Rows rows = Rows.of(row(0.0), row(-0.0), row(Double.NaN), row(Double.longBitsToDouble(0x7ff8000000000001L)));
    List<List<Object>> result =
        new Run(List.of(DOUBLE), rows).run(new int[] {0}, agg(SqlKind.COUNT, -1, BIGINT));
    assertEquals(List.of(Arrays.asList(0.0, 2L), Arrays.asList(Double.NaN, 2L)), result);
  }

  @Test
  void manyGroupsGrowTheTablesAndComeOutInBatches() {
    int groups = 100_000;
    int rowsPerBatch = 5000;
    int batches = 2 * groups / rowsPerBatch;
    IntFunction<Rows> data =
        b -> {
          List<Object[]> rows = new ArrayList<>();
          for (int r = 0; r < rowsPerBatch; r++) {
            long key = ((long) b * rowsPerBatch + r) % groups;
            rows.add(row(key * 7919, "key-" + key, key));
          }
          return new Rows(rows, null);
        };
    for (int keyColumn : new int[] {0, 1}) {
      Run run = new Run(List.of(BIGINT, VARCHAR, BIGINT), data, batches);
      run.batchRows = 1000;
      List<List<Object>> result =
          run.run(new int[] {keyColumn}, agg(SqlKind.COUNT, -1, BIGINT), agg(SqlKind.SUM, 2, BIGINT));
      assertEquals(groups, result.size());
      assertEquals(groups / run.batchRows, run.batchSizes.size());
      assertTrue(run.batchSizes.stream().allMatch(size -> size == 1000));
      for (int g = 0; g < groups; g++) {
        List<Object> row = result.get(g);
        assertEquals(keyColumn == 0 ? (Object) (g * 7919L) : "key-" + g, row.get(0));
        assertEquals(2L, row.get(1));
        assertEquals(2L * g, row.get(2));
      }
    }
  }

  @Test
  void multiColumnKeysWithManyGroups() {
    int groups = 30_000;
    IntFunction<Rows> data =
        b -> {
          List<Object[]> rows = new ArrayList<>();
          for (int r = 0; r < groups; r++) {
            rows.add(row(r % 100 == 0 ? null : "k" + (r % 1000), (long) (r / 1000)));
          }
          return new Rows(rows, null);
        };
    Run run = new Run(List.of(VARCHAR, BIGINT), data, 3);
    List<List<Object>> result = run.run(new int[] {0, 1}, agg(SqlKind.COUNT, -1, BIGINT));
    Set<List<Object>> keys = new HashSet<>();
    for (List<Object> row : result) {
      assertTrue(keys.add(row.subList(0, 2)), "duplicate group " + row);
    }
    assertEquals(groups - 300 + 30, result.size());
    assertEquals(3L * groups, result.stream().mapToLong(r -> (Long) r.get(2)).sum());
  }

  @Test
  void sumOverflowNamesTheAggregate() {
    Run run = new Run(List.of(BIGINT), Rows.of(row(Long.MAX_VALUE), row(1L)));
    QuiverException error =
        assertThrows(QuiverException.class, () -> run.run(NO_KEYS, agg(SqlKind.SUM, 0, BIGINT)));
    assertEquals(ErrorCode.USER_ERROR, error.code());
    assertTrue(error.getMessage().contains("SUM(#0)"), error.getMessage());
    assertTrue(error.getMessage().contains("BIGINT"), error.getMessage());
  }

  @Test
  void sumIntoNarrowerIntegerOverflowsWhenWritten() {
    Run run = new Run(List.of(INTEGER), Rows.of(row((long) Integer.MAX_VALUE), row(1L)));
    QuiverException error =
        assertThrows(QuiverException.class, () -> run.run(NO_KEYS, agg(SqlKind.SUM, 0, INTEGER)));
    assertEquals(ErrorCode.USER_ERROR, error.code());
  }

  @Test
  void integerSumAndAverage() {
    Run run = new Run(List.of(INTEGER, SMALLINT), Rows.of(row(1L, 1L), row(2L, 2L), row(4L, null)));
    assertEquals(
        List.of(Arrays.asList(7L, 7.0 / 3, 3L, 1.5, 1L)),
        run.run(
            NO_KEYS,
            agg(SqlKind.SUM, 0, BIGINT),
            agg(SqlKind.AVG, 0, DOUBLE),
            agg(SqlKind.SUM, 1, BIGINT),
            agg(SqlKind.AVG, 1, DOUBLE),
            agg(SqlKind.AVG, 1, INTEGER)));
  }

  @Test
  void averageOfLargeBigintsDoesNotOverflow() {
    Run run = new Run(List.of(BIGINT), Rows.of(row(Long.MAX_VALUE), row(Long.MAX_VALUE), row(-1L)));
    List<List<Object>> rows = run.run(NO_KEYS, agg(SqlKind.AVG, 0, DOUBLE));
    assertEquals((2.0 * Long.MAX_VALUE - 1) / 3, (Double) rows.get(0).get(0), 1e3);
  }

  @Test
  void decimalSumIsExactAndAverageRoundsHalfUp() {
    Rows rows =
        Rows.of(
            row("a", new BigDecimal("0.01")),
            row("a", new BigDecimal("0.02")),
            row("b", new BigDecimal("99999999.99")),
            row("b", new BigDecimal("99999999.99")),
            row("b", null),
            row("c", new BigDecimal("-0.01")),
            row("c", new BigDecimal("-0.02")));
    Run run = new Run(List.of(VARCHAR, decimal(10, 2)), rows);
    assertEquals(
        List.of(
            Arrays.asList("a", new BigDecimal("0.03"), new BigDecimal("0.02"), new BigDecimal("0.01"), new BigDecimal("0.02")),
            Arrays.asList("b", new BigDecimal("199999999.98"), new BigDecimal("99999999.99"), new BigDecimal("99999999.99"), new BigDecimal("99999999.99")),
            Arrays.asList("c", new BigDecimal("-0.03"), new BigDecimal("-0.02"), new BigDecimal("-0.02"), new BigDecimal("-0.01"))),
        run.run(
            new int[] {0},
            agg(SqlKind.SUM, 1, decimal(38, 2)),
            agg(SqlKind.AVG, 1, decimal(38, 2)),
            agg(SqlKind.MIN, 1, decimal(10, 2)),
            agg(SqlKind.MAX, 1, decimal(10, 2))));
  }

  @Test
  void decimalSumBeyondSixtyFourBitsStaysExact() {
    BigDecimal big = new BigDecimal("12345678901234567890123.45");
    Run run = new Run(List.of(decimal(30, 2)), Rows.of(row(big), row(big), row(big.negate().subtract(BigDecimal.ONE))));
    assertEquals(
        List.of(List.of(big.subtract(BigDecimal.ONE).setScale(2))),
        run.run(NO_KEYS, agg(SqlKind.SUM, 0, decimal(38, 2))));
  }

  @Test
  void decimalSumOverflowingThePrecisionFails() {
    BigDecimal max = new BigDecimal("99999999.99");
    Run run = new Run(List.of(decimal(10, 2)), Rows.of(row(max), row(max)));
    QuiverException error =
        assertThrows(QuiverException.class, () -> run.run(NO_KEYS, agg(SqlKind.SUM, 0, decimal(10, 2))));
    assertEquals(ErrorCode.USER_ERROR, error.code());
  }

  @Test
  void minAndMaxOfEveryType() {
    LocalDateTime t = LocalDateTime.of(2024, 1, 2, 3, 4, 5);
    Object[][] cases = {
      {VARCHAR, "apple", "zebra-with-a-long-tail", "éclair", "apple", "éclair"},
      {VARCHAR, "aaaaaaaaaaaaaaab", "aaaaaaaaaaaaaaaa", "aaaaaaaaaaaaaaaaa", "aaaaaaaaaaaaaaaa", "aaaaaaaaaaaaaaab"},
      {BOOLEAN, false, true, true, false, true},
      {DATE, LocalDate.of(2020, 1, 1), LocalDate.of(1960, 1, 1), LocalDate.of(2050, 1, 1),
        LocalDate.of(1960, 1, 1), LocalDate.of(2050, 1, 1)},
      {TIMESTAMP, t, t.minusSeconds(1), t.plusNanos(1000), t.minusSeconds(1), t.plusNanos(1000)},
      {decimal(12, 3), new BigDecimal("1.000"), new BigDecimal("-5.500"), new BigDecimal("5.500"),
        new BigDecimal("-5.500"), new BigDecimal("5.500")},
      {DOUBLE, 1.0, Double.NEGATIVE_INFINITY, Double.NaN, Double.NEGATIVE_INFINITY, Double.NaN},
      {REAL, 1.0, -2.5, 3.5, -2.5, 3.5},
      {TINYINT, 0L, -128L, 127L, -128L, 127L},
      {BIGINT, 0L, Long.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE},
    };
    for (Object[] c : cases) {
      RelDataType columnType = (RelDataType) c[0];
      Rows rows = Rows.of(row(c[1]), row((Object) null), row(c[2]), row(c[3]));
      List<List<Object>> result =
          new Run(List.of(columnType), rows)
              .run(NO_KEYS, agg(SqlKind.MIN, 0, columnType), agg(SqlKind.MAX, 0, columnType));
      assertEquals(List.of(Arrays.asList(c[4], c[5])), result, "type " + columnType);
    }
  }

  @Test
  void distinctAggregatesCountEachValueOncePerGroup() {
    Rows rows =
        Rows.of(
            row("a", 1L, "x"), row("a", 1L, "x"), row("a", 2L, "y"), row("a", null, null),
            row("b", 2L, "x"), row("b", 2L, "y"), row("b", 2L, "y"));
    Run run = new Run(List.of(VARCHAR, BIGINT, VARCHAR), rows);
    assertEquals(
        List.of(Arrays.asList("a", 2L, 3L, 1.5, 2L, 3L), Arrays.asList("b", 1L, 2L, 2.0, 2L, 3L)),
        run.run(
            new int[] {0},
            distinct(SqlKind.COUNT, 1, BIGINT),
            distinct(SqlKind.SUM, 1, BIGINT),
            distinct(SqlKind.AVG, 1, DOUBLE),
            distinct(SqlKind.COUNT, 2, BIGINT),
            agg(SqlKind.COUNT, 1, BIGINT)));
  }

  @Test
  void distinctDoublesMergeZeros() {
    Run run = new Run(List.of(DOUBLE), Rows.of(row(0.0), row(-0.0), row(1.0)), Rows.of(row(1.0), row((Object) null)));
    assertEquals(List.of(List.of(2L)), run.run(NO_KEYS, distinct(SqlKind.COUNT, 0, BIGINT)));
  }

  @Test
  void filterCountsOnlyRowsWhereTheFilterIsTrue() {
    Rows rows =
        Rows.of(
            row("a", 10L, true), row("a", 20L, false), row("a", 30L, null),
            row("b", 40L, true), row("b", null, true), row("c", 5L, false));
    Run run = new Run(List.of(VARCHAR, BIGINT, BOOLEAN), rows);
    assertEquals(
        List.of(
            Arrays.asList("a", 1L, 10L, 3L, 10L),
            Arrays.asList("b", 2L, 40L, 2L, 40L),
            Arrays.asList("c", 0L, null, 1L, null)),
        run.run(
            new int[] {0},
            filtered(SqlKind.COUNT, -1, 2, BIGINT),
            filtered(SqlKind.SUM, 1, 2, BIGINT),
            agg(SqlKind.COUNT, -1, BIGINT),
            filtered(SqlKind.MAX, 1, 2, BIGINT)));
  }

  @Test
  void filterWithSelectionUsesTheSelectedRowsOnly() {
    Rows rows = Rows.of(row(1L, true), row(2L, true), row(4L, false), row(8L, true)).select(0, 2, 3);
    Run run = new Run(List.of(BIGINT, BOOLEAN), rows);
    assertEquals(List.of(List.of(9L, 3L)), run.run(NO_KEYS, filtered(SqlKind.SUM, 0, 1, BIGINT), agg(SqlKind.COUNT, -1, BIGINT)));
  }

  @Test
  void tooManyGroupsForTheMemoryLimitFailsWithMemoryLimit() {
    IntFunction<Rows> data =
        b -> {
          List<Object[]> rows = new ArrayList<>();
          for (int r = 0; r < 4096; r++) {
            rows.add(row((long) b * 4096 + r));
          }
          return new Rows(rows, null);
        };
    BatchListOperator source = new BatchListOperator(List.of(BIGINT), data, 100);
    HashAggregateOperator operator =
        new HashAggregateOperator(
            source,
            new int[] {0},
            List.of(agg(SqlKind.COUNT, -1, BIGINT)),
            rowType("k", BIGINT, "c", BIGINT),
            AggregateMode.SINGLE);
    QueryMemory memory = QueryMemory.open(root, "query", 1L << 20);
    ExecutionContext context = new ExecutionContext(memory.allocator(), List.of(), BATCH_ROWS);
    QuiverException error = assertThrows(QuiverException.class, () -> TestBatches.run(operator, context));
    assertEquals(ErrorCode.MEMORY_LIMIT, error.code());
    assertTrue(error.getMessage().startsWith("Query exceeded the memory limit of 1 MB while building the hash table of HashAggregate[keys=[#0]"), error.getMessage());
    assertTrue(error.getMessage().contains("memory_limit=2MB"), error.getMessage());
    assertTrue(error.getMessage().contains("reduce the number of groups"), error.getMessage());
    assertEquals(0, memory.allocator().getAllocatedMemory());
    memory.close();
  }

  @Test
  void describeNamesKeysAndAggregates() {
    HashAggregateOperator operator =
        new Run(List.of(BIGINT, BIGINT)).operator(new int[] {0}, List.of(agg(SqlKind.COUNT, -1, BIGINT), distinct(SqlKind.SUM, 1, BIGINT)));
    assertEquals("HashAggregate[keys=[#0], aggs=[COUNT(*) AS a, SUM(DISTINCT #1) AS d]]", operator.describe());
    operator.close();
  }

  @Test
  void onlySingleModeRunsToday() {
    QuiverException error =
        assertThrows(
            QuiverException.class,
            () -> new HashAggregateOperator(
                new BatchListOperator(List.of(BIGINT), i -> null, 0), new int[0], List.of(),
                rowType(), AggregateMode.PARTIAL));
    assertEquals(ErrorCode.NOT_SUPPORTED, error.code());
  }
}
