package dev.quiver.adapters.csv;

import static dev.quiver.adapters.csv.CsvTestSupport.columns;
import static dev.quiver.adapters.csv.CsvTestSupport.readAll;
import static dev.quiver.adapters.csv.CsvTestSupport.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quiver.adapters.compress.CompressedFiles;
import dev.quiver.adapters.spi.BatchReader;
import dev.quiver.adapters.spi.FormatOptions;
import dev.quiver.adapters.spi.ReaderException;
import dev.quiver.adapters.spi.ScanPartition;
import dev.quiver.adapters.spi.ScanSpec;
import dev.quiver.adapters.spi.TableSchema;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.IntVector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvCompressedTest {
  private static final long ALLOCATOR_LIMIT = 8L << 20;

  @TempDir Path dir;

  @Test
  void gzippedCsvAndTsvAreAcceptedAndReadLikeTheirText() throws IOException {
    CsvFormat format = new CsvFormat();
    assertTrue(format.accepts(Path.of("orders.csv.gz")));
    assertTrue(format.accepts(Path.of("ORDERS.TSV.GZ")));
    assertTrue(format.accepts(Path.of("orders.csv.zst")));
    assertFalse(format.accepts(Path.of("orders.gz")));
    assertFalse(format.accepts(Path.of("orders.json.gz")));

    String text = "id,name,paid\n1,ann,true\n2,\"b, c\",false\n";
    Path gz = CompressedFiles.gzip(dir.resolve("orders.csv.gz"), text);
    Path plain = Files.writeString(dir.resolve("orders.csv"), text);
    assertEquals(readAll(plain), readAll(gz));
    assertEquals(
        List.of(row("1", "ann", "true"), row("2", "b, c", "false")), readAll(gz));

    Path tsv = CompressedFiles.gzip(dir.resolve("t.tsv.gz"), "a\tb\n1\tx\n");
    TableSchema schema = format.inferSchema(tsv, FormatOptions.DEFAULTS);
    assertTrue(schema.notes().contains("delimiter: TAB (detected)"), schema.notes().toString());
    assertEquals(List.of(row("1", "x")), readAll(tsv));
  }

  @Test
  void zstdCsvReadsLikeItsText() throws IOException {
    Path zst = CompressedFiles.zstd(dir.resolve("t.csv.zst"), "a,b\n1,x\n", "2,y\n");
    assertEquals(List.of(row("1", "x"), row("2", "y")), readAll(zst));
  }

  @Test
  void concatenatedGzipMembersAreOneFile() throws IOException {
    Path file =
        CompressedFiles.gzip(dir.resolve("parts.csv.gz"), "n,s\n1,a\n", "2,b\n3,", "c\n");
    TableSchema schema = new CsvFormat().inferSchema(file, FormatOptions.DEFAULTS);
    assertEquals(List.of("n:INTEGER", "s:VARCHAR"), columns(schema));
    assertEquals(List.of(row("1", "a"), row("2", "b"), row("3", "c")), readAll(file));
  }

  @Test
  void aCompressedFileIsOnePartitionAndItsNotesSaySo() throws IOException {
    Path file = writeBigGzip(dir.resolve("big.csv.gz"), 200_000);
    CsvFormat format = new CsvFormat();
    TableSchema schema = format.inferSchema(file, FormatOptions.DEFAULTS);
    assertEquals(
        List.of(ScanPartition.wholeFile(file)), format.partitions(file, schema, 8, 1));
    assertTrue(
        schema.notes().contains("gzip-compressed: read as one partition"),
        schema.notes().toString());
    assertTrue(
        schema.notes().contains("types inferred from 20000 rows sampled across the file"),
        schema.notes().toString());
  }

  @Test
  void aBigGzippedFileStreamsInBoundedMemory() throws IOException {
    int rows = 600_000;
    Path file = writeBigGzip(dir.resolve("big.csv.gz"), rows);
    assertTrue(Files.size(file) < (4 << 20), "fixture stays small on disk");
    // Bigger, decompressed, than the allocator may hold: it must stream.
    CsvFormat format = new CsvFormat(1 << 16);
    TableSchema schema = format.inferSchema(file, FormatOptions.DEFAULTS);
    long count = 0;
    long sum = 0;
    try (BufferAllocator allocator = new RootAllocator(ALLOCATOR_LIMIT)) {
      try (BatchReader reader =
          format.open(ScanPartition.wholeFile(file), schema, ScanSpec.allColumns(schema), allocator)) {
        while (reader.next()) {
          IntVector ids = (IntVector) reader.root().getVector(0);
          for (int r = 0; r < reader.root().getRowCount(); r++) {
            sum += ids.get(r);
          }
          count += reader.root().getRowCount();
        }
        assertTrue(reader.metrics().bytesRead() > ALLOCATOR_LIMIT);
      }
      assertEquals(0, allocator.getAllocatedMemory(), "allocator leaked");
    }
    assertEquals(rows, count);
    assertEquals((long) rows * (rows - 1) / 2, sum);
  }

  @Test
  void errorsNameTheDecompressedLine() throws IOException {
    StringBuilder text = new StringBuilder("id,amount\n");
    for (int i = 0; i < 30_000; i++) {
      text.append(i).append(',').append(i).append('\n');
    }
    text.append("30000,n/a\n");
    Path file = CompressedFiles.gzip(dir.resolve("late.csv.gz"), text.toString());
    CsvFormat format = new CsvFormat(1 << 12);
    TableSchema schema = format.inferSchema(file, CsvTestSupport.options("sample_size", "100"));
    ReaderException e =
        assertThrows(
            ReaderException.class,
            () ->
                CsvTestSupport.read(
                    format, ScanPartition.wholeFile(file), schema, ScanSpec.allColumns(schema)));
    assertEquals(30_002, e.line());
    assertTrue(e.getMessage().startsWith(file + ":30002: column 'amount'"), e.getMessage());
  }

  @Test
  void corruptGzipFailsNamingTheFile() throws IOException {
    Path file = writeBigGzip(dir.resolve("bad.csv.gz"), 100_000);
    CompressedFiles.corruptMiddle(file, 64);
    ReaderException e = assertThrows(ReaderException.class, () -> readAll(file));
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("corrupt gzip data"), e.getMessage());
  }

  @Test
  void corruptGzipFoundWhileReadingFailsAndFreesEverything() throws IOException {
    Path file = writeBigGzip(dir.resolve("bad.csv.gz"), 300_000);
    CsvFormat format = new CsvFormat();
    TableSchema schema = format.inferSchema(file, CsvTestSupport.options("sample_size", "10"));
    byte[] bytes = Files.readAllBytes(file);
    // The trailer's CRC: every row decodes, and the check at the end of the member fails.
    // (Damage inside the deflate data may first show as garbled rows, an error of its own.)
    int crc = bytes.length - 8;
    bytes[crc] = (byte) ~bytes[crc];
    Files.write(file, bytes);
    ReaderException e =
        assertThrows(
            ReaderException.class,
            () ->
                CsvTestSupport.read(
                    format, ScanPartition.wholeFile(file), schema, ScanSpec.allColumns(schema)));
    assertTrue(e.getMessage().contains("corrupt gzip data"), e.getMessage());
  }

  @Test
  void bigIntSumsSurviveTheRoundTrip() throws IOException {
    Path file =
        CompressedFiles.gzip(dir.resolve("w.csv.gz"), "v\n9000000000\n-9000000000\n1\n");
    TableSchema schema = new CsvFormat().inferSchema(file, FormatOptions.DEFAULTS);
    try (BufferAllocator allocator = new RootAllocator()) {
      try (BatchReader reader =
          new CsvFormat()
              .open(ScanPartition.wholeFile(file), schema, ScanSpec.allColumns(schema), allocator)) {
        assertTrue(reader.next());
        BigIntVector v = (BigIntVector) reader.root().getVector(0);
        assertEquals(1, v.get(0) + v.get(1) + v.get(2));
        assertFalse(reader.next());
      }
      assertEquals(0, allocator.getAllocatedMemory());
    }
  }

  /** id (0..rows-1), a text column and a double, gzipped as it is generated. */
  static Path writeBigGzip(Path file, int rows) throws IOException {
    try (BufferedWriter out =
        new BufferedWriter(
            new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(file), 1 << 16),
                StandardCharsets.UTF_8))) {
      out.write("id,city,amount\n");
      for (int i = 0; i < rows; i++) {
        out.write(Integer.toString(i));
        out.write(i % 3 == 0 ? ",Lisbon," : ",Porto,");
        out.write(Integer.toString(i % 1000));
        out.write(".25\n");
      }
    }
    return file;
  }
}
