package dev.quiver.adapters.write;

import dev.quiver.adapters.parquet.decode.LittleEndian;
import dev.quiver.adapters.parquet.decode.RleBitPackedDecoder;
import dev.quiver.adapters.parquet.metadata.ColumnChunkMetadata;
import dev.quiver.adapters.parquet.metadata.FileMetadata;
import dev.quiver.adapters.parquet.metadata.MetadataParser;
import dev.quiver.adapters.parquet.metadata.PageHeader;
import dev.quiver.adapters.parquet.metadata.RowGroupMetadata;
import dev.quiver.adapters.parquet.schema.LeafNode;
import dev.quiver.adapters.parquet.schema.ParquetSchema;
import dev.quiver.adapters.parquet.thrift.CompactProtocolReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Every page of a Parquet file, from its footer and page headers (parsed with the reader's
 * {@link MetadataParser}), for tests that check how a file was laid out.
 */
public final class ParquetPages {
  /**
   * One page.
   *
   * @param path the leaf's path_in_schema joined with dots
   * @param rowGroup the row group's index
   * @param offset where the page header starts
   * @param chunk the column chunk's metadata
   * @param header the page header
   * @param maxRep the leaf's maximum repetition level
   * @param firstRepetitionLevel the page's first repetition level, for uncompressed data pages of
   *     repeated leaves; else -1
   */
  public record Page(String path, int rowGroup, long offset, ColumnChunkMetadata chunk, PageHeader header,
      int maxRep, int firstRepetitionLevel) {
    public boolean isData() {
      return header.type() == PageHeader.DATA_PAGE || header.type() == PageHeader.DATA_PAGE_V2;
    }

    public boolean isDictionary() {
      return header.type() == PageHeader.DICTIONARY_PAGE;
    }

    public int encoding() {
      return header.encoding();
    }

    public int numValues() {
      return header.numValues();
    }
  }

  private ParquetPages() {}

  public static FileMetadata footer(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    int length = LittleEndian.getInt(bytes, bytes.length - 8);
    return MetadataParser.parseFileMetadata(bytes, bytes.length - 8 - length, bytes.length - 8);
  }

  public static List<Page> read(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    FileMetadata footer = footer(file);
    ParquetSchema schema = ParquetSchema.of(footer.schema());
    List<Page> pages = new ArrayList<>();
    for (int g = 0; g < footer.rowGroups().size(); g++) {
      RowGroupMetadata group = footer.rowGroups().get(g);
      for (int c = 0; c < group.columns().size(); c++) {
        ColumnChunkMetadata chunk = group.columns().get(c);
        LeafNode leaf = schema.leaves().get(c);
        long start = chunk.dictionaryPageOffset() > 0 ? chunk.dictionaryPageOffset() : chunk.dataPageOffset();
        long end = start + chunk.totalCompressedSize();
        long at = start;
        while (at < end) {
          PageHeader header = MetadataParser.parsePageHeader(bytes, (int) at, (int) end);
          int data = (int) at + header.headerSize();
          int firstRep = -1;
          if (header.type() == PageHeader.DATA_PAGE && leaf.maxRep() > 0 && chunk.codec() == 0) {
            int levelsLength = LittleEndian.getInt(bytes, data);
            RleBitPackedDecoder decoder = new RleBitPackedDecoder();
            decoder.reset(bytes, data + 4, data + 4 + levelsLength, 32 - Integer.numberOfLeadingZeros(leaf.maxRep()));
            firstRep = decoder.next();
          }
          pages.add(new Page(String.join(".", chunk.path()), g, at, chunk, header, leaf.maxRep(), firstRep));
          at = data + header.compressedSize();
        }
        if (at != end) {
          throw new AssertionError("pages of " + chunk.path() + " end at " + at + ", the chunk at " + end);
        }
      }
    }
    return pages;
  }

  /**
   * What MetadataParser skips: per row group, per column chunk, the ColumnMetaData's {@code
   * encodings} and {@code encoding_stats}, as "encodings=[0, 3, 8] stats=[2:0:1, 0:8:5]" (stats
   * entries are page_type:encoding:count).
   */
  public static List<List<String>> encodings(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    int length = LittleEndian.getInt(bytes, bytes.length - 8);
    CompactProtocolReader in = new CompactProtocolReader(bytes, bytes.length - 8 - length, bytes.length - 8);
    List<List<String>> groups = new ArrayList<>();
    in.beginStruct();
    while (in.nextField()) {
      if (in.fieldId() != 4) {
        in.skipField();
        continue;
      }
      int rowGroups = in.readListHeader();
      for (int g = 0; g < rowGroups; g++) {
        List<String> chunks = new ArrayList<>();
        in.beginStruct();
        while (in.nextField()) {
          if (in.fieldId() != 1) {
            in.skipField();
            continue;
          }
          int columns = in.readListHeader();
          for (int c = 0; c < columns; c++) {
            chunks.add(columnEncodings(in));
          }
        }
        in.endStruct();
        groups.add(chunks);
      }
    }
    in.endStruct();
    return groups;
  }

  private static String columnEncodings(CompactProtocolReader in) {
    List<Integer> encodings = new ArrayList<>();
    List<String> stats = new ArrayList<>();
    in.beginStruct();
    while (in.nextField()) {
      if (in.fieldId() != 3) {
        in.skipField();
        continue;
      }
      in.beginStruct();
      while (in.nextField()) {
        if (in.fieldId() == 2) {
          int n = in.readListHeader();
          for (int i = 0; i < n; i++) {
            encodings.add(in.readListI32());
          }
        } else if (in.fieldId() == 13) {
          int n = in.readListHeader();
          for (int i = 0; i < n; i++) {
            int[] entry = new int[3];
            in.beginStruct();
            while (in.nextField()) {
              if (in.fieldId() >= 1 && in.fieldId() <= 3) {
                entry[in.fieldId() - 1] = in.readI32();
              } else {
                in.skipField();
              }
            }
            in.endStruct();
            stats.add(entry[0] + ":" + entry[1] + ":" + entry[2]);
          }
        } else {
          in.skipField();
        }
      }
      in.endStruct();
    }
    in.endStruct();
    return "encodings=" + encodings + " stats=" + stats;
  }
}
