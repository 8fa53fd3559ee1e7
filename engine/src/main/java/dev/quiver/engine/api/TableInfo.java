package dev.quiver.engine.api;

import java.util.List;

/**
 * A table that a session can see, for {@code DatabaseMetaData.getTables/getColumns}.
 *
 * @param schema the schema name ({@link QuiverSession#DEFAULT_SCHEMA} for the directory)
 * @param name the table name as users write it
 * @param file the file behind it, as a display string
 * @param columns its columns with their inferred types
 */
public record TableInfo(String schema, String name, String file, List<ColumnInfo> columns) {}
