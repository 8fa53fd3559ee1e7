/**
 * The CSV reader: dialect and header sniffing, type inference from a sample spread over the whole
 * file, a tokenizer that records field boundaries for projected columns only, and one decoder per
 * column type writing straight into Arrow vectors. Bad rows either fail with file, line and
 * column, or with ignore_errors go to a rejects file.
 */
package dev.quiver.adapters.csv;
