/**
 * The Parquet schema as a tree of columns, with the format's backward-compatibility rules for
 * LIST and MAP, mapped to Arrow fields.
 */
package dev.quiver.adapters.parquet.schema;
