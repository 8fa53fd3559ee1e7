package dev.quiver.engine.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quiver.engine.error.QuiverException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CopyStatementTest {
  @Test
  void queryTargetAndOptions() {
    CopyStatement copy =
        CopyStatement.parse(
            "copy (SELECT a, ')' AS \"x)\" FROM t WHERE (b > 1)) TO 'out dir/it''s.parquet'"
                + " (FORMAT parquet, COMPRESSION 'zstd', row_group_size = 1000, header);");
    assertEquals("SELECT a, ')' AS \"x)\" FROM t WHERE (b > 1)", copy.query());
    assertEquals("out dir/it's.parquet", copy.target());
    assertEquals(
        Map.of("format", "parquet", "compression", "zstd", "row_group_size", "1000",
            "header", "true"),
        copy.options());
  }

  @Test
  void aTableNameMeansEveryRow() {
    CopyStatement copy = CopyStatement.parse("COPY \"order items\" TO '/tmp/x.csv'");
    assertEquals("SELECT * FROM \"order items\"", copy.query());
    assertTrue(copy.options().isEmpty());
  }

  @Test
  void onlyCopyStatementsMatch() {
    assertTrue(CopyStatement.matches("  COPY (SELECT 1) TO 'x.csv'"));
    assertFalse(CopyStatement.matches("SELECT copy FROM t"));
    assertFalse(CopyStatement.matches("copying"));
  }

  @Test
  void mistakesSayWhatWasExpected() {
    assertTrue(message("COPY (SELECT 1 TO 'x.csv'").contains("no closing parenthesis"));
    assertTrue(message("COPY (SELECT 1) 'x.csv'").contains("expected TO 'file'"));
    assertTrue(message("COPY (SELECT 1) TO 'x.csv' FORMAT csv").contains("in parentheses"));
    assertTrue(message("COPY (SELECT 1) TO 'x.csv' (FORMAT csv HEADER)").contains("expected ','"));
  }

  private static String message(String sql) {
    return assertThrows(QuiverException.class, () -> CopyStatement.parse(sql)).getMessage();
  }
}
