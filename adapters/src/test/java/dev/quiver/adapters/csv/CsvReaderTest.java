package dev.quiver.adapters.csv;

import static dev.quiver.adapters.csv.CsvTestSupport.read;
import static dev.quiver.adapters.csv.CsvTestSupport.readAll;
import static dev.quiver.adapters.csv.CsvTestSupport.row;
import static dev.quiver.adapters.csv.CsvTestSupport.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quiver.adapters.spi.FormatOptions;
import dev.quiver.adapters.spi.ReaderException;
import dev.quiver.adapters.spi.ScanPartition;
import dev.quiver.adapters.spi.ScanSpec;
import dev.quiver.adapters.spi.TableSchema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batches, projection, buffer boundaries and partitions. */
class CsvReaderTest {
  @TempDir Path dir;

  private static String mixedCsv(int rows, String lineEnd) {
    StringBuilder csv = new StringBuilder("id,name,amount,day,flag").append(lineEnd);
    for (int i = 0; i < rows; i++) {
      csv.append(i).append(',');
      switch (i % 4) {
        case 0:
          csv.append("\"quoted, with comma\"");
          break;
        case 1:
          csv.append("\"say \"\"hi\"\" ").append(i).append('"');
          break;
        case 2:
          break;
        default:
          csv.append("héllo").append(i);
      }
      csv.append(',').append(i % 7 == 0 ? "" : (i * 1.25) + "")
          .append(',').append(String.format("2024-%02d-%02d", 1 + i % 12, 1 + i % 28))
          .append(',').append(i % 3 == 0)
          .append(lineEnd);
    }
    return csv.toString();
  }

  @Test
  void smallBuffersGiveTheSameRowsAsLargeOnes() throws Exception {
    Path file = write(dir, "mixed.csv", mixedCsv(5000, "\r\n"));
    List<List<String>> expected = readAll(file);
    assertEquals(5000, expected.size());
    assertEquals(row("1", "say \"hi\" 1", "1.25", "19755", "false"), expected.get(1));
    assertEquals(row("2", null, "2.5", "19785", "false"), expected.get(2));
    assertEquals(row("7", "héllo7", null, "19943", "false"), expected.get(7));
    for (int bufferBytes : new int[] {16, 61, 4096}) {
      assertEquals(expected, readAll(new CsvFormat(bufferBytes), file, FormatOptions.DEFAULTS),
          "buffer " + bufferBytes);
    }
  }

  @Test
  void projectionDecodesOnlyTheAskedColumnsInTheAskedOrder() throws Exception {
    Path file = write(dir, "mixed.csv", mixedCsv(100, "\n"));
    CsvFormat format = new CsvFormat();
    TableSchema schema = format.inferSchema(file, FormatOptions.DEFAULTS);
    List<List<String>> all = readAll(file);
    List<List<String>> projected =
        read(format, ScanPartition.wholeFile(file), schema, new ScanSpec(new int[] {2, 0}, 7));
    assertEquals(100, projected.size());
    for (int i = 0; i < all.size(); i++) {
      assertEquals(row(all.get(i).get(2), all.get(i).get(0)), projected.get(i));
    }
    assertEquals(
        100, read(format, ScanPartition.wholeFile(file), schema, new ScanSpec(new int[0], 64)).size());
  }

  @Test
  void projectionSkipsBadValuesInColumnsNotRead() throws Exception {
    StringBuilder csv = new StringBuilder("id,amount\n");
    for (int i = 0; i < 100; i++) {
      csv.append(i).append(',').append(i == 99 ? "n/a" : "1.5").append('\n');
    }
    Path file = write(dir, "late.csv", csv.toString());
    CsvFormat format = new CsvFormat();
    TableSchema schema = format.inferSchema(file, CsvTestSupport.options("sample_size", "10"));
    assertEquals(
        100, read(format, ScanPartition.wholeFile(file), schema, new ScanSpec(new int[] {0}, 16)).size());
    assertThrows(
        ReaderException.class,
        () -> read(format, ScanPartition.wholeFile(file), schema, ScanSpec.allColumns(schema)));
  }

