package dev.quiver.adapters.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quiver.adapters.parquet.ParquetCorruptionException;
import dev.quiver.adapters.parquet.ParquetFileInfo;
import dev.quiver.adapters.parquet.ParquetFooterReader;
import dev.quiver.adapters.parquet.ParquetFormat;
import dev.quiver.adapters.parquet.compress.PageDecompressor;
import dev.quiver.adapters.parquet.metadata.ColumnChunkMetadata;
import dev.quiver.adapters.parquet.metadata.Encodings;
import dev.quiver.adapters.parquet.metadata.MetadataParser;
import dev.quiver.adapters.parquet.metadata.PageHeader;
import dev.quiver.adapters.spi.BatchReader;
import dev.quiver.adapters.spi.FormatOptions;
import dev.quiver.adapters.spi.ReaderException;
import dev.quiver.adapters.spi.ScanPartition;
import dev.quiver.adapters.spi.ScanSpec;
import dev.quiver.adapters.spi.TableSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import org.apache.arrow.memory.RootAllocator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Regression (found by {@link ParquetFuzzTest}): a corrupt SNAPPY/ZSTD/LZ4 page surfaced the
 * codec library's internals, e.g. "corrupt data (java.lang.IllegalArgumentException: Uncompressed
 * length 10 must be less than 6)" or "(io.airlift.compress.MalformedInputException: Malformed
 * input: offset=5)". Now the page decompressor names the codec and says the data is corrupt.
 */
class CorruptCompressedPageTest {
  private static final int PAGE_BYTES = 12;

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(ints = {Encodings.SNAPPY, Encodings.ZSTD, Encodings.LZ4_RAW, Encodings.LZ4})
  void garbageNamesItsCodec(int codec) {
    byte[] garbage = new byte[PAGE_BYTES];
    Arrays.fill(garbage, (byte) 0xF7);
    byte[] output = new byte[PAGE_BYTES];
    ParquetCorruptionException e = assertThrows(ParquetCorruptionException.class,
        () -> new PageDecompressor().decompress(codec, garbage, 0, garbage.length, output, 0, PAGE_BYTES));
    assertTrue(e.getMessage().contains(Encodings.codecName(codec) + " data of 12 bytes is corrupt"),
        e.getMessage());
  }

  @Test
  void aSnappyLengthPrefixLongerThanThePageIsCorruption() {
    // Snappy streams start with their uncompressed length as a varint: 13, where the page says 12.
    byte[] stream = {13, 0, 0, 0};
    ParquetCorruptionException e = assertThrows(ParquetCorruptionException.class,
        () -> new PageDecompressor().decompress(
            Encodings.SNAPPY, stream, 0, stream.length, new byte[PAGE_BYTES], 0, PAGE_BYTES));
    assertTrue(e.getMessage().startsWith("SNAPPY data of 4 bytes is corrupt"), e.getMessage());
  }

  /** The minimal mutation the fuzzer found, on a file DuckDB writes: one length byte changed. */
  @Test
  void aFileWithACorruptSnappyPageFailsNamingTheColumnAndCodec() throws Exception {
    Path file = dir.resolve("snappy.parquet");
    try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = duckdb.createStatement()) {
      statement.execute("COPY (SELECT i AS a FROM range(10) t(i)) TO '" + file
          + "' (FORMAT PARQUET, COMPRESSION SNAPPY)");
    }
    byte[] bytes = Files.readAllBytes(file);
    ParquetFileInfo info = ParquetFooterReader.read(file);
    ColumnChunkMetadata chunk = info.metadata().rowGroups().get(0).columns().get(0);
    int pageStart = (int) chunk.dataPageOffset();
    PageHeader header = MetadataParser.parsePageHeader(bytes, pageStart, bytes.length);
    assertEquals(Encodings.SNAPPY, chunk.codec());
    // The snappy stream's length prefix (a varint; the page is small, so one byte) grows by one.
    int prefix = pageStart + header.headerSize();
    assertEquals(header.uncompressedSize(), bytes[prefix] & 0x7F);
    bytes[prefix]++;
    Files.write(file, bytes);

    ParquetFormat format = new ParquetFormat();
    TableSchema schema = format.inferSchema(file, FormatOptions.DEFAULTS);
    try (RootAllocator allocator = new RootAllocator();
        BatchReader reader = format.open(
            ScanPartition.wholeFile(file), schema, ScanSpec.allColumns(schema), allocator)) {
      ReaderException e = assertThrows(ReaderException.class, reader::next);
      assertTrue(e.getMessage().contains("snappy.parquet")
          && e.getMessage().contains("column 'a'")
          && e.getMessage().contains("SNAPPY data of " + header.compressedSize() + " bytes is corrupt"),
          e.getMessage());
      assertTrue(e.getCause() instanceof ParquetCorruptionException, String.valueOf(e.getCause()));
    }
  }
}
