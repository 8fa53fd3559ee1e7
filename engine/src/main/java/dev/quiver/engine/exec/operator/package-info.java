/**
 * The operators: scan (single or parallel partitions), filter, project, hash aggregate, sort and
 * top-N, limit, gather of parallel pipelines, literal rows, and the source that turns Calcite's
 * rows into batches.
 */
package dev.quiver.engine.exec.operator;
