package dev.quiver.adapters.write.parquet;

import dev.quiver.adapters.spi.BatchWriter;
import dev.quiver.adapters.spi.FormatOptions;
import dev.quiver.adapters.spi.WritableFormat;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Writes Parquet without Hadoop: data pages v1 with RLE/bit-packed levels, every node OPTIONAL
 * except map keys, min/max statistics and null counts per column chunk. BYTE_ARRAY, INT32, INT64,
 * FLOAT and DOUBLE leaves are dictionary-encoded per chunk (RLE_DICTIONARY) when that pays off,
 * falling back to PLAIN for the rest of a chunk once the dictionary passes 1 MiB.
 *
 * <p>Types: BOOLEAN; Int8/16 as INT32 with INT(8/16) annotations; Int32 INT32; Int64 INT64; FLOAT;
 * DOUBLE; Utf8 BYTE_ARRAY STRING; Binary BYTE_ARRAY; DECIMAL as INT32 (p <= 9), INT64 (p <= 18) or
 * FIXED_LEN_BYTE_ARRAY; DATE INT32; TIME and TIMESTAMP INT64 micros, isAdjustedToUTC=false; Null an
 * all-null INT32. Struct as a group, List as the 3-level LIST, Map as the standard MAP, nested
 * arbitrarily (see {@link WriterSchema}). Other types are refused with an error naming the column.
 *
 * <p>Options: {@code compression} = zstd (default), snappy, gzip, uncompressed (or none); {@code
 * row_group_size} = rows per row group (default 122880).
 */
public final class ParquetWritableFormat implements WritableFormat {
  static final int DEFAULT_ROW_GROUP_SIZE = 122_880;
  private static final Set<String> OPTIONS = Set.of("compression", "row_group_size");
  private static final Map<String, Integer> CODECS =
      Map.of(
          "zstd", PageCompressor.ZSTD,
          "snappy", PageCompressor.SNAPPY,
          "gzip", PageCompressor.GZIP,
          "uncompressed", PageCompressor.UNCOMPRESSED,
          "none", PageCompressor.UNCOMPRESSED);

  @Override
  public String name() {
    return "parquet";
  }

  @Override
  public BatchWriter create(Path target, Schema schema, FormatOptions options, BufferAllocator allocator)
      throws IOException {
    for (String key : options.asMap().keySet()) {
      if (!OPTIONS.contains(key)) {
        throw new IllegalArgumentException(
            "Unknown option '" + key + "' for FORMAT parquet; accepted: " + String.join(", ", new TreeSet<>(OPTIONS)));
      }
    }
    String compression = options.get("compression", "zstd").trim().toLowerCase(Locale.ROOT);
    Integer codec = CODECS.get(compression);
    if (codec == null) {
      throw new IllegalArgumentException(
          "Option compression of FORMAT parquet does not accept '" + options.get("compression", "")
              + "'; accepted: " + String.join(", ", new TreeSet<>(CODECS.keySet())));
    }
    int rowGroupSize = options.getInt("row_group_size", DEFAULT_ROW_GROUP_SIZE);
    if (rowGroupSize <= 0) {
      throw new IllegalArgumentException(
          "Option row_group_size of FORMAT parquet expects a positive number of rows, got " + rowGroupSize);
    }
    return new ParquetBatchWriter(target, schema, codec, rowGroupSize, true);
  }
}
