/**
 * Reading row groups: column chunks read from disk, pages decoded, values written straight into
 * vectors for flat columns, nested vectors assembled from repetition and definition levels.
 */
package dev.quiver.adapters.parquet.read;
