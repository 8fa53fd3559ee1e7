package dev.quiver.adapters;

import dev.quiver.adapters.csv.CsvFormat;
import dev.quiver.adapters.json.JsonFormat;
import dev.quiver.adapters.parquet.ParquetFormat;
import dev.quiver.adapters.spi.FileFormat;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The file formats Quiver reads, and which one reads a given file. */
public final class FileFormats {
  private static final List<FileFormat> ALL = List.of(new CsvFormat(), new ParquetFormat(), new JsonFormat());

  private FileFormats() {}

  /** The format that accepts {@code file} by its name, if any. */
  public static Optional<FileFormat> forFile(Path file) {
    for (FileFormat format : ALL) {
      if (format.accepts(file)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }

  /** Every known format. */
  public static List<FileFormat> all() {
    return ALL;
  }
}
