package dev.quiver.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BenchOptionsTest {

  @Test
  void defaultsRunEveryEngineOnTenMillionRows() {
    BenchOptions options = BenchOptions.parse();
    assertEquals(10_000_000L, options.rows());
    assertEquals(5, options.runs());
    assertEquals(1, options.warmup());
    assertEquals(List.of("quiver", "duckdb"), options.engines());
    assertEquals(Set.of(), options.only());
    assertTrue(
        options.dataDir().endsWith(Path.of("bench-data", "orders-10000000")),
        options.dataDir().toString());
  }

  @Test
  void parsesEveryOption() {
    BenchOptions options =
        BenchOptions.parse(
            "--rows",
            "1_000",
            "--dir",
            "/tmp/x",
            "--out",
            "/tmp/y",
            "--runs",
            "3",
            "--warmup",
            "0",
            "--only",
            "q1, Q3",
            "--engines",
            "DuckDB",
            "--seed",
            "9",
            "");
    assertEquals(1_000L, options.rows());
    assertEquals(Path.of("/tmp/x"), options.dataDir());
    assertEquals(Path.of("/tmp/y"), options.outputDir());
    assertEquals(3, options.runs());
    assertEquals(0, options.warmup());
    assertEquals(Set.of("Q1", "Q3"), options.only());
    assertEquals(List.of("duckdb"), options.engines());
    assertEquals(9L, options.seed());
  }

  @Test
  void rejectsWhatItCannotRun() {
    assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse("--engines", "postgres"));
    assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse("--runs", "0"));
    assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse("--rows", "ten"));
    assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse("--rows"));
    assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse("--bogus", "1"));
  }
}
