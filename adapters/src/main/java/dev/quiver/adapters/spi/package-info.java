/**
 * The contract between the engine and the file formats: a format infers a schema and opens
 * readers over partitions of a file, a reader fills a reused Arrow root batch by batch,
 * predicates may be pushed down, and writers write atomically. Errors about input are {@link
 * dev.quiver.adapters.spi.ReaderException}s with one message shape.
 */
package dev.quiver.adapters.spi;
