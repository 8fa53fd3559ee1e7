package dev.quiver.engine.exec.operator;

import static dev.quiver.engine.exec.operator.TestBatches.row;
import static dev.quiver.engine.exec.operator.TestBatches.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quiver.engine.exec.ExecutionContext;
import dev.quiver.engine.exec.operator.TestBatches.Rows;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.apache.arrow.memory.RootAllocator;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.type.SqlTypeName;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LimitOperatorTest {
  private static final RelDataType BIGINT = type(SqlTypeName.BIGINT);
  private static final int ROWS_PER_BATCH = 10;
  private static final int BATCHES = 10;

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

  /** Ten batches of ten rows, 0..99; odd batches carry a selection of their even rows. */
  private static BatchListOperator numbers() {
    IntFunction<Rows> data =
        b -> {
          List<Object[]> rows = new ArrayList<>();
          for (int r = 0; r < ROWS_PER_BATCH; r++) {
            rows.add(row((long) b * ROWS_PER_BATCH + r));
          }
          Rows batch = new Rows(rows, null);
          return b % 2 == 1 ? batch.select(0, 2, 4, 6, 8) : batch;
        };
    return new BatchListOperator(List.of(BIGINT), data, BATCHES);
  }

  private static List<Long> expected(long... values) {
    List<Long> list = new ArrayList<>();
    for (long value : values) {
      list.add(value);
    }
    return list;
  }

  private List<Long> limit(BatchListOperator source, long offset, long fetch) {
    List<List<Object>> rows =
        TestBatches.run(new LimitOperator(source, offset, fetch), new ExecutionContext(root, List.of(), 4096));
    assertTrue(source.isClosed());
    return rows.stream().map(r -> (Long) r.get(0)).toList();
  }

  @Test
  void offsetAndFetchAcrossBatchesWithSelections() {
    assertEquals(expected(8, 9, 10, 12, 14, 16, 18, 20), limit(numbers(), 8, 8));
  }

  @Test
  void stopsPullingTheChildOnceDone() {
    BatchListOperator source = numbers();
    assertEquals(expected(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12), limit(source, 0, 12));
    assertEquals(2, source.nextCalls());
  }

  @Test
  void fetchZeroNeverPullsTheChild() {
    BatchListOperator source = numbers();
    assertEquals(List.of(), limit(source, 3, 0));
    assertEquals(0, source.nextCalls());
  }

  @Test
  void negativeFetchReturnsEverythingAfterTheOffset() {
    assertEquals(expected(80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 92, 94, 96, 98), limit(numbers(), 60, -1));
  }

  @Test
  void offsetBeyondTheInputReturnsNothing() {
    assertEquals(List.of(), limit(numbers(), 1000, 5));
  }
}
