package dev.quiver.adapters.compress;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quiver.adapters.spi.ReaderException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecompressingInputTest {
  @TempDir Path dir;

  @Test
  void compressionIsJudgedByTheLastExtension() {
    assertEquals(Compression.GZIP, Compression.of(Path.of("events.ndjson.gz")));
    assertEquals(Compression.GZIP, Compression.of(Path.of("EVENTS.CSV.GZ")));
    assertEquals(Compression.ZSTD, Compression.of(Path.of("a/b/events.csv.zst")));
    assertEquals(Compression.NONE, Compression.of(Path.of("events.csv")));
    assertEquals(Compression.NONE, Compression.of(Path.of("gz")));
    assertEquals("events.ndjson", Compression.uncompressedName(Path.of("x/events.ndjson.gz")));
    assertEquals("Orders.CSV", Compression.uncompressedName(Path.of("Orders.CSV.GZ")));
    assertEquals("orders.csv", Compression.uncompressedName(Path.of("orders.csv")));
    assertEquals("t.tsv", Compression.uncompressedName(Path.of("t.tsv.zst")));
  }

  @Test
  void readsForwardSkipsAheadAndStartsOverForEarlierOffsets() throws IOException {
    String text = numberedLines(50_000);
    Path file = CompressedFiles.gzip(dir.resolve("t.csv.gz"), text);
    byte[] expected = text.getBytes(StandardCharsets.UTF_8);
    try (PositionalInput input = PositionalInput.open(file)) {
      assertTrue(input.compressed());
      assertArrayEquals(Arrays.copyOfRange(expected, 100_000, 100_010), readAt(input, 100_000, 10));
      assertArrayEquals(Arrays.copyOfRange(expected, 5, 25), readAt(input, 5, 20));
      assertArrayEquals(Arrays.copyOfRange(expected, 25, 30), readAt(input, 25, 5));
      assertEquals(expected.length, DecompressedSize.measureIfSmall(file, input));
      byte[] one = new byte[1];
      assertEquals(-1, input.read(one, 0, 1, expected.length));
      assertEquals(-1, input.read(one, 0, 1, expected.length + 1000L));
    }
  }

  @Test
  void concatenatedGzipMembersAndZstdFramesReadAsOneText() throws IOException {
    Path gz = CompressedFiles.gzip(dir.resolve("t.csv.gz"), "a\n1\n", "2\n", "", "3\n");
    Path zst = CompressedFiles.zstd(dir.resolve("t.csv.zst"), "a\n1\n", "2\n", "3\n");
    for (Path file : new Path[] {gz, zst}) {
      try (PositionalInput input = PositionalInput.open(file)) {
        assertEquals("a\n1\n2\n3\n", readAll(input), file.toString());
      }
    }
  }

  @Test
  void uncompressedFilesAreReadAsTheyAre() throws IOException {
    Path file = Files.writeString(dir.resolve("t.csv"), "abc");
    try (PositionalInput input = PositionalInput.open(file)) {
      assertFalse(input.compressed());
      assertEquals("bc", new String(readAt(input, 1, 2), StandardCharsets.UTF_8));
    }
  }

  @Test
  void corruptGzipIsAReaderErrorNamingTheFile() throws IOException {
    Path file = CompressedFiles.gzip(dir.resolve("bad.csv.gz"), numberedLines(20_000));
    CompressedFiles.corruptMiddle(file, 64);
    try (PositionalInput input = PositionalInput.open(file)) {
      ReaderException e = assertThrows(ReaderException.class, () -> readAll(input));
      assertTrue(e.getMessage().startsWith(file.toString() + ": corrupt gzip data"), e.getMessage());
      assertTrue(e.getMessage().contains("gzip -t"), e.getMessage());
    }
  }

  @Test
  void truncatedAndNonGzipFilesAreCorruptToo() throws IOException {
    byte[] whole = CompressedFiles.gzipBytes(numberedLines(1000));
    Path truncated = Files.write(dir.resolve("cut.csv.gz"), Arrays.copyOf(whole, whole.length / 2));
    Path plain = Files.writeString(dir.resolve("plain.csv.gz"), "a,b\n1,2\n");
    for (Path file : new Path[] {truncated, plain}) {
      ReaderException e =
          assertThrows(
              ReaderException.class,
              () -> {
                try (PositionalInput input = PositionalInput.open(file)) {
                  readAll(input);
                }
              });
      assertTrue(e.getMessage().contains("corrupt gzip data"), e.getMessage());
      assertEquals(file, e.file());
    }
  }

  @Test
  void corruptZstdIsAReaderError() throws IOException {
    Path file = CompressedFiles.zstd(dir.resolve("bad.csv.zst"), numberedLines(20_000));
    CompressedFiles.corruptMiddle(file, 64);
    try (PositionalInput input = PositionalInput.open(file)) {
      ReaderException e = assertThrows(ReaderException.class, () -> readAll(input));
      assertTrue(e.getMessage().contains("corrupt zstd data"), e.getMessage());
    }
  }

  static String numberedLines(int count) {
    StringBuilder text = new StringBuilder("n,word\n");
    for (int i = 0; i < count; i++) {
      text.append(i).append(",w").append(i * 7).append('\n');
    }
    return text.toString();
  }

  private static byte[] readAt(PositionalInput input, long position, int length)
      throws IOException {
    byte[] bytes = new byte[length];
    int got = 0;
    while (got < length) {
      int read = input.read(bytes, got, length - got, position + got);
      if (read < 0) {
        break;
      }
      got += read;
    }
    return Arrays.copyOf(bytes, got);
  }

  private static String readAll(PositionalInput input) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] chunk = new byte[4096];
    long at = 0;
    while (true) {
      int read = input.read(chunk, 0, chunk.length, at);
      if (read < 0) {
        return out.toString(StandardCharsets.UTF_8);
      }
      out.write(chunk, 0, read);
      at += read;
    }
  }
}
