/**
 * Tables from files: a directory as a schema, files, directories and globs as tables, cached
 * inferred schemas, datasets, and the read_csv/read_json/read_parquet table functions.
 */
package dev.quiver.engine.plan.schema;