  @Test
  void partitionsTogetherReadExactlyTheWholeFile() throws Exception {
    Path file = write(dir, "mixed.csv", mixedCsv(3000, "\n").replace("\"say \"\"hi\"\" ", "\"say "));
    CsvFormat format = new CsvFormat(64);
    TableSchema schema = format.inferSchema(file, FormatOptions.DEFAULTS);
    List<List<String>> whole = readAll(file);
    for (int max : new int[] {2, 3, 7, 64}) {
      List<ScanPartition> partitions = format.partitions(file, schema, max, 1000);
      assertEquals(max, partitions.size());
      List<List<String>> together = new ArrayList<>();
      for (ScanPartition partition : partitions) {
        together.addAll(read(format, partition, schema, ScanSpec.allColumns(schema)));
      }
      assertEquals(whole, together, max + " partitions");
    }
  }

  @Test
  void filesWithQuotedLineBreaksAreOnePartition() throws Exception {
    Path file = write(dir, "breaks.csv", "id,text\n1,\"a\nb\"\n2,c\n");
    CsvFormat format = new CsvFormat();
    TableSchema schema = format.inferSchema(file, FormatOptions.DEFAULTS);
    List<ScanPartition> partitions = format.partitions(file, schema, 4, 1);
    assertEquals(List.of(ScanPartition.wholeFile(file)), partitions);
  }

  @Test
  void partitionMeetingAnUnsampledQuotedLineBreakFailsInsteadOfCuttingRows() throws Exception {
    StringBuilder csv = new StringBuilder("id,text\n");
    for (int i = 0; i < 2000; i++) {
      csv.append(i).append(i == 1500 ? ",\"two\nlines\"" : ",x").append('\n');
    }
    Path file = write(dir, "late_breaks.csv", csv.toString());
    CsvFormat format = new CsvFormat();
    TableSchema schema = format.inferSchema(file, CsvTestSupport.options("sample_size", "20"));
    assertFalse(((CsvDialect) schema.formatState()).quotedLineBreaks());
    List<ScanPartition> partitions = format.partitions(file, schema, 2, 1);
    assertEquals(2, partitions.size());
    ReaderException e =
        assertThrows(
            ReaderException.class,
            () -> read(format, partitions.get(1), schema, ScanSpec.allColumns(schema)));
    assertTrue(e.getMessage().contains("sample_size=0"), e.getMessage());
  }

  @Test
  void errorLinesInALaterPartitionArePhysicalLines() throws Exception {
    StringBuilder csv = new StringBuilder("id,amount\n");
    for (int i = 1; i <= 2000; i++) {
      csv.append(i).append(',').append(i == 1700 ? "oops" : "2.5").append('\n');
    }
    Path file = write(dir, "late_error.csv", csv.toString());
    CsvFormat format = new CsvFormat();
    TableSchema schema = format.inferSchema(file, CsvTestSupport.options("sample_size", "20"));
    List<ScanPartition> partitions = format.partitions(file, schema, 2, 1);
    ReaderException e =
        assertThrows(
            ReaderException.class,
            () -> read(format, partitions.get(1), schema, ScanSpec.allColumns(schema)));
    assertEquals(1701, e.line());
  }

  @Test
  void batchesHoldAtMostBatchRows() throws Exception {
    Path file = write(dir, "mixed.csv", mixedCsv(1000, "\n"));
    CsvFormat format = new CsvFormat(100);
    TableSchema schema = format.inferSchema(file, FormatOptions.DEFAULTS);
    try (var allocator = new org.apache.arrow.memory.RootAllocator();
        var reader =
            format.open(
                ScanPartition.wholeFile(file), schema, new ScanSpec(new int[] {0, 1}, 300), allocator)) {
      List<Integer> sizes = new ArrayList<>();
      while (reader.next()) {
        sizes.add(reader.root().getRowCount());
      }
      assertEquals(List.of(300, 300, 300, 100), sizes);
      assertEquals(1000, reader.metrics().rowsRead());
      assertTrue(reader.metrics().bytesRead() > 0);
      assertFalse(reader.next());
    }
  }
}
