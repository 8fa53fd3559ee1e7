package dev.quiver.engine.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quiver.engine.api.PreparedQuery;
import dev.quiver.engine.api.QueryResult;
import dev.quiver.engine.api.QuiverSession;
import dev.quiver.engine.api.SessionOptions;
import dev.quiver.engine.api.TableInfo;
import dev.quiver.engine.error.ErrorCode;
import dev.quiver.engine.error.QuiverException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The session API end to end, below the driver: planning, execution, parameters, memory. */
class SessionTest {
  @TempDir Path directory;

  private QuiverSession open(String csv) throws IOException {
    Files.writeString(directory.resolve("t.csv"), csv);
    return QuiverSession.open(SessionOptions.defaults(directory));
  }

  private static List<String> rows(QueryResult result) {
    List<String> rows = new ArrayList<>();
    VectorSchemaRoot root;
    while ((root = result.next()) != null) {
      for (int row = 0; row < root.getRowCount(); row++) {
        StringBuilder line = new StringBuilder();
        for (int column = 0; column < root.getFieldVectors().size(); column++) {
          if (column > 0) {
            line.append('|');
          }
          line.append(root.getVector(column).getObject(row));
        }
        rows.add(line.toString());
      }
    }
    return rows;
  }

  @Test
  void queriesRunAndFreeTheirMemory() throws IOException {
    try (QuiverSession session = open("a,b\n1,x\n2,y\n3,\n")) {
      PreparedQuery query = session.prepare("SELECT a, b FROM t WHERE a >= 2 ORDER BY a");
      assertEquals(Types.INTEGER, query.columns().get(0).jdbcType());
      assertEquals(Types.VARCHAR, query.columns().get(1).jdbcType());
      try (QueryResult result = query.execute(List.of())) {
        assertEquals(List.of("2|y", "3|null"), rows(result));
      }
    }
  }

  /**
   * A statement run right after prepare plans from the prepare's validation once; a later run
   * validates again and sees a file that changed in between.
   */
  @Test
  void onlyTheRunRightAfterPrepareReusesItsValidation() throws IOException {
    try (QuiverSession session = open("a,b\n1,x\n2,y\n")) {
      PreparedQuery query = session.prepare("SELECT count(*) FROM t");
      try (QueryResult result = query.executeJustPrepared(List.of())) {
        assertEquals(List.of("2"), rows(result));
      }
      Files.writeString(directory.resolve("t.csv"), "a,b\n1,x\n2,y\n3,z\n");
      try (QueryResult result = query.executeJustPrepared(List.of())) {
        assertEquals(List.of("3"), rows(result), "the second run validated again");
      }
      try (QueryResult result = query.execute(List.of())) {
        assertEquals(List.of("3"), rows(result));
      }
    }
  }

  @Test
  void parametersAreBoundPerExecution() throws IOException {
    try (QuiverSession session = open("a,d\n1,2024-01-01\n2,2024-02-01\n3,2024-03-01\n")) {
      PreparedQuery query = session.prepare("SELECT a FROM t WHERE d >= ? ORDER BY a");
      assertEquals(Types.DATE, query.parameters().get(0).jdbcType());
      try (QueryResult result = query.execute(List.of(LocalDate.of(2024, 2, 1)))) {
        assertEquals(List.of("2", "3"), rows(result));
      }
      try (QueryResult result = query.execute(List.of(java.sql.Date.valueOf("2024-03-01")))) {
        assertEquals(List.of("3"), rows(result));
      }
    }
  }

  @Test
  void tablesListFilesWithTheirTypes() throws IOException {
    try (QuiverSession session = open("a,b\n1,x\n")) {
      List<TableInfo> tables = session.tables();
      assertEquals(1, tables.size());
      assertEquals("t", tables.get(0).name());
      assertEquals(Types.INTEGER, tables.get(0).columns().get(0).jdbcType());
    }
  }

  @Test
  void explainShowsVectorizedAndFallbackNodes() throws IOException {
    try (QuiverSession session = open("a,b\n1,x\n2,y\n")) {
      try (QueryResult result =
          session.prepare("EXPLAIN PLAN FOR SELECT b, count(*) FROM t GROUP BY b").execute(List.of())) {
        String plan = String.join("\n", rows(result));
        assertTrue(plan.contains("QuiverTableScan"), plan);
      }
    }
  }

  @Test
  void closingTheSessionClosesOpenResults() throws IOException {
    QuiverSession session = open("a\n1\n2\n");
    QueryResult result = session.prepare("SELECT a FROM t").execute(List.of());
    session.close(); // would throw on a leak
    assertNull(result.next());
  }

  @Test
  void unknownTableIsABindingError() throws IOException {
    try (QuiverSession session = open("a\n1\n")) {
      QuiverException e = assertThrows(QuiverException.class, () -> session.prepare("SELECT * FROM nope"));
      assertEquals(ErrorCode.SYNTAX_OR_BINDING, e.code());
      assertTrue(e.getMessage().contains("nope"), e.getMessage());
    }
  }

  @Test
  void missingDirectoryIsNamed() {
    QuiverException e =
        assertThrows(
            QuiverException.class,
            () -> QuiverSession.open(SessionOptions.defaults(directory.resolve("absent"))));
    assertTrue(e.getMessage().contains("absent"), e.getMessage());
  }

  @Test
  void aQueryOverTheMemoryLimitFailsCleanly() throws IOException {
    StringBuilder csv = new StringBuilder("k,v\n");
    for (int i = 0; i < 200_000; i++) {
      csv.append(i).append(",value-").append(i).append('\n');
    }
    Files.writeString(directory.resolve("big.csv"), csv);
    SessionOptions tiny =
        SessionOptions.parse(directory, java.util.Map.of("memory_limit", "2MB"));
    try (QuiverSession session = QuiverSession.open(tiny)) {
      PreparedQuery query = session.prepare("SELECT v, count(*) FROM big GROUP BY v");
      QuiverException e =
          assertThrows(QuiverException.class, () -> {
            try (QueryResult result = query.execute(List.of())) {
              rows(result);
            }
          });
      assertEquals(ErrorCode.MEMORY_LIMIT, e.code(), e.getMessage());
      assertTrue(e.getMessage().contains("memory_limit"), e.getMessage());
    }
  }
}
