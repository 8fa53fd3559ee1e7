package dev.quiver.adapters.write;

import dev.quiver.adapters.spi.WritableFormat;
import dev.quiver.adapters.write.parquet.ParquetWritableFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The formats {@code COPY ... TO} can write, by name. */
public final class WritableFormats {
  private static final List<WritableFormat> ALL =
      List.of(new CsvWritableFormat(), new JsonWritableFormat(), new ParquetWritableFormat());

  private WritableFormats() {}

  /** The format called {@code name} (any letter case), if any. */
  public static Optional<WritableFormat> byName(String name) {
    String lower = name.trim().toLowerCase(Locale.ROOT);
    for (WritableFormat format : ALL) {
      if (format.name().equals(lower)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }

  /** Every writable format. */
  public static List<WritableFormat> all() {
    return ALL;
  }
}
