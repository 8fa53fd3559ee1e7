package dev.quiver.adapters.dataset;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the files of a dataset: every data file below a directory, or every file a glob matches.
 * Files and directories whose names start with {@code .} or {@code _} are skipped, as Spark,
 * Hive and pandas tools leave markers there ({@code _SUCCESS}, {@code .part-0.crc}). The result is
 * sorted, so a dataset reads its files in the same order every time.
 */
public final class DatasetFiles {
  private DatasetFiles() {}

  /** Whether {@code name} contains glob syntax ({@code * ? [ {}). */
  public static boolean isGlob(String name) {
    return name.indexOf('*') >= 0
        || name.indexOf('?') >= 0
        || name.indexOf('[') >= 0
        || name.indexOf('{') >= 0;
  }

  /** The data files below {@code directory}, recursively. */
  public static List<Path> list(Path directory) throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(directory)) {
      walk.filter(Files::isRegularFile)
          .filter(file -> !isHidden(directory, file))
          .forEach(files::add);
    }
    files.sort(null);
    return files;
  }

  /**
   * The files matching {@code glob}, an absolute path with glob syntax in some of its segments
   * ({@code /data/logs/2024-*.csv}, {@code /data/events/**}{@code /*.json}).
   */
  public static List<Path> glob(Path glob) throws IOException {
    Path base = globBase(glob);
    if (!Files.isDirectory(base)) {
      return List.of();
    }
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(base)) {
      walk.filter(Files::isRegularFile)
          .filter(matcher::matches)
          .filter(file -> !isHidden(base, file))
          .forEach(files::add);
    }
    files.sort(null);
    return files;
  }

  /** The longest leading part of {@code glob} without glob syntax: where the search starts. */
  public static Path globBase(Path glob) {
    Path base = glob.getRoot() == null ? Path.of("") : glob.getRoot();
    for (Path segment : glob) {
      if (isGlob(segment.toString())) {
        break;
      }
      base = base.resolve(segment);
    }
    return base;
  }

  private static boolean isHidden(Path root, Path file) {
    for (Path segment : root.relativize(file)) {
      String name = segment.toString();
      if (name.startsWith(".") || name.startsWith("_")) {
        return true;
      }
    }
    return false;
  }
}
