package dev.quiver.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BenchQueryTest {

  @Test
  void resourceHoldsTheHeadlineQueryFirstAndSixMore() {
    List<BenchQuery> queries = BenchQuery.load(Set.of());
    assertEquals(
        List.of("Q1", "Q2", "Q3", "Q4", "Q5", "Q6", "Q7"),
        queries.stream().map(BenchQuery::name).toList());
    assertEquals(
        "SELECT status, count(*), sum(amount), avg(amount) FROM orders WHERE amount > 10 GROUP BY"
            + " status",
        queries.get(0).sql().replace('\n', ' '));
    for (BenchQuery query : queries) {
      assertTrue(!query.title().isEmpty() && !query.sql().endsWith(";"), query.toString());
    }
  }

  @Test
  void onlyKeepsTheNamedQueries() {
    assertEquals(
        List.of("Q3"), BenchQuery.load(Set.of("Q3")).stream().map(BenchQuery::name).toList());
    IllegalArgumentException unknown =
        assertThrows(IllegalArgumentException.class, () -> BenchQuery.load(Set.of("Q9")));
    assertTrue(unknown.getMessage().contains("Q9"), unknown.getMessage());
  }

  @Test
  void parsesNamesTitlesAndMultiLineSql() {
    List<BenchQuery> queries =
        BenchQuery.parse(
            "-- header comment\n\n-- name: a\n-- title: first\nSELECT 1\nFROM t;\n"
                + "-- name: b\nSELECT 2;\n");
    assertEquals(
        List.of(
            new BenchQuery("A", "first", "SELECT 1\nFROM t"), new BenchQuery("B", "", "SELECT 2")),
        queries);
  }

  @Test
  void rejectsUnterminatedAndUnnamedBlocks() {
    assertThrows(IllegalArgumentException.class, () -> BenchQuery.parse("-- name: a\nSELECT 1\n"));
    assertThrows(
        IllegalArgumentException.class,
        () -> BenchQuery.parse("-- name: a\nSELECT 1\n-- name: b\nSELECT 2;"));
    assertThrows(IllegalArgumentException.class, () -> BenchQuery.parse("SELECT 1;"));
  }
}
