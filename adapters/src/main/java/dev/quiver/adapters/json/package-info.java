/**
 * The JSON reader: newline-delimited JSON and arrays of objects, schema inference from a sample
 * spread over the file (nested objects as structs, arrays as lists), a byte-level tokenizer, and
 * writers into Arrow vectors; nothing is built for keys the query does not read.
 */
package dev.quiver.adapters.json;
