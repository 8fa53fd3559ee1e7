package dev.quiver.adapters.spi;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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

  /**
   * {@code file} of {@code size} bytes cut into at most {@code maxPartitions} equal byte ranges of
   * at least {@code minPartitionBytes} each; the last one runs to the end. Line-oriented formats
   * use it and let each reader start at the first line beginning in its range.
   */
  public static List<ScanPartition> byteRanges(
      Path file, long size, int maxPartitions, long minPartitionBytes) {
    long count = Math.min(maxPartitions, size / Math.max(1, minPartitionBytes));
    if (count <= 1) {
      return List.of(wholeFile(file));
    }
    List<ScanPartition> partitions = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      long start = size * i / count;
      long end = i == count - 1 ? Long.MAX_VALUE : size * (i + 1) / count;
      partitions.add(new ScanPartition(file, i, start, end));
    }
    return partitions;
  }

  public boolean isWholeFile() {
    return start == 0 && end == Long.MAX_VALUE;
  }
}
