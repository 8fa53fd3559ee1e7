package dev.quiver.adapters.parquet.metadata;

/**
 * A page header, v1 and v2 data pages and dictionary pages alike.
 *
 * @param type page type (see the constants)
 * @param uncompressedSize bytes after decompression (v2: levels included)
 * @param compressedSize bytes in the file after the header
 * @param numValues level entries (data pages) or dictionary entries
 * @param encoding the values' encoding
 * @param definitionEncoding v1 definition levels' encoding
 * @param repetitionEncoding v1 repetition levels' encoding
 * @param numRows v2 rows, or -1
 * @param definitionLength v2 bytes of definition levels
 * @param repetitionLength v2 bytes of repetition levels
 * @param compressed v2: whether the values section is compressed
 * @param headerSize bytes the header itself takes
 */
public record PageHeader(
    int type,
    int uncompressedSize,
    int compressedSize,
    int numValues,
    int encoding,
    int definitionEncoding,
    int repetitionEncoding,
    int numRows,
    int definitionLength,
    int repetitionLength,
    boolean compressed,
    int headerSize) {
  public static final int DATA_PAGE = 0;
  public static final int INDEX_PAGE = 1;
  public static final int DICTIONARY_PAGE = 2;
  public static final int DATA_PAGE_V2 = 3;
}
