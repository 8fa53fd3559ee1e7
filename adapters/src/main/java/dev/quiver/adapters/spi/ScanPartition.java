package dev.quiver.adapters.spi;

import java.nio.file.Path;

/**
 * A piece of a file that one reader reads on its own.
 *
 * @param file the file
 * @param index position of this partition among its siblings, from 0
 * @param start first byte (inclusive) for byte-range formats, or a format-specific unit start
 * @param end last byte (exclusive), or {@code Long.MAX_VALUE} for "to the end"
 */
public record ScanPartition(Path file, int index, long start, long end) {
  public static ScanPartition wholeFile(Path file) {
    return new ScanPartition(file, 0, 0, Long.MAX_VALUE);
  }

  public boolean isWholeFile() {
    return start == 0 && end == Long.MAX_VALUE;
  }
}
