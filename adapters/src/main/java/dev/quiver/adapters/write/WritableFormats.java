package dev.quiver.adapters.write;

import dev.quiver.adapters.spi.WritableFormat;
import java.util.List;
import java.util.Optional;

/** TEMPORARY stand-in; replaced by the writers branch. */
public final class WritableFormats {
  private WritableFormats() {}

  public static Optional<WritableFormat> byName(String name) {
    return Optional.empty();
  }

  public static List<WritableFormat> all() {
    return List.of();
  }
}
