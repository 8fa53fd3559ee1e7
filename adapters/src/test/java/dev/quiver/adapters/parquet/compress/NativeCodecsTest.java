package dev.quiver.adapters.parquet.compress;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.quiver.adapters.parquet.ParquetCorruptionException;
import dev.quiver.adapters.parquet.ParquetFileInfo;
import dev.quiver.adapters.parquet.ParquetFooterReader;
import dev.quiver.adapters.parquet.metadata.ColumnChunkMetadata;
import dev.quiver.adapters.parquet.metadata.Encodings;
import dev.quiver.adapters.parquet.metadata.MetadataParser;
import dev.quiver.adapters.parquet.metadata.PageHeader;
import dev.quiver.adapters.parquet.metadata.RowGroupMetadata;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The native and the pure-Java ZSTD and SNAPPY decoders give the same bytes for every page of a
 * file DuckDB writes, and both report corrupt data as corruption naming the codec. On Linux x86-64
 * (where CI runs) the native libraries must load, or the fast path silently went away.
 */
class NativeCodecsTest {
  @ParameterizedTest
  @ValueSource(strings = {"ZSTD", "SNAPPY"})
  void nativeAndPureJavaAgreeOnEveryPage(String codecName, @TempDir Path dir) throws Exception {
    int codec = codecName.equals("ZSTD") ? Encodings.ZSTD : Encodings.SNAPPY;
    Path file = dir.resolve(codecName + ".parquet");
    try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = duckdb.createStatement()) {
      statement.execute("COPY (SELECT i, i * 0.37 AS d, 'text-' || (i % 1000) AS s, md5(i::VARCHAR) AS h"
          + " FROM range(200000) t(i)) TO '" + file + "' (FORMAT PARQUET, COMPRESSION " + codecName + ")");
    }
    byte[] bytes = Files.readAllBytes(file);
    ParquetFileInfo info = ParquetFooterReader.read(file);
    PageDecompressor nativeCodec = new PageDecompressor(true);
    PageDecompressor pureJava = new PageDecompressor(false);
    int pages = 0;
    for (RowGroupMetadata rowGroup : info.metadata().rowGroups()) {
      for (ColumnChunkMetadata chunk : rowGroup.columns()) {
        assertEquals(codec, chunk.codec());
        long first = chunk.dictionaryPageOffset() > 0
            ? Math.min(chunk.dictionaryPageOffset(), chunk.dataPageOffset()) : chunk.dataPageOffset();
        int position = (int) first;
        int end = (int) (first + chunk.totalCompressedSize());
        while (position < end) {
          PageHeader header = MetadataParser.parsePageHeader(bytes, position, end);
          int data = position + header.headerSize();
          int skip = header.type() == PageHeader.DATA_PAGE_V2
              ? header.repetitionLength() + header.definitionLength() : 0;
          int size = header.uncompressedSize() - skip;
          byte[] a = new byte[size];
          byte[] b = new byte[size];
          nativeCodec.decompress(codec, bytes, data + skip, header.compressedSize() - skip, a, 0, size);
          pureJava.decompress(codec, bytes, data + skip, header.compressedSize() - skip, b, 0, size);
          assertArrayEquals(b, a, "page at byte " + position);
          pages++;
          position = data + header.compressedSize();
        }
      }
    }
    assertTrue(pages > 4, "pages: " + pages);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ZSTD", "SNAPPY"})
  void garbageIsCorruptionForBoth(String codecName) {
    int codec = codecName.equals("ZSTD") ? Encodings.ZSTD : Encodings.SNAPPY;
    byte[] garbage = new byte[64];
    Arrays.fill(garbage, (byte) 0x5A);
    for (boolean nativeCodecs : new boolean[] {true, false}) {
      ParquetCorruptionException e = assertThrows(ParquetCorruptionException.class,
          () -> new PageDecompressor(nativeCodecs).decompress(codec, garbage, 0, 64, new byte[100], 0, 100));
      assertTrue(e.getMessage().startsWith(codecName + " data of 64 bytes is corrupt"), e.getMessage());
    }
  }

  /** A SNAPPY stream that claims more bytes than the page is refused before any byte is written. */
  @Test
  void aSnappyStreamLongerThanItsPageIsRefused() throws Exception {
    byte[] stream = org.xerial.snappy.Snappy.compress(new byte[1000]);
    byte[] output = new byte[100];
    for (boolean nativeCodecs : new boolean[] {true, false}) {
      assertThrows(ParquetCorruptionException.class,
          () -> new PageDecompressor(nativeCodecs).decompress(
              Encodings.SNAPPY, stream, 0, stream.length, output, 0, 100));
    }
  }

  @Test
  void theNativeLibrariesLoadOnLinuxX86() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch", "");
    assumeTrue(os.contains("linux") && (arch.equals("amd64") || arch.equals("x86_64")));
    assumeTrue(!"java".equalsIgnoreCase(System.getProperty("quiver.zstd", "")));
    assertTrue(new PageDecompressor().nativeZstd(), "libzstd did not load through zstd-jni");
    assertTrue(!new PageDecompressor(false).nativeZstd());
    assumeTrue(!"java".equalsIgnoreCase(System.getProperty("quiver.snappy", "")));
    assertTrue(new PageDecompressor().nativeSnappy(), "snappy-java's native library did not load");
  }
}
