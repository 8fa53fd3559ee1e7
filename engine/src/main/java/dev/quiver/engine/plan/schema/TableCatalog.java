package dev.quiver.engine.plan.schema;

import dev.quiver.adapters.FileFormats;
import dev.quiver.adapters.dataset.DatasetFiles;
import dev.quiver.adapters.spi.FileFormat;
import dev.quiver.adapters.spi.FormatOptions;
import dev.quiver.adapters.spi.TableSchema;
import dev.quiver.engine.error.ErrorCode;
import dev.quiver.engine.error.QuiverException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns files into {@link FileTable}s, remembering each file's inferred schema until the file
 * changes (size or modification time) or is read with other options, so that sniffing runs once
 * per file version and not once per query.
 */
public final class TableCatalog {
  private record CacheKey(
      Path file, long size, long modifiedMillis, String format, Map<String, String> options) {}

  private final ConcurrentHashMap<CacheKey, FileTable> cache = new ConcurrentHashMap<>();
  private final FormatOptions defaultOptions;

  /**
   * @param defaultOptions reader options from the connection (e.g. {@code sample_size})
   */
  public TableCatalog(FormatOptions defaultOptions) {
    this.defaultOptions = defaultOptions;
  }

  /** How a table is read: a format chosen by the user (or null: by file name), and options. */
  public record ReadSpec(FileFormat format, FormatOptions options) {}

  /** Reading by file name with the connection's options. */
  public ReadSpec defaultRead() {
    return new ReadSpec(null, defaultOptions);
  }

  /** Reading with {@code format} (never null) and the connection's options overridden by {@code options}. */
  public ReadSpec readWith(FileFormat format, Map<String, String> options) {
    Map<String, String> merged = new HashMap<>(defaultOptions.asMap());
    merged.putAll(options);
    return new ReadSpec(format, new FormatOptions(merged));
  }

  /** The options a reader sees: the table-level ones ({@code filename}) removed. */
  static FormatOptions readerOptions(ReadSpec read) {
    Map<String, String> options = new HashMap<>(read.options().asMap());
    options.remove(DatasetTables.FILENAME_OPTION);
    return new FormatOptions(options);
  }

  /** The table of a file, a directory (a dataset) or a glob, read by file name. */
  public FileTable tableAt(Path path) {
    return tableAt(path, defaultRead());
  }

  /** The table of a file, a directory (a dataset) or a glob, read as {@code read} says. */
  public FileTable tableAt(Path path, ReadSpec read) {
    if (read.options().asMap().containsKey(DatasetTables.FILENAME_OPTION)) {
      // A file name column is a dataset's partition column: read even one file as a dataset.
      List<Path> files =
          DatasetFiles.isGlob(path.toString()) || Files.isDirectory(path) ? null : List.of(path);
      if (files != null) {
        if (!Files.exists(path)) {
          throw new QuiverException(ErrorCode.IO_ERROR, "File not found: " + path);
        }
        Path parent = path.toAbsolutePath().getParent();
        return DatasetTables.build(path.toString(), parent, files, this, read);
      }
    }
    if (DatasetFiles.isGlob(path.toString())) {
      return glob(path, read);
    }
    if (Files.isDirectory(path)) {
      return directory(path, read);
    }
    return table(path, read);
  }

  private FileTable directory(Path directory, ReadSpec read) {
    try {
      return DatasetTables.build(
          directory.toString(), directory, DatasetFiles.list(directory), this, read);
    } catch (IOException e) {
      throw new QuiverException(ErrorCode.IO_ERROR, "Cannot list " + directory + ": " + e, e);
    }
  }

  private FileTable glob(Path glob, ReadSpec read) {
    try {
      List<Path> files = DatasetFiles.glob(glob);
      if (files.isEmpty()) {
        throw new QuiverException(ErrorCode.IO_ERROR, "No file matches " + glob);
      }
      return DatasetTables.build(glob.toString(), DatasetFiles.globBase(glob), files, this, read);
    } catch (IOException e) {
      throw new QuiverException(ErrorCode.IO_ERROR, "Cannot list " + glob + ": " + e, e);
    }
  }

  /** Whether some format reads {@code file} (by its name). */
  public boolean isTableFile(Path file) {
    return FileFormats.forFile(file).isPresent() && Files.isRegularFile(file);
  }

  /** The format that reads {@code file}: the one {@code read} names, else by file name. */
  static FileFormat formatFor(Path file, ReadSpec read) {
    if (read.format() != null) {
      return read.format();
    }
    return FileFormats.forFile(file)
        .orElseThrow(
            () ->
                new QuiverException(
                    ErrorCode.SYNTAX_OR_BINDING,
                    "No reader for file '" + file + "': Quiver reads "
                        + String.join(", ", FileFormats.all().stream().map(f -> f.name()).toList())
                        + " files"));
  }

  /**
   * The table of one file, inferring its schema if this version of the file (or these options)
   * is new.
   *
   * @throws QuiverException naming the file when it is missing, of no known format, or unreadable
   */
  FileTable table(Path file, ReadSpec read) {
    FileFormat format = formatFor(file, read);
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      throw new QuiverException(ErrorCode.IO_ERROR, "File not found: " + file, e);
    } catch (IOException e) {
      throw new QuiverException(ErrorCode.IO_ERROR, "Cannot read file " + file + ": " + e, e);
    }
    CacheKey key =
        new CacheKey(
            file,
            attributes.size(),
            attributes.lastModifiedTime().toMillis(),
            format.name(),
            read.options().asMap());
    FileTable cached = cache.get(key);
    if (cached != null) {
      return cached;
    }
    TableSchema schema;
    try {
      schema = format.inferSchema(file, readerOptions(read));
    } catch (IOException e) {
      throw new QuiverException(ErrorCode.BAD_INPUT, e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new QuiverException(ErrorCode.USER_ERROR, e.getMessage(), e);
    }
    FileTable table = FileTable.ofFile(file, format, schema, attributes.size());
    // Forget older versions of this file (other options for the same version stay).
    cache.keySet()
        .removeIf(
            old ->
                old.file().equals(file)
                    && (old.size() != key.size() || old.modifiedMillis() != key.modifiedMillis()));
    cache.put(key, table);
    return table;
  }
}
