/**
 * Work on string columns that come as dictionary codes ({@link
 * dev.quiver.adapters.spi.DictionaryColumn}): a condition on one such column is evaluated once
 * per dictionary entry and rows are selected by their code. Depends on {@code exec} and {@code
 * expr}; operators call in here when a batch column is coded and fall back to plain values when it
 * is not.
 */
package dev.quiver.engine.exec.dictionary;
