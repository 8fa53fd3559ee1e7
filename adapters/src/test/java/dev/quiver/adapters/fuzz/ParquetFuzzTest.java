package dev.quiver.adapters.fuzz;

import dev.quiver.adapters.parquet.ParquetFileInfo;
import dev.quiver.adapters.parquet.ParquetFooterReader;
import dev.quiver.adapters.parquet.ParquetFormat;
import dev.quiver.adapters.parquet.metadata.ColumnChunkMetadata;
import dev.quiver.adapters.parquet.metadata.RowGroupMetadata;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutated Parquet files (from the parquet-testing corpus and small DuckDB-written files) end in a
 * result or a clean ReaderException, in time, without leaking; see {@link FuzzCampaign}.
 */
class ParquetFuzzTest {
  private static final int DEFAULT_MUTATIONS = 1500;

  /** The footer's neighbourhood: FileMetaData, its length and the magic. */
  private static final int FOOTER_FOCUS_BYTES = 1024;

  /** Bytes after a column chunk's offsets: the first page header and the start of its data. */
  private static final int PAGE_HEADER_FOCUS_BYTES = 48;

  /** Small files of every shape DuckDB writes: codecs, nulls, nesting, v2 pages, row groups. */
  private static final List<String[]> GENERATED = List.of(
      new String[] {"flat_plain", "SELECT i::INTEGER AS a, (i * 7)::BIGINT AS b,"
          + " CASE WHEN i % 5 = 0 THEN NULL ELSE 's' || (i % 13) END AS s, i / 3.0 AS d,"
          + " i % 2 = 0 AS f, DATE '2020-01-01' + i::INTEGER AS day FROM range(300) t(i)",
          "COMPRESSION UNCOMPRESSED, ROW_GROUP_SIZE 100"},
      new String[] {"flat_snappy", "SELECT i AS a, 'text-' || i AS s, (i * 1.5)::DECIMAL(9,2) AS m"
          + " FROM range(200) t(i)", "COMPRESSION SNAPPY, ROW_GROUP_SIZE 64"},
      new String[] {"flat_zstd_v2", "SELECT i AS a, CASE WHEN i % 3 = 0 THEN NULL ELSE i * 1000003 END AS b,"
          + " 'k' || (i % 4) AS s, i::FLOAT AS r FROM range(250) t(i)",
          "COMPRESSION ZSTD, ROW_GROUP_SIZE 100, PARQUET_VERSION V2"},
      new String[] {"flat_gzip", "SELECT i::SMALLINT AS a, TIMESTAMP '2021-01-01' + i * INTERVAL 1 MINUTE AS ts"
          + " FROM range(150) t(i)", "COMPRESSION GZIP"},
      new String[] {"nested", "SELECT {'x': i, 'y': CASE WHEN i % 4 = 0 THEN NULL ELSE 'y' || i END} AS st,"
          + " CASE WHEN i % 5 = 0 THEN NULL ELSE [i, NULL, i + 1] END AS li,"
          + " MAP {'k' || i: i} AS mp, [[i], []] AS ll FROM range(120) t(i)",
          "COMPRESSION UNCOMPRESSED, ROW_GROUP_SIZE 50"},
      new String[] {"nested_v2", "SELECT [i::VARCHAR, NULL] AS li, {'a': [i], 'b': {'c': i}} AS st"
          + " FROM range(100) t(i)", "COMPRESSION SNAPPY, PARQUET_VERSION V2"},
      new String[] {"empty", "SELECT 1 AS a WHERE false", "COMPRESSION UNCOMPRESSED"});

  /**
   * Thrift compact-protocol pieces the footer and page headers are made of: varints of the values
   * lengths, counts and offsets break on (zigzag-encoded, as i32/i64 fields are), an over-long
   * varint, field headers of a list, a struct and a binary, and a stop byte.
   */
  private static final List<byte[]> THRIFT_TOKENS = List.of(
      varint(zigzag(-1)), varint(zigzag(0)), varint(zigzag(Integer.MAX_VALUE)),
      varint(zigzag(Integer.MIN_VALUE)), varint(zigzag(Long.MAX_VALUE)),
      varint(zigzag(Long.MIN_VALUE)), varint(zigzag(1L << 32)), varint(zigzag(1 << 28)),
      new byte[] {(byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80,
          (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, 0x01},
      new byte[] {0x19, (byte) 0xFC, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x07},
      new byte[] {0x1C}, new byte[] {0x18, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x07},
      new byte[] {0x00});

  @TempDir static Path dir;

  @AfterAll
  static void report() {
    FuzzCampaign.printTally("parquet");
  }

  @TestFactory
  Stream<DynamicTest> mutatedParquetFilesEndCleanly() throws Exception {
    List<SeedFile> seeds = new ArrayList<>();
    for (Path file : corpusFiles()) {
      seeds.add(seed(file.getFileName().toString(), file));
    }
    Path generated = Files.createDirectories(dir.resolve("seeds"));
    try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = duckdb.createStatement()) {
      for (String[] spec : GENERATED) {
        Path file = generated.resolve(spec[0] + ".parquet");
        statement.execute("COPY (" + spec[1] + ") TO '" + file + "' (FORMAT PARQUET, " + spec[2] + ")");
        seeds.add(seed("generated/" + spec[0], file));
      }
    }
    int[] counts = SeedShares.of(seeds, FuzzCampaign.iterations(DEFAULT_MUTATIONS));
    Path cases = Files.createDirectories(dir.resolve("cases"));
    FuzzCampaign campaign =
        new FuzzCampaign(List.of(ReaderUnderTest.defaults(new ParquetFormat())), ".parquet", cases);
    List<DynamicTest> tests = new ArrayList<>();
    for (int i = 0; i < seeds.size(); i++) {
      SeedFile seed = seeds.get(i);
      int count = counts[i];
      tests.add(DynamicTest.dynamicTest(seed.name() + " x" + count, () -> campaign.run(seed, count)));
    }
    return tests.stream();
  }

  private static List<Path> corpusFiles() throws IOException {
    Path corpus = Corpora.require("parquet-testing/data");
    try (Stream<Path> files = Files.list(corpus)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".parquet")).sorted().toList();
    }
  }

  private static long zigzag(long value) {
    return (value << 1) ^ (value >> 63);
  }

  private static byte[] varint(long value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long rest = value;
    while ((rest & ~0x7FL) != 0) {
      out.write((int) (rest & 0x7F) | 0x80);
      rest >>>= 7;
    }
    out.write((int) rest);
    return out.toByteArray();
  }

  /** A seed whose mutations aim at its footer and page headers half of the time. */
  private static SeedFile seed(String name, Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    List<Mutator.Region> focus = new ArrayList<>();
    focus.add(new Mutator.Region(Math.max(0, bytes.length - FOOTER_FOCUS_BYTES), bytes.length));
    try {
      ParquetFileInfo info = ParquetFooterReader.read(file);
      for (RowGroupMetadata rowGroup : info.metadata().rowGroups()) {
        for (ColumnChunkMetadata chunk : rowGroup.columns()) {
          for (long offset : new long[] {chunk.dataPageOffset(), chunk.dictionaryPageOffset()}) {
            if (offset > 0 && offset < bytes.length) {
              focus.add(new Mutator.Region((int) offset,
                  (int) Math.min(bytes.length, offset + PAGE_HEADER_FOCUS_BYTES)));
            }
          }
        }
      }
    } catch (IOException unreadableSeed) {
      // A seed that is already broken is mutated near its footer and anywhere.
    }
    return new SeedFile(name, bytes, Mutator.binary(THRIFT_TOKENS, focus));
  }
}
