package dev.quiver.bench;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/**
 * The small {@code <file>.meta} written after a data file is complete: it records how the file was
 * made, so a later run can reuse the file only when rows, seed, format and size all still match.
 *
 * @param formatVersion bumped whenever the generator's output changes for the same seed
 * @param rows data rows (header excluded)
 * @param seed the generator seed
 * @param bytes the data file's size in bytes
 */
record GeneratedFileMarker(int formatVersion, long rows, long seed, long bytes) {

  static final String SUFFIX = ".meta";

  static Path markerPath(Path dataFile) {
    return dataFile.resolveSibling(dataFile.getFileName() + SUFFIX);
  }

  /** The marker next to the data file, or null when it is absent or unreadable. */
  static GeneratedFileMarker read(Path dataFile) {
    Path marker = markerPath(dataFile);
    if (!Files.isRegularFile(marker)) {
      return null;
    }
    try {
      Properties properties = new Properties();
      properties.load(new StringReader(Files.readString(marker, StandardCharsets.UTF_8)));
      return new GeneratedFileMarker(
          Integer.parseInt(properties.getProperty("format")),
          Long.parseLong(properties.getProperty("rows")),
          Long.parseLong(properties.getProperty("seed")),
          Long.parseLong(properties.getProperty("bytes")));
    } catch (IOException | RuntimeException unreadable) {
      return null;
    }
  }

  /** True when the data file exists and has the size this marker recorded. */
  boolean describes(Path dataFile) throws IOException {
    return Files.isRegularFile(dataFile) && Files.size(dataFile) == bytes;
  }

  /** Writes the marker through a temporary file and a rename, so it is never seen half-written. */
  void write(Path dataFile) throws IOException {
    Path marker = markerPath(dataFile);
    Path temporary = marker.resolveSibling(marker.getFileName() + ".tmp");
    String text =
        "format=" + formatVersion + "\nrows=" + rows + "\nseed=" + seed + "\nbytes=" + bytes + "\n";
    Files.writeString(temporary, text, StandardCharsets.UTF_8);
    Files.move(
        temporary, marker, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  static void delete(Path dataFile) throws IOException {
    Files.deleteIfExists(markerPath(dataFile));
  }
}
