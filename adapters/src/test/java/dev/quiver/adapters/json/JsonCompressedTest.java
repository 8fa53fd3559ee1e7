package dev.quiver.adapters.json;

import static dev.quiver.adapters.json.JsonTestSupport.readAll;
import static dev.quiver.adapters.json.JsonTestSupport.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quiver.adapters.compress.CompressedFiles;
import dev.quiver.adapters.spi.FormatOptions;
import dev.quiver.adapters.spi.ReaderException;
import dev.quiver.adapters.spi.ScanPartition;
import dev.quiver.adapters.spi.TableSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonCompressedTest {
  @TempDir Path dir;

  @Test
  void compressedJsonNamesAreAccepted() {
    JsonFormat format = new JsonFormat();
    assertTrue(format.accepts(Path.of("events.ndjson.gz")));
    assertTrue(format.accepts(Path.of("events.JSONL.GZ")));
    assertTrue(format.accepts(Path.of("events.json.gz")));
    assertTrue(format.accepts(Path.of("events.json.zst")));
    assertFalse(format.accepts(Path.of("events.csv.gz")));
    assertFalse(format.accepts(Path.of("events.gz")));
  }

  @Test
  void ndjsonJsonlAndArrayFilesRoundTrip() throws IOException {
    String lines = "{\"id\":1,\"tag\":\"a\"}\n\n{\"id\":2,\"tag\":null}\n";
    List<List<String>> expected = List.of(row("1", "a"), row("2", null));
    for (String name : new String[] {"events.ndjson.gz", "events.jsonl.gz", "events.json.gz"}) {
      Path file = CompressedFiles.gzip(dir.resolve(name), lines);
      assertEquals(expected, readAll(file), name);
    }
    Path array =
        CompressedFiles.gzip(dir.resolve("array.json.gz"), "[{\"id\":1,\"tag\":\"a\"},\n {\"id\":2}]");
    assertEquals(expected, readAll(array));
    Path zst = CompressedFiles.zstd(dir.resolve("events.ndjson.zst"), lines);
    assertEquals(expected, readAll(zst));
  }

  @Test
  void aFileNamedNdjsonIsLineDelimitedThroughTheCompressionSuffix() throws IOException {
    // A '[' first would make a .json an array file; .ndjson keeps it one value per line, so the
    // top-level array is an error naming line 1.
    Path file = CompressedFiles.gzip(dir.resolve("x.ndjson.gz"), "[1,2]\n");
    ReaderException e = assertThrows(ReaderException.class, () -> readAll(file));
    assertEquals(1, e.line());
  }

  @Test
  void concatenatedMembersAreOneFileAndOnePartition() throws IOException {
    Path file =
        CompressedFiles.gzip(
            dir.resolve("events.ndjson.gz"), "{\"id\":1}\n", "{\"id\":2}\n{\"i", "d\":3}\n");
    JsonFormat format = new JsonFormat();
    TableSchema schema = format.inferSchema(file, FormatOptions.DEFAULTS);
    assertEquals(List.of(ScanPartition.wholeFile(file)), format.partitions(file, schema, 8, 1));
    assertTrue(
        schema.notes().contains("gzip-compressed: read as one partition"),
        schema.notes().toString());
    assertEquals(List.of(row("1"), row("2"), row("3")), readAll(file));
  }

  @Test
  void errorsNameTheDecompressedLine() throws IOException {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      text.append("{\"id\":").append(i).append("}\n");
    }
    text.append("{\"id\":\"n/a\"}\n");
    Path file = CompressedFiles.gzip(dir.resolve("late.ndjson.gz"), text.toString());
    JsonFormat format = new JsonFormat(1 << 12);
    ReaderException e =
        assertThrows(
            ReaderException.class,
            () -> readAll(format, file, JsonTestSupport.options("sample_size", "50")));
    assertEquals(5001, e.line());
    assertTrue(e.getMessage().startsWith(file + ":5001:"), e.getMessage());
    assertTrue(e.getMessage().contains("{\"id\":\"n/a\"}"), e.getMessage());
  }

  @Test
  void corruptGzipFailsNamingTheFile() throws IOException {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 50_000; i++) {
      text.append("{\"id\":").append(i).append(",\"s\":\"v").append(i * 31).append("\"}\n");
    }
    Path file = CompressedFiles.gzip(dir.resolve("bad.ndjson.gz"), text.toString());
    CompressedFiles.corruptMiddle(file, 64);
    ReaderException e = assertThrows(ReaderException.class, () -> readAll(file));
    assertTrue(e.getMessage().startsWith(file + ": corrupt gzip data"), e.getMessage());
  }

  @Test
  void anEmptyCompressedFileIsTheUsualEmptyFileError() throws IOException {
    Path file = CompressedFiles.gzip(dir.resolve("empty.ndjson.gz"), "");
    ReaderException e = assertThrows(ReaderException.class, () -> readAll(file));
    assertTrue(e.getMessage().contains("file is empty"), e.getMessage());
    assertTrue(Files.size(file) > 0);
  }
}
