package dev.quiver.engine.plan.schema;

import com.google.common.collect.ImmutableMultimap;
import com.google.common.collect.Multimap;
import dev.quiver.adapters.FileFormats;
import dev.quiver.adapters.compress.Compression;
import dev.quiver.adapters.dataset.DatasetFiles;
import dev.quiver.adapters.spi.FileFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.calcite.linq4j.function.Predicate1;
import org.apache.calcite.schema.Function;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.impl.AbstractSchema;
import org.apache.calcite.schema.lookup.LikePattern;
import org.apache.calcite.schema.lookup.Lookup;
import org.apache.calcite.schema.lookup.Named;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * The tables of one directory: every file a format reads is a table named by its file stem
 * ({@code server_logs.csv} is {@code server_logs}), every sub-directory is a table of the files
 * below it (a dataset), and a name that is a path ({@code "logs/2024-01.csv"}, {@code "logs/"},
 * {@code "logs/2024-*.csv"}, relative to the directory, or absolute) is a table too.
 *
 * <p>The directory is listed on every lookup, so files added or removed while a connection is open
 * are seen by the next statement. Without a directory ({@code jdbc:quiver:} alone) only absolute
 * paths resolve.
 */
public final class DirectorySchema extends AbstractSchema {
  private final Path directory;
  private final TableCatalog catalog;

  /**
   * @param directory the directory, or null for none
   */
  public DirectorySchema(Path directory, TableCatalog catalog) {
    this.directory = directory;
    this.catalog = catalog;
  }

  public Path directory() {
    return directory;
  }

  /**
   * The table functions: {@code read_csv}, {@code read_parquet} and {@code read_json}, one per
   * format, each with that format's options as named arguments.
   */
  @Override
  protected Multimap<String, Function> getFunctionMultimap() {
    ImmutableMultimap.Builder<String, Function> functions = ImmutableMultimap.builder();
    for (FileFormat format : FileFormats.all()) {
      functions.put(
          "read_" + format.name(),
          new ReadFileFunction(format, READ_OPTIONS.get(format.name()), this, catalog));
    }
    return functions.build();
  }

  /**
   * The named options of each read_ function, as the readers understand them, in the order they
   * may also be given by position (new options go at the end, so positions never change).
   */
  private static final Map<String, List<ReadFileFunction.Option>> READ_OPTIONS =
      Map.of(
          "csv",
          List.of(
              new ReadFileFunction.Option("delim", SqlTypeName.VARCHAR),
              new ReadFileFunction.Option("header", SqlTypeName.BOOLEAN),
              new ReadFileFunction.Option("quote", SqlTypeName.VARCHAR),
              new ReadFileFunction.Option("sample_size", SqlTypeName.INTEGER),
              new ReadFileFunction.Option("filename", SqlTypeName.BOOLEAN),
              new ReadFileFunction.Option("ignore_errors", SqlTypeName.BOOLEAN),
              new ReadFileFunction.Option("rejects_file", SqlTypeName.VARCHAR),
              new ReadFileFunction.Option("types", SqlTypeName.VARCHAR),
              new ReadFileFunction.Option("escape", SqlTypeName.VARCHAR),
              new ReadFileFunction.Option("dateformat", SqlTypeName.VARCHAR),
              new ReadFileFunction.Option("timestampformat", SqlTypeName.VARCHAR),
              new ReadFileFunction.Option("columns", SqlTypeName.VARCHAR)),
          "json",
          List.of(
              new ReadFileFunction.Option("sample_size", SqlTypeName.INTEGER),
              new ReadFileFunction.Option("filename", SqlTypeName.BOOLEAN),
              new ReadFileFunction.Option("ignore_errors", SqlTypeName.BOOLEAN),
              new ReadFileFunction.Option("rejects_file", SqlTypeName.VARCHAR),
              new ReadFileFunction.Option("format", SqlTypeName.VARCHAR),
              new ReadFileFunction.Option("columns", SqlTypeName.VARCHAR)),
          "parquet",
          List.of(new ReadFileFunction.Option("filename", SqlTypeName.BOOLEAN)));

