package dev.quiver.engine.session;

import dev.quiver.adapters.spi.BatchWriter;
import dev.quiver.adapters.spi.FormatOptions;
import dev.quiver.adapters.spi.WritableFormat;
import dev.quiver.adapters.write.WritableFormats;
import dev.quiver.engine.api.ColumnInfo;
import dev.quiver.engine.api.PreparedQuery;
import dev.quiver.engine.api.QueryResult;
import dev.quiver.engine.error.ErrorCode;
import dev.quiver.engine.error.QuiverException;
import dev.quiver.engine.exec.ExecutionContext;
import dev.quiver.engine.exec.operator.LiteralRowsOperator;
import dev.quiver.engine.types.ArrowTypes;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * {@code COPY (query) TO 'file' (options)}: runs the query and streams its batches into a file
 * writer, which writes to a temporary file and renames it into place only when complete. The
 * result is one row with the number of rows written, as DuckDB's COPY returns.
 */
final class CopyQuery implements PreparedQuery {
  private static final String COUNT_COLUMN = "Count";

  private final DefaultQuiverSession session;
  private final String sql;
  private final CopyStatement copy;
  private final DefaultPreparedQuery query;
  private final WritableFormat format;
  private final Map<String, String> writerOptions;
  /** Columns of the query's result that PARTITION_BY names, in order; empty without it. */
  private final List<Integer> partitionBy;

  CopyQuery(DefaultQuiverSession session, String sql, CopyStatement copy) {
    this.session = session;
    this.sql = sql;
    this.copy = copy;
    this.query = (DefaultPreparedQuery) session.prepare(copy.query());
    this.writerOptions = new LinkedHashMap<>(copy.options());
    this.partitionBy = partitionColumns(writerOptions.remove("partition_by"), query.rowType());
    String formatName = writerOptions.remove("format");
    if (formatName == null) {
      formatName = formatFromExtension(copy.target());
    }
    if (formatName.equals("tsv")) {
      formatName = "csv";
      writerOptions.putIfAbsent("delimiter", "\t");
    }
    String name = formatName.toLowerCase(Locale.ROOT);
    this.format =
        WritableFormats.byName(name)
            .orElseThrow(
                () ->
                    new QuiverException(
                        ErrorCode.USER_ERROR,
                        "COPY cannot write FORMAT " + name + "; it writes "
                            + String.join(
                                ", ",
                                WritableFormats.all().stream().map(WritableFormat::name).toList())));
  }

  /** The result columns {@code (a, b)} names, matched case-insensitively; empty for null. */
  private static List<Integer> partitionColumns(String option, RelDataType rowType) {
    List<Integer> columns = new ArrayList<>();
    if (option == null) {
      return columns;
    }
    String list = option.trim();
    if (list.startsWith("(") && list.endsWith(")")) {
      list = list.substring(1, list.length() - 1);
    }
    for (String raw : list.split(",")) {
      String name = raw.trim().replaceAll("^\"|\"$", "");
      RelDataTypeField field = rowType.getField(name, false, false);
      if (field == null) {
        throw new QuiverException(
            ErrorCode.SYNTAX_OR_BINDING,
            "PARTITION_BY names column '" + name + "', which the query does not return; it"
                + " returns " + rowType.getFieldNames());
      }
      columns.add(field.getIndex());
    }
    return columns;
  }

  private static String formatFromExtension(String target) {
    String lower = target.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".parquet")) {
      return "parquet";
    }
    if (lower.endsWith(".json") || lower.endsWith(".ndjson") || lower.endsWith(".jsonl")) {
      return "json";
    }
    if (lower.endsWith(".tsv")) {
      return "tsv";
    }
    if (lower.endsWith(".csv")) {
      return "csv";
    }
    throw new QuiverException(
        ErrorCode.USER_ERROR,
        "COPY cannot tell the format of '" + target + "' from its name; add (FORMAT csv),"
            + " (FORMAT json) or (FORMAT parquet)");
  }

  @Override
  public String sql() {
    return sql;
  }

  @Override
  public List<ColumnInfo> columns() {
    return List.of(
        new ColumnInfo(COUNT_COLUMN, Types.BIGINT, "BIGINT", 19, 0, false, Long.class.getName()));
  }

  @Override
  public List<ColumnInfo> parameters() {
    return query.parameters();
  }

  @Override
  public boolean changesData() {
    return true;
  }

  @Override
  public QueryResult execute(List<Object> parameterValues) {
    Path target = session.resolveOutput(copy.target());
    long rows = write(target, parameterValues);
    BufferAllocator allocator = session.newQueryAllocator();
    RelDataType countType =
        session
            .planner()
            .typeFactory()
            .builder()
            .add(COUNT_COLUMN, SqlTypeName.BIGINT)
            .build();
    ExecutionContext context =
        new ExecutionContext(allocator, List.of(), session.options().batchRows());
    List<Object[]> result = new ArrayList<>();
    result.add(new Object[] {rows});
    return session.track(
        new OperatorQueryResult(
            columns(),
            new LiteralRowsOperator(countType, result),
            context,
            allocator,
            session::untrack));
  }

  private long write(Path target, List<Object> parameterValues) {
    Schema schema = schemaOf(query.rowType());
    if (!partitionBy.isEmpty()) {
      return writePartitioned(target, schema, parameterValues);
    }
    try (QueryResult rows = query.execute(parameterValues);
        BufferAllocator allocator = session.newQueryAllocator();
        BatchWriter writer =
            format.create(target, schema, new FormatOptions(writerOptions), allocator)) {
      VectorSchemaRoot batch;
      while ((batch = rows.next()) != null) {
        writer.write(batch);
      }
      writer.finish();
      return writer.rowsWritten();
    } catch (IllegalArgumentException e) {
      throw new QuiverException(ErrorCode.USER_ERROR, "COPY: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new QuiverException(
          ErrorCode.IO_ERROR, "COPY could not write " + target + ": " + e.getMessage(), e);
    }
  }

  private long writePartitioned(Path directory, Schema schema, List<Object> parameterValues) {
    try (QueryResult rows = query.execute(parameterValues);
        BufferAllocator allocator = session.newQueryAllocator();
        PartitionedCopy copy =
            new PartitionedCopy(
                directory,
                format,
                new FormatOptions(writerOptions),
                schema,
                partitionBy,
                allocator)) {
      VectorSchemaRoot batch;
      while ((batch = rows.next()) != null) {
        copy.write(batch);
      }
      return copy.finish();
    } catch (IllegalArgumentException e) {
      throw new QuiverException(ErrorCode.USER_ERROR, "COPY: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new QuiverException(
          ErrorCode.IO_ERROR, "COPY could not write " + directory + ": " + e.getMessage(), e);
    }
  }

  private static Schema schemaOf(RelDataType rowType) {
    List<Field> fields = new ArrayList<>();
    for (RelDataTypeField field : rowType.getFieldList()) {
      fields.add(ArrowTypes.toField(field.getName(), field.getType()));
    }
    return new Schema(fields);
  }
}
