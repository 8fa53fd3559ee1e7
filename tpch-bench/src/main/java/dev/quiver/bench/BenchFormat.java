package dev.quiver.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * The file format a run reads: the generated CSV itself, or the same rows converted once by DuckDB
 * into Parquet (ZSTD or SNAPPY) or newline-delimited JSON, so that every format holds identical
 * data.
 */
enum BenchFormat {
  CSV("orders.csv", "read_csv", null),
  PARQUET("orders.parquet", "read_parquet", "(FORMAT PARQUET, COMPRESSION ZSTD)"),
  PARQUET_SNAPPY("orders.parquet", "read_parquet", "(FORMAT PARQUET, COMPRESSION SNAPPY)"),
  NDJSON("orders.ndjson", "read_json", "(FORMAT JSON)");

  private final String fileName;
  private final String duckDbReader;
  private final String duckDbCopyOptions;

  BenchFormat(String fileName, String duckDbReader, String duckDbCopyOptions) {
    this.fileName = fileName;
    this.duckDbReader = duckDbReader;
    this.duckDbCopyOptions = duckDbCopyOptions;
  }

  static BenchFormat parse(String name) {
    try {
      return valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "--format takes csv, parquet, parquet_snappy or ndjson, not " + name, e);
    }
  }

  String fileName() {
    return fileName;
  }

  /** DuckDB's SQL for a view {@code orders} over {@code file} in this format. */
  String duckDbView(Path file) {
    return "CREATE VIEW orders AS SELECT * FROM " + duckDbReader + "('"
        + file.toAbsolutePath().toString().replace("'", "''") + "')";
  }

  /**
   * The data file of this format for the CSV in {@code csvDir}: the CSV itself, or a converted
   * copy in a sibling directory (written by DuckDB to a temporary file, then renamed; reused when
   * present).
   */
  Path prepare(Path csvDir) throws IOException, SQLException {
    Path csv = csvDir.resolve(CSV.fileName);
    if (this == CSV) {
      return csv;
    }
    Path dir = csvDir.resolveSibling(csvDir.getFileName() + "-" + name().toLowerCase(Locale.ROOT));
    Path target = dir.resolve(fileName);
    if (Files.exists(target) && Files.getLastModifiedTime(target).compareTo(
        Files.getLastModifiedTime(csv)) >= 0) {
      return target;
    }
    Files.createDirectories(dir);
    Path temporary = dir.resolve("." + fileName + ".tmp");
    try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = duckdb.createStatement()) {
      statement.execute(
          "COPY (SELECT * FROM read_csv('" + csv.toAbsolutePath().toString().replace("'", "''")
              + "')) TO '" + temporary.toAbsolutePath().toString().replace("'", "''") + "' "
              + duckDbCopyOptions);
    }
    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    return target;
  }
}
