package dev.quiver.adapters.compress;

import io.airlift.compress.zstd.ZstdInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * How a text data file is compressed, judged by its last extension ({@code events.ndjson.gz} is
 * gzip, {@code events.ndjson} is not compressed), and how to decompress it as a stream.
 */
public enum Compression {
  NONE("", "uncompressed"),
  /** One or more gzip members one after another (as {@code cat a.gz b.gz} makes). */
  GZIP(".gz", "gzip"),
  /** One or more Zstandard frames, decompressed as a stream by aircompressor (pure Java). */
  ZSTD(".zst", "zstd");

  /** Bytes the gzip inflater reads from the file at a time. */
  private static final int GZIP_INPUT_BUFFER_BYTES = 64 << 10;

  private final String suffix;
  private final String displayName;

  Compression(String suffix, String displayName) {
    this.suffix = suffix;
    this.displayName = displayName;
  }

  /** The compression of {@code file}, by its name (any letter case). */
  public static Compression of(Path file) {
    Path name = file.getFileName();
    if (name == null) {
      return NONE;
    }
    String lower = name.toString().toLowerCase(Locale.ROOT);
    for (Compression compression : values()) {
      if (compression != NONE && lower.endsWith(compression.suffix)) {
        return compression;
      }
    }
    return NONE;
  }

  /**
   * The file's name without a compression suffix: {@code events.ndjson.gz} gives {@code
   * events.ndjson}, {@code orders.csv} stays {@code orders.csv}. Formats judge the data's own
   * extension on this name, and a table's name is its stem.
   */
  public static String uncompressedName(Path file) {
    Path name = file.getFileName();
    if (name == null) {
      return "";
    }
    String text = name.toString();
    Compression compression = of(file);
    return text.substring(0, text.length() - compression.suffix.length());
  }

  /** Lower-case name for messages: "gzip", "zstd". */
  public String displayName() {
    return displayName;
  }

  /** Wraps {@code raw} (the file's bytes) in a decompressing stream. */
  InputStream decompress(InputStream raw) throws IOException {
    switch (this) {
      case GZIP:
        return new GZIPInputStream(raw, GZIP_INPUT_BUFFER_BYTES);
      case ZSTD:
        return new ZstdInputStream(raw);
      default:
        return raw;
    }
  }
}
