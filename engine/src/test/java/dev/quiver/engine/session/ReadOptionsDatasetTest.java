package dev.quiver.engine.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quiver.engine.api.QueryResult;
import dev.quiver.engine.api.QuiverSession;
import dev.quiver.engine.api.SessionOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table function's options reach every file of a dataset, also the files whose schema was not
 * inferred (a dataset samples at most 32 files): before, those were sniffed with default options
 * when opened, so a date format or an escape character was lost for them.
 */
class ReadOptionsDatasetTest {
  private static final int FILES = 40;

  @TempDir Path directory;

  @Test
  void everyFileOfALargeDatasetIsReadWithTheOptions() throws IOException {
    Path logs = Files.createDirectory(directory.resolve("logs"));
    for (int i = 0; i < FILES; i++) {
      Files.writeString(
          logs.resolve(String.format("part-%02d.csv", i)),
          "seen,note\n" + String.format("%02d/01/2024", 1 + i % 28) + ",\"say \\\"" + i + "\\\"\"\n");
    }
    try (QuiverSession session = QuiverSession.open(SessionOptions.defaults(directory));
        QueryResult result =
            session
                .prepare(
                    "SELECT count(*), count(DISTINCT seen), min(seen), max(note) FROM read_csv('logs',"
                        + " dateformat => '%d/%m/%Y', escape => '\\')")
                .execute(List.of())) {
      VectorSchemaRoot root = result.next();
      assertEquals(1, root.getRowCount());
      assertEquals(40L, ((Number) root.getVector(0).getObject(0)).longValue());
      assertEquals(28L, ((Number) root.getVector(1).getObject(0)).longValue());
      assertEquals(
          java.time.LocalDate.of(2024, 1, 1).toEpochDay(),
          ((Number) root.getVector(2).getObject(0)).longValue());
      assertEquals("say \"9\"", root.getVector(3).getObject(0).toString());
    }
  }
}
