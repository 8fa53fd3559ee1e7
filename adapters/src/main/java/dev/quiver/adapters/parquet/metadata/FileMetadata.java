package dev.quiver.adapters.parquet.metadata;

import java.util.List;

/**
 * The decoded footer.
 *
 * @param schema flattened schema, root first
 * @param numRows rows in the file
 * @param rowGroups row groups in file order
 * @param createdBy the writer, or null
 * @param typeDefinedOrder per leaf column: whether column_orders declares the type-defined sort
 *     order, which makes {@code min_value}/{@code max_value} trustworthy
 * @param encryptedColumns whether an encryption algorithm is declared (plaintext-footer mode)
 */
public record FileMetadata(
    List<SchemaElement> schema,
    long numRows,
    List<RowGroupMetadata> rowGroups,
    String createdBy,
    boolean[] typeDefinedOrder,
    boolean encryptedColumns) {}
