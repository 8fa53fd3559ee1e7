package dev.quiver.engine.plan.schema;

import dev.quiver.adapters.FileFormats;
import dev.quiver.adapters.dataset.HivePartitions;
import dev.quiver.adapters.spi.FileFormat;
import dev.quiver.adapters.spi.TableSchema;
import dev.quiver.engine.error.ErrorCode;
import dev.quiver.engine.error.QuiverException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Builds the table of a dataset: several files of one format read as one table.
 *
 * <p>Rules, chosen so that no row is lost and no value silently changes:
 *
 * <ul>
 *   <li>Every file a format reads takes part; other files (a README, a {@code .crc}) are skipped.
 *       Files of two formats in one dataset are an error.
 *   <li>All files must have the same columns, by name and in order; otherwise the error names
 *       both files and their columns.
 *   <li>Types are inferred per file (for up to {@value #MAX_INFERRED_FILES} files spread over the
 *       dataset) and widened where they differ: INTEGER to BIGINT to DOUBLE, DATE to TIMESTAMP,
 *       and, for CSV, anything else to VARCHAR. Files that were not sampled are read with the
 *       widened types; a value that does not fit fails the query naming the file and line.
 *   <li>Hive-style directories ({@code year=2024/}) become columns after the files' columns,
 *       BIGINT when every value is an integer, VARCHAR otherwise. Every file must have the same
 *       partition keys. With the option {@code filename=true} a last column {@code filename}
 *       holds each row's file.
 * </ul>
 */
final class DatasetTables {
  /** The option that adds a column with each row's file: {@code read_csv('*.csv', filename => true)}. */
  static final String FILENAME_OPTION = "filename";

  /** Files whose schemas are inferred; more files are sampled evenly across the dataset. */
  static final int MAX_INFERRED_FILES = 32;

  private DatasetTables() {}

  static FileTable build(
      String displayName,
      Path root,
      List<Path> candidates,
      TableCatalog catalog,
      TableCatalog.ReadSpec read) {
    List<Path> files = new ArrayList<>();
    Set<String> formatNames = new LinkedHashSet<>();
    FileFormat format = read.format();
    for (Path file : candidates) {
      if (read.format() != null) {
        files.add(file); // the user named the format: every file is read with it
        continue;
      }
      var fileFormat = FileFormats.forFile(file);
      if (fileFormat.isPresent()) {
        files.add(file);
        formatNames.add(fileFormat.get().name());
        format = fileFormat.get();
      }
    }
    if (files.isEmpty()) {
      throw new QuiverException(
          ErrorCode.IO_ERROR,
          "No data files in " + displayName + " (Quiver reads "
              + String.join(", ", FileFormats.all().stream().map(FileFormat::name).toList())
              + " files)");
    }
    if (formatNames.size() > 1) {
      throw new QuiverException(
          ErrorCode.BAD_INPUT,
          "The dataset " + displayName + " mixes formats " + formatNames
              + "; a dataset reads files of one format. Query the files by a glob instead,"
              + " e.g. \"" + displayName + "/*.csv\"");
    }
    List<Integer> sampled = sampleIndexes(files.size());
    List<TableSchema> schemas = new ArrayList<>();
    for (int index : sampled) {
      schemas.add(catalog.table(files.get(index), read).tableSchema());
    }
    Schema fileSchema = mergeSchemas(displayName, files, sampled, schemas, format.name());
    PartitionColumns partitions =
        PartitionColumns.of(displayName, root, files, read.options().asMap().containsKey(FILENAME_OPTION)
            && Boolean.parseBoolean(read.options().asMap().get(FILENAME_OPTION)));

    List<FileTable.DataFile> dataFiles = new ArrayList<>();
    long totalBytes = 0;
    for (int i = 0; i < files.size(); i++) {
      int sampleIndex = sampled.indexOf(i);
      // A file that was not sampled is sniffed when opened, with the read's options (escape,
      // dateformat, ...), so that it is read as the sampled ones are.
      Object formatState =
          sampleIndex >= 0
              ? schemas.get(sampleIndex).formatState()
              : TableCatalog.readerOptions(read);
      dataFiles.add(
          new FileTable.DataFile(
              files.get(i),
              new TableSchema(fileSchema, List.of(), formatState),
              partitions.values().get(i)));
      totalBytes += sizeOf(files.get(i));
    }
    List<Field> allFields = new ArrayList<>(fileSchema.getFields());
    allFields.addAll(partitions.fields());
    List<String> notes = new ArrayList<>();
    notes.add(files.size() + " " + format.name() + " files, schemas inferred from "
        + sampled.size());
    return new FileTable(
        displayName,
        format,
        dataFiles,
        new TableSchema(new Schema(allFields), notes, null),
        fileSchema.getFields().size(),
        totalBytes);
  }

  /** Every index when there are few files; else evenly spread ones, always the first and last. */
  static List<Integer> sampleIndexes(int fileCount) {
    List<Integer> indexes = new ArrayList<>();
    if (fileCount <= MAX_INFERRED_FILES) {
      for (int i = 0; i < fileCount; i++) {
        indexes.add(i);
      }
      return indexes;
    }
    for (int k = 0; k < MAX_INFERRED_FILES; k++) {
      indexes.add((int) ((long) k * (fileCount - 1) / (MAX_INFERRED_FILES - 1)));
    }
    return indexes;
  }

  private static Schema mergeSchemas(
      String displayName,
      List<Path> files,
      List<Integer> sampled,
      List<TableSchema> schemas,
      String formatName) {
    List<Field> merged = new ArrayList<>(schemas.get(0).arrowSchema().getFields());
    for (int s = 1; s < schemas.size(); s++) {
      List<Field> fields = schemas.get(s).arrowSchema().getFields();
      if (!names(fields).equals(names(merged))) {
        throw new QuiverException(
            ErrorCode.BAD_INPUT,
            "Files of the dataset " + displayName + " have different columns: "
                + files.get(sampled.get(0)) + " has " + names(merged) + ", "
                + files.get(sampled.get(s)) + " has " + names(fields)
                + ". Every file of a dataset needs the same columns in the same order.");
      }
      for (int c = 0; c < merged.size(); c++) {
        if (hasNoValues(fields.get(c))) {
          continue; // an all-empty column says nothing about the type
        }
        if (hasNoValues(merged.get(c))) {
          merged.set(c, fields.get(c));
          continue;
        }
        ArrowType widened =
            widen(merged.get(c).getType(), fields.get(c).getType(), formatName.equals("csv"));
        if (widened == null) {
          throw new QuiverException(
              ErrorCode.BAD_INPUT,
              "Column '" + merged.get(c).getName() + "' of the dataset " + displayName
                  + " is " + merged.get(c).getType() + " in " + files.get(sampled.get(0))
                  + " but " + fields.get(c).getType() + " in " + files.get(sampled.get(s))
                  + "; Quiver cannot combine these types yet.");
        }
        if (!widened.equals(merged.get(c).getType())) {
          merged.set(c, new Field(merged.get(c).getName(), FieldType.nullable(widened), null));
        }
      }
    }
    return new Schema(merged);
  }

  private static boolean hasNoValues(Field field) {
    return field.getMetadata() != null
        && "true".equals(field.getMetadata().get(TableSchema.NO_VALUES_METADATA));
  }

  private static List<String> names(List<Field> fields) {
    return fields.stream().map(Field::getName).toList();
  }

  /** The type both can be read as, or null when there is none. */
  private static ArrowType widen(ArrowType a, ArrowType b, boolean textFallback) {
    if (a.equals(b)) {
      return a;
    }
    boolean aInt = a instanceof ArrowType.Int;
    boolean bInt = b instanceof ArrowType.Int;
    if (aInt && bInt) {
      return new ArrowType.Int(64, true);
    }
    boolean aNumber = aInt || a instanceof ArrowType.FloatingPoint;
    boolean bNumber = bInt || b instanceof ArrowType.FloatingPoint;
    if (aNumber && bNumber) {
      return new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE);
    }
    boolean aTime = a instanceof ArrowType.Date || a instanceof ArrowType.Timestamp;
    boolean bTime = b instanceof ArrowType.Date || b instanceof ArrowType.Timestamp;
    if (aTime && bTime) {
      return a instanceof ArrowType.Timestamp ? a : b;
    }
    return textFallback ? ArrowType.Utf8.INSTANCE : null;
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }

  /** The partition columns of a dataset and each file's values. */
  private record PartitionColumns(List<Field> fields, List<List<Object>> values) {
    static PartitionColumns of(
        String displayName, Path root, List<Path> files, boolean withFilename) {
      List<Map<String, String>> perFile = new ArrayList<>();
      for (Path file : files) {
        perFile.add(HivePartitions.of(root, file));
      }
      List<String> keys = new ArrayList<>(perFile.get(0).keySet());
      boolean[] integers = new boolean[keys.size()];
      java.util.Arrays.fill(integers, true);
      for (int f = 0; f < files.size(); f++) {
        if (!new ArrayList<>(perFile.get(f).keySet()).equals(keys)) {
          throw new QuiverException(
              ErrorCode.BAD_INPUT,
              "Files of the dataset " + displayName + " have different partition directories: "
                  + files.get(0) + " has " + keys + ", " + files.get(f) + " has "
                  + perFile.get(f).keySet());
        }
        for (int k = 0; k < keys.size(); k++) {
          String value = perFile.get(f).get(keys.get(k));
          if (value != null && !value.matches("-?\\d{1,18}")) {
            integers[k] = false;
          }
        }
      }
      List<Field> fields = new ArrayList<>();
      for (int k = 0; k < keys.size(); k++) {
        ArrowType type = integers[k] ? new ArrowType.Int(64, true) : ArrowType.Utf8.INSTANCE;
        fields.add(new Field(keys.get(k), FieldType.nullable(type), null));
      }
      if (withFilename) {
        fields.add(new Field(FILENAME_OPTION, FieldType.nullable(ArrowType.Utf8.INSTANCE), null));
      }
      List<List<Object>> values = new ArrayList<>();
      for (int f = 0; f < files.size(); f++) {
        Map<String, String> fileValues = perFile.get(f);
        List<Object> row = new ArrayList<>();
        for (int k = 0; k < keys.size(); k++) {
          String value = fileValues.get(keys.get(k));
          row.add(value == null ? null : integers[k] ? (Object) Long.parseLong(value) : value);
        }
        if (withFilename) {
          row.add(files.get(f).toString());
        }
        values.add(row);
      }
      return new PartitionColumns(fields, values);
    }
  }
}
