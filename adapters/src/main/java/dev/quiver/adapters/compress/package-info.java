/**
 * Transparent gzip and zstd input for the text readers: a positional input over a plain file
 * channel, or over a decompressing stream that re-reads from the start when an earlier position
 * is needed.
 */
package dev.quiver.adapters.compress;
