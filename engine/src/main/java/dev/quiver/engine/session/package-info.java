/**
 * The session implementation: preparing and executing queries, COPY, DESCRIBE and EXPLAIN
 * ANALYZE, and streaming results to the driver.
 */
package dev.quiver.engine.session;
