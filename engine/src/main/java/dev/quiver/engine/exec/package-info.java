/**
 * The runtime: operators pull batches (Arrow vectors plus a selection) from their children; an
 * execution context carries the query's allocator, parameters and cancel flag.
 */
package dev.quiver.engine.exec;
