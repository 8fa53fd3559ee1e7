package dev.quiver.engine.exec.vector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.quiver.engine.exec.Batch;
import dev.quiver.engine.expr.TestVectors;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.calcite.jdbc.JavaTypeFactoryImpl;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql.type.SqlTypeName;
import org.junit.jupiter.api.Test;

/**
 * The top-N bound over two keys keeps exactly the rows that sort before the bound row or tie it
 * on both keys, NULLs placed as each key says; a string first key gets no bound.
 */
class TopNBoundTest {
  private final RelDataTypeFactory types = new JavaTypeFactoryImpl();
  private final RelDataType bigint =
      types.createTypeWithNullability(types.createSqlType(SqlTypeName.BIGINT), true);
  private final RelDataType dbl =
      types.createTypeWithNullability(types.createSqlType(SqlTypeName.DOUBLE), true);
  private final RelDataType text =
      types.createTypeWithNullability(types.createSqlType(SqlTypeName.VARCHAR), true);

  @Test
  void secondKeySettlesTiesOnTheFirst() {
    // ORDER BY score DESC NULLS LAST, id ASC; the bound row is (5.0, 20).
    List<Integer> kept = keep(
        new Object[] {5.0}, new Object[] {20L}, true, false, false, false,
        new Object[] {6.0, 5.0, 5.0, 5.0, 4.0, null, 5.0},
        new Object[] {99L, 19L, 20L, 21L, 1L, 1L, null});
    // 6.0 sorts before; (5, 19) before; (5, 20) ties; (5, 21) after; 4.0 after; NULL score last;
    // (5, NULL id) with ids NULLS LAST sorts after 20.
    assertEquals(List.of(0, 1, 2), kept);
  }

  @Test
  void nullsFirstBounds() {
    // ORDER BY score ASC NULLS FIRST, id DESC NULLS FIRST; the bound row is (NULL, 7).
    List<Integer> kept = keep(
        new Object[] {null}, new Object[] {7L}, false, true, true, true,
        new Object[] {null, null, null, 1.0, null},
        new Object[] {8L, 7L, 6L, 100L, null});
    // NULL scores tie the first key; ids descending: 8 before 7, 7 ties, 6 after; a NULL id first.
    assertEquals(List.of(0, 1, 4), kept);
  }

  @Test
  void aStringFirstKeyTakesNoBound() {
    try (RootAllocator allocator = new RootAllocator()) {
      FieldVector strings = TestVectors.vector(allocator, text, "a", "b");
      assertNull(TopNBound.of(List.of(strings), 0, List.of(new TopNBound.Key(0, false, false))));
      strings.close();
    }
  }

  private List<Integer> keep(
      Object[] boundFirst, Object[] boundSecond, boolean firstDescending, boolean firstNullsFirst,
      boolean secondDescending, boolean secondNullsFirst, Object[] first, Object[] second) {
    try (RootAllocator allocator = new RootAllocator()) {
      FieldVector boundScores = TestVectors.vector(allocator, dbl, boundFirst);
      FieldVector boundIds = TestVectors.vector(allocator, bigint, boundSecond);
      FieldVector scores = TestVectors.vector(allocator, dbl, first);
      FieldVector ids = TestVectors.vector(allocator, bigint, second);
      try {
        List<TopNBound.Key> keys =
            List.of(new TopNBound.Key(0, firstDescending, firstNullsFirst),
                new TopNBound.Key(1, secondDescending, secondNullsFirst));
        TopNBound bound = TopNBound.of(List.of(boundScores, boundIds), 0, keys);
        assertEquals(2, bound.keyCount());
        Batch batch = bound.keep(Batch.of(List.of(scores, ids), first.length), new int[] {0, 1},
            new TopNBound.Scratch());
        List<Integer> kept = new ArrayList<>();
        for (int k = 0; batch != null && k < batch.selectedCount(); k++) {
          kept.add(batch.position(k));
        }
        return kept;
      } finally {
        boundScores.close();
        boundIds.close();
        scores.close();
        ids.close();
      }
    }
  }
}
