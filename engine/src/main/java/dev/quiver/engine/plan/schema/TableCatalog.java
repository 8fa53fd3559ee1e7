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
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns files into {@link FileTable}s, remembering each file's inferred schema until the file
 * changes (size or modification time), so that sniffing runs once per file version and not once
 * per query.
 */
public final class TableCatalog {
  private record CacheKey(Path file, long size, long modifiedMillis) {}

  private final ConcurrentHashMap<CacheKey, FileTable> cache = new ConcurrentHashMap<>();
  private final FormatOptions options;

  public TableCatalog(FormatOptions options) {
    this.options = options;
  }

  /**
   * The table of every data file below {@code directory}, with Hive-style partition columns
   * (see {@link DatasetTables}).
   */
  public FileTable directory(Path directory) {
    try {
      return DatasetTables.build(
          directory.toString(), directory, DatasetFiles.list(directory), this);
    } catch (IOException e) {
      throw new QuiverException(ErrorCode.IO_ERROR, "Cannot list " + directory + ": " + e, e);
    }
  }

  /** The table of every file {@code glob} matches (an absolute path with glob syntax). */
  public FileTable glob(Path glob) {
    try {
      List<Path> files = DatasetFiles.glob(glob);
      if (files.isEmpty()) {
        throw new QuiverException(ErrorCode.IO_ERROR, "No file matches " + glob);
      }
      return DatasetTables.build(glob.toString(), DatasetFiles.globBase(glob), files, this);
    } catch (IOException e) {
      throw new QuiverException(ErrorCode.IO_ERROR, "Cannot list " + glob + ": " + e, e);
    }
  }

  /** Whether some format reads {@code file} (by its name). */
  public boolean isTableFile(Path file) {
    return FileFormats.forFile(file).isPresent() && Files.isRegularFile(file);
  }

  /**
   * The table for {@code file}, inferring its schema if this version of the file is new.
   *
   * @throws QuiverException naming the file when it is missing, of no known format, or unreadable
   */
  public FileTable table(Path file) {
    Optional<FileFormat> format = FileFormats.forFile(file);
    if (format.isEmpty()) {
      throw new QuiverException(
          ErrorCode.SYNTAX_OR_BINDING,
          "No reader for file '" + file + "': Quiver reads "
              + String.join(", ", FileFormats.all().stream().map(f -> f.name()).toList())
              + " files");
    }
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      throw new QuiverException(ErrorCode.IO_ERROR, "File not found: " + file, e);
    } catch (IOException e) {
      throw new QuiverException(ErrorCode.IO_ERROR, "Cannot read file " + file + ": " + e, e);
    }
    CacheKey key =
        new CacheKey(file, attributes.size(), attributes.lastModifiedTime().toMillis());
    FileTable cached = cache.get(key);
    if (cached != null) {
      return cached;
    }
    TableSchema schema;
    try {
      schema = format.get().inferSchema(file, options);
    } catch (IOException e) {
      throw new QuiverException(ErrorCode.BAD_INPUT, e.getMessage(), e);
    }
    FileTable table = FileTable.ofFile(file, format.get(), schema, attributes.size());
    cache.keySet().removeIf(old -> old.file().equals(file));
    cache.put(key, table);
    return table;
  }
}
