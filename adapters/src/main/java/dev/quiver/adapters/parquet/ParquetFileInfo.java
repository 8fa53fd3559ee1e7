package dev.quiver.adapters.parquet;

import dev.quiver.adapters.parquet.metadata.FileMetadata;
import dev.quiver.adapters.parquet.schema.ParquetSchema;

/**
 * What the footer says about a file: metadata, the column tree, and the file's size when read.
 * Kept as {@link dev.quiver.adapters.spi.TableSchema#formatState()} so readers do not decode the
 * footer again.
 */
public record ParquetFileInfo(FileMetadata metadata, ParquetSchema schema, long fileSize,
    long footerStart) {}
