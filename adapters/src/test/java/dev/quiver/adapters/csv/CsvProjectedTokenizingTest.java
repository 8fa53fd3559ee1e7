package dev.quiver.adapters.csv;

import static dev.quiver.adapters.csv.CsvTestSupport.read;
import static dev.quiver.adapters.csv.CsvTestSupport.readAll;
import static dev.quiver.adapters.csv.CsvTestSupport.row;
import static dev.quiver.adapters.csv.CsvTestSupport.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tokenizer stores only projected fields and scans eight bytes at a time: fields of every
 * length (so delimiters land at every position of a word), quotes anywhere, CRLF, short rows and
 * buffer ends must give what reading every column gives.
 */
class CsvProjectedTokenizingTest {
  private static final int ROWS = 1500;
  private static final int COLUMNS = 5;

  @TempDir Path dir;

  private static String randomCsv(Random random, String lineEnd) {
    StringBuilder csv = new StringBuilder("a,b,c,d,e").append(lineEnd);
    for (int r = 0; r < ROWS; r++) {
      int fields = random.nextInt(20) == 0 ? 1 + random.nextInt(COLUMNS) : COLUMNS;
      for (int f = 0; f < fields; f++) {
        if (f > 0) {
          csv.append(',');
        }
        // The first field is plain and non-empty: no blank lines (they are skipped), and the quoted
        // line breaks then only ever sit behind a delimiter.
        int length = f == 0 ? 1 + random.nextInt(17) : random.nextInt(18);
        switch (f == 0 ? 2 : random.nextInt(6)) {
          case 0:
            csv.append('"').append("x,\"\"".repeat(length / 4)).append("q\n").append('"');
            break;
          case 1:
            csv.append('"').append("y".repeat(length)).append('"');
            break;
          default:
            for (int i = 0; i < length; i++) {
              // A quote inside an unquoted field (never first) is text.
              csv.append(i > 0 && random.nextInt(9) == 0 ? '"' : (char) ('a' + random.nextInt(26)));
            }
        }
      }
      csv.append(lineEnd);
    }
    return csv.toString();
  }

  @Test
  void everyProjectionMatchesTheFullRead() throws Exception {
    Random random = new Random(11);
    for (String lineEnd : new String[] {"\n", "\r\n"}) {
      Path file = write(dir, "random.csv", randomCsv(random, lineEnd));
      List<List<String>> all = readAll(file);
      assertEquals(ROWS, all.size());
      int[][] projections = {{0}, {1}, {4}, {3, 1}, {0, 2, 4}, {2, 2}};
      for (int bufferBytes : new int[] {16, 61, 1 << 16}) {
        CsvFormat format = new CsvFormat(bufferBytes);
        TableSchema schema = format.inferSchema(file, FormatOptions.DEFAULTS);
        for (int[] columns : projections) {
          List<List<String>> projected =
              read(format, ScanPartition.wholeFile(file), schema, new ScanSpec(columns, 100));
          List<List<String>> expected = new ArrayList<>();
          for (List<String> full : all) {
            List<String> picked = new ArrayList<>();
            for (int column : columns) {
              picked.add(full.get(column));
            }
            expected.add(picked);
          }
          assertEquals(expected, projected, "buffer " + bufferBytes + lineEnd.length());
        }
      }
    }
  }

  @Test
  void fieldsPastTheProjectionAreStillCountedExactly() throws Exception {
    Path file =
        write(dir, "wide.csv", "a,b,c\n1,x,y\n2,\"p,q\",\"r\"\"s,t\"\n3,u,v,\"w,z\"\n");
    CsvFormat format = new CsvFormat();
    TableSchema schema = format.inferSchema(file, CsvTestSupport.options("sample_size", "2"));
    ReaderException e =
        assertThrows(
            ReaderException.class,
            () -> read(format, ScanPartition.wholeFile(file), schema, new ScanSpec(new int[] {0}, 8)));
    assertTrue(e.getMessage().contains("row has 4 fields, expected 3"), e.getMessage());
    assertTrue(e.getMessage().contains("wide.csv:4: "), e.getMessage());
  }

  @Test
  void shortRowsReadAsNullInProjectedColumns() throws Exception {
    Path file = write(dir, "short.csv", "a,b,c\n1,x,y\n2\n3,u\n");
    CsvFormat format = new CsvFormat();
    TableSchema schema = format.inferSchema(file, FormatOptions.DEFAULTS);
    assertEquals(
        List.of(row("y", "1"), row(null, "2"), row(null, "3")),
        read(format, ScanPartition.wholeFile(file), schema, new ScanSpec(new int[] {2, 0}, 8)));
  }
}
