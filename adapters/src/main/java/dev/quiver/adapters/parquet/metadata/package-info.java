/**
 * The Parquet footer and page headers as plain records, parsed from Thrift.
 */
package dev.quiver.adapters.parquet.metadata;
