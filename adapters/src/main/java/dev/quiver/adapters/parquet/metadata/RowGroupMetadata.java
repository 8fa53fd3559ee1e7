package dev.quiver.adapters.parquet.metadata;

import java.util.List;

/** One row group: its rows and its column chunks, in schema leaf order. */
public record RowGroupMetadata(List<ColumnChunkMetadata> columns, long numRows) {}
