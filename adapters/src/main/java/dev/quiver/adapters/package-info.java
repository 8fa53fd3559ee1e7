/**
 * File formats turned into Arrow batches, and back. {@link dev.quiver.adapters.FileFormats} finds
 * the reader for a file; the SPI lives in {@code spi}, one package per format beside it. Depends
 * on Arrow only, never on Calcite, so readers can be tested with nothing but files.
 */
package dev.quiver.adapters;
