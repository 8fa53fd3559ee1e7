package dev.quiver.adapters.parquet.metadata;

/**
 * A column chunk's statistics as written, undecoded.
 *
 * @param legacyMin deprecated {@code min} (signed order, unreliable for binary), or null
 * @param legacyMax deprecated {@code max}, or null
 * @param minValue {@code min_value} in the column order, or null
 * @param maxValue {@code max_value}, or null
 * @param nullCount null count, or -1 when absent
 */
public record ColumnStatistics(
    byte[] legacyMin, byte[] legacyMax, byte[] minValue, byte[] maxValue, long nullCount) {}
