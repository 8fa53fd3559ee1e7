/**
 * The engine as the JDBC driver sees it: a session per connection, prepared statements, streaming
 * results as Arrow batches, and column descriptions in JDBC terms. Nothing here exposes Calcite.
 */
package dev.quiver.engine.api;
