package dev.quiver.jdbc;

import dev.quiver.engine.api.ColumnInfo;
import dev.quiver.engine.api.PreparedQuery;
import dev.quiver.engine.api.QueryResult;
import dev.quiver.engine.api.QuiverSession;
import dev.quiver.engine.api.SessionOptions;
import dev.quiver.engine.api.TableInfo;
import dev.quiver.engine.error.ErrorCode;
import dev.quiver.engine.error.QuiverException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.DecimalVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.TimeStampMicroVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.DateDayVector;

/**
 * A hand-written QuiverSession serving one fixed query shape in two batches: id BIGINT, amount
 * DECIMAL(10,2), ts TIMESTAMP, name VARCHAR, ratio DOUBLE, day DATE, with NULLs in the second row.
 */
final class FakeSession implements QuiverSession {
  final RootAllocator allocator = new RootAllocator();
  final SessionOptions options;
  final List<String> prepared = new ArrayList<>();
  List<Object> lastParameters;
  boolean closed;

  FakeSession(SessionOptions options) {
    this.options = options;
  }

  static final List<ColumnInfo> COLUMNS = List.of(
      new ColumnInfo("id", Types.BIGINT, "BIGINT", 0, 0, false, "java.lang.Long"),
      new ColumnInfo("amount", Types.DECIMAL, "DECIMAL", 10, 2, true, "java.math.BigDecimal"),
      new ColumnInfo("ts", Types.TIMESTAMP, "TIMESTAMP", 6, 0, true, "java.sql.Timestamp"),
      new ColumnInfo("name", Types.VARCHAR, "VARCHAR", -1, 0, true, "java.lang.String"),
      new ColumnInfo("ratio", Types.DOUBLE, "DOUBLE", 0, 0, true, "java.lang.Double"),
      new ColumnInfo("day", Types.DATE, "DATE", 0, 0, true, "java.sql.Date"));

  @Override
  public SessionOptions options() {
    return options;
  }

  @Override
  public PreparedQuery prepare(String sql) {
    if (sql.contains("syntax error")) {
      throw new QuiverException(ErrorCode.SYNTAX_OR_BINDING, "Non-query expression encountered");
    }
    prepared.add(sql);
    boolean withParameter = sql.contains("?");
    return new PreparedQuery() {
      @Override
      public String sql() {
        return sql;
      }

      @Override
      public List<ColumnInfo> columns() {
        return COLUMNS;
      }

      @Override
      public List<ColumnInfo> parameters() {
        return withParameter
            ? List.of(new ColumnInfo("?0", Types.TIMESTAMP, "TIMESTAMP", 6, 0, true,
                "java.sql.Timestamp"))
            : List.of();
      }

      @Override
      public QueryResult execute(List<Object> parameterValues) {
        lastParameters = parameterValues;
        return new FakeResult(allocator, sql.contains("fail later"));
      }
    };
  }

  @Override
  public List<TableInfo> tables() {
    return List.of(
        new TableInfo(DEFAULT_SCHEMA, "orders", "orders.csv", COLUMNS),
        new TableInfo(DEFAULT_SCHEMA, "order_items", "order_items.csv", COLUMNS.subList(0, 2)));
  }

  @Override
  public void close() {
    closed = true;
    allocator.close();
  }

  /** Two batches: rows 1 and 2 (with NULLs), then row 3; or an error at the second batch. */
  static final class FakeResult implements QueryResult {
    private final BufferAllocator allocator;
    private final boolean failLater;
    private VectorSchemaRoot root;
    private int batches;
    private volatile boolean cancelled;

    FakeResult(BufferAllocator allocator, boolean failLater) {
      this.allocator = allocator;
      this.failLater = failLater;
    }

    @Override
    public List<ColumnInfo> columns() {
      return COLUMNS;
    }

    @Override
    public VectorSchemaRoot next() {
      if (cancelled) {
        throw new QuiverException(ErrorCode.CANCELLED, "Query cancelled");
      }
      freeRoot();
      batches++;
      if (batches == 1) {
        root = batch(new long[] {1, 2}, true);
        return root;
      }
      if (batches == 2) {
        if (failLater) {
          throw new QuiverException(ErrorCode.BAD_INPUT, "orders.csv:4: expected 3 fields, found 4");
        }
        root = batch(new long[] {3}, false);
        return root;
      }
      return null;
    }

    private VectorSchemaRoot batch(long[] ids, boolean secondNull) {
      BigIntVector id = new BigIntVector("id", allocator);
      DecimalVector amount = new DecimalVector("amount", allocator, 10, 2);
      TimeStampMicroVector ts = new TimeStampMicroVector("ts", allocator);
      VarCharVector name = new VarCharVector("name", allocator);
      Float8Vector ratio = new Float8Vector("ratio", allocator);
      DateDayVector day = new DateDayVector("day", allocator);
      for (int i = 0; i < ids.length; i++) {
        id.setSafe(i, ids[i]);
        if (secondNull && i == 1) {
          amount.setNull(i);
          ts.setNull(i);
          name.setNull(i);
          ratio.setNull(i);
          day.setNull(i);
          continue;
        }
        amount.setSafe(i, new BigDecimal("12.50"));
        // 2024-01-31 12:00:00.123456 and 2024-01-31 12:00:00
        ts.setSafe(i, ids[i] == 1 ? 1706702400123456L : 1706702400000000L);
        name.setSafe(i, (ids[i] == 1 ? "a\tb" : "").getBytes(StandardCharsets.UTF_8));
        ratio.setSafe(i, ids[i] == 1 ? 61.0 / 3 : 0.1 + 0.2);
        day.setSafe(i, 19753); // 2024-01-31
      }
      VectorSchemaRoot batch = VectorSchemaRoot.of(id, amount, ts, name, ratio, day);
      batch.setRowCount(ids.length);
      return batch;
    }

    @Override
    public void cancel() {
      cancelled = true;
    }

    private void freeRoot() {
      if (root != null) {
        root.close();
        root = null;
      }
    }

    @Override
    public void close() {
      freeRoot();
    }
  }
}
