/**
 * Hash aggregation: group ids computed for a whole batch, then one tight loop per accumulator;
 * state in primitive arrays charged to the query's allocator.
 */
package dev.quiver.engine.exec.aggregate;
