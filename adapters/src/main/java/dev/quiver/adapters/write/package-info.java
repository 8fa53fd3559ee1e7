/**
 * Writers for COPY ... TO: CSV and JSON encoders, atomic output through a temporary file renamed
 * when complete, and the registry of writable formats.
 */
package dev.quiver.adapters.write;
