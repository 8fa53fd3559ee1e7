package dev.quiver.adapters.csv;

import java.nio.file.Path;

/**
 * One row a reader skipped under {@code ignore_errors=true}, as a line of the rejects file.
 *
 * @param file the data file
 * @param line the 1-based line (of the decompressed text for a compressed file), or -1
 * @param column the column whose value did not fit, or null for a malformed row
 * @param value the offending value, or null
 * @param reason what was wrong, as the error without the option would have said
 * @param rawLine the row as written (its first line when it spans lines)
 */
public record Rejection(
    Path file, long line, String column, String value, String reason, String rawLine) {}