  /**
   * The option names of the table function {@code function} ({@code read_csv}, any case), or null
   * when it is not one of the read_ functions.
   */
  public static List<String> readOptionNames(String function) {
    String lower = function.toLowerCase(java.util.Locale.ROOT);
    if (!lower.startsWith("read_")) {
      return null;
    }
    List<ReadFileFunction.Option> options = READ_OPTIONS.get(lower.substring("read_".length()));
    return options == null ? null : options.stream().map(ReadFileFunction.Option::name).toList();
  }

  @Override
  public Lookup<Table> tables() {
    return new Lookup<>() {
      @Override
      public Table get(String name) {
        Path stemFile = listTableFiles().get(name);
        if (stemFile != null) {
          return tableAt(stemFile);
        }
        Path path = resolvePath(name);
        return path == null ? null : tableAt(path);
      }

      @Override
      public Named<Table> getIgnoreCase(String name) {
        TreeMap<String, Path> files = listTableFiles();
        if (files.containsKey(name)) {
          return new Named<>(name, tableAt(files.get(name)));
        }
        for (var entry : files.entrySet()) {
          if (entry.getKey().equalsIgnoreCase(name)) {
            return new Named<>(entry.getKey(), tableAt(entry.getValue()));
          }
        }
        Path path = resolvePath(name);
        return path == null ? null : new Named<>(name, tableAt(path));
      }

      @Override
      public Set<String> getNames(LikePattern pattern) {
        Predicate1<String> matcher = pattern.matcher();
        Set<String> names = new java.util.TreeSet<>();
        for (String name : listTableFiles().keySet()) {
          if (matcher.apply(name)) {
            names.add(name);
          }
        }
        return names;
      }
    };
  }

  /** The table of a file, of a directory (a dataset), or of a glob. */
  private Table tableAt(Path path) {
    return catalog.tableAt(path);
  }

  /**
   * Resolves a path a user wrote (relative to the directory, or absolute) for a table function
   * such as {@code read_csv('logs/*.csv')}.
   */
  public Path resolve(String path) {
    Path resolved = Path.of(path);
    if (!resolved.isAbsolute() && directory != null) {
      resolved = directory.resolve(resolved);
    }
    return resolved.toAbsolutePath().normalize();
  }

  /**
   * Table names to paths: file stems for the data files directly in the directory, and names of
   * its sub-directories (each a dataset).
   */
  public TreeMap<String, Path> listTableFiles() {
    TreeMap<String, Path> tables = new TreeMap<>();
    if (directory == null) {
      return tables;
    }
    List<Path> files = new ArrayList<>();
    try (Stream<Path> entries = Files.list(directory)) {
      entries.forEach(files::add);
    } catch (IOException e) {
      return tables;
    }
    Collections.sort(files);
    for (Path file : files) {
      String name = file.getFileName().toString();
      if (name.startsWith(".") || name.startsWith("_")) {
        continue;
      }
      if (catalog.isTableFile(file)) {
        // Sorted order makes a clash (orders.csv and orders.tsv) resolve the same way every time.
        tables.putIfAbsent(stem(file), file);
      } else if (Files.isDirectory(file)) {
        tables.putIfAbsent(name, file);
      }
    }
    return tables;
  }

  /** A name that looks like a path to a readable table file, resolved; otherwise null. */
  private Path resolvePath(String name) {
    if (!looksLikePath(name)) {
      return null;
    }
    Path path = Path.of(name);
    if (!path.isAbsolute()) {
      if (directory == null) {
        return null;
      }
      path = directory.resolve(path);
    }
    path = path.normalize();
    // A missing file of a known format still resolves, so the user gets "File not found: ..."
    // instead of "Object not found".
    return DatasetFiles.isGlob(name) || Files.isDirectory(path) || catalog.isTableFile(path)
            || !Files.exists(path)
        ? path
        : null;
  }

  private static boolean looksLikePath(String name) {
    return name.contains("/")
        || name.contains("\\")
        || DatasetFiles.isGlob(name)
        || FileFormats.forFile(Path.of(name)).isPresent();
  }

  static String stem(Path file) {
    // events.ndjson.gz is "events": the compression suffix goes first, then the format's.
    String name = Compression.uncompressedName(file);
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
