/**
 * Data generators and the side-by-side benchmark harness that runs the same SQL on Quiver and
 * DuckDB in one process and checks their answers; see docs/BENCHMARKS.md.
 */
package dev.quiver.bench;
