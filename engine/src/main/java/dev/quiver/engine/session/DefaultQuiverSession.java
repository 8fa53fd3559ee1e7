package dev.quiver.engine.session;

import dev.quiver.adapters.spi.FormatOptions;
import dev.quiver.engine.api.ColumnInfo;
import dev.quiver.engine.api.PreparedQuery;
import dev.quiver.engine.api.QueryResult;
import dev.quiver.engine.api.QuiverSession;
import dev.quiver.engine.api.SessionOptions;
import dev.quiver.engine.api.TableInfo;
import dev.quiver.engine.error.ErrorCode;
import dev.quiver.engine.error.QuiverException;
import dev.quiver.engine.plan.QueryPlanner;
import dev.quiver.engine.plan.QuiverTypeSystem;
import dev.quiver.engine.plan.schema.DirectorySchema;
import dev.quiver.engine.plan.schema.FileTable;
import dev.quiver.engine.plan.schema.TableCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.calcite.jdbc.CalciteSchema;
import org.apache.calcite.jdbc.JavaTypeFactoryImpl;

/**
 * A session over one directory: its schema, its planner, and the allocator under which every
 * query of the session gets a child allocator, so that {@code memory_limit} bounds them all.
 */
public final class DefaultQuiverSession implements QuiverSession {
  private final SessionOptions options;
  private final CalciteSchema rootSchema;
  private final DirectorySchema directorySchema;
  private final QueryPlanner planner;
  private final BufferAllocator allocator;
  private final Set<QueryResult> openResults = ConcurrentHashMap.newKeySet();
  private final AtomicLong queryCounter = new AtomicLong();
  private volatile boolean closed;

  public DefaultQuiverSession(SessionOptions options) {
    this.options = options;
    Path directory = options.directory();
    if (directory != null && !Files.isDirectory(directory)) {
      throw new QuiverException(
          ErrorCode.IO_ERROR,
          "Directory not found: " + directory.toAbsolutePath()
              + " (jdbc:quiver:<dir> needs an existing directory)");
    }
    Path absolute = directory == null ? null : directory.toAbsolutePath().normalize();
    TableCatalog catalog =
        new TableCatalog(
            new FormatOptions(Map.of("sample_size", Integer.toString(options.sampleSize()))));
    this.directorySchema = new DirectorySchema(absolute, catalog);
    this.rootSchema = CalciteSchema.createRootSchema(false, false);
    rootSchema.add(DEFAULT_SCHEMA, directorySchema);
    this.planner =
        new QueryPlanner(
            rootSchema,
            List.of(DEFAULT_SCHEMA),
            new JavaTypeFactoryImpl(QuiverTypeSystem.INSTANCE),
            options.debug() ? System.err : null);
    this.allocator = new RootAllocator(options.memoryLimitBytes());
  }

  @Override
  public SessionOptions options() {
    return options;
  }

  @Override
  public PreparedQuery prepare(String sql) {
    checkOpen();
    if (CopyStatement.matches(sql)) {
      return new CopyQuery(this, sql, CopyStatement.parse(sql));
    }
    DescribeQuery describe = DescribeQuery.tryPrepare(this, sql);
    if (describe != null) {
      return describe;
    }
    return new DefaultPreparedQuery(this, sql, planner.validate(sql));
  }

  /** Where COPY writes {@code target}: relative to the session's directory, or absolute. */
  Path resolveOutput(String target) {
    Path path = Path.of(target);
    if (!path.isAbsolute() && options.directory() != null) {
      path = options.directory().resolve(path);
    }
    return path.toAbsolutePath().normalize();
  }

  @Override
  public List<TableInfo> tables() {
    checkOpen();
    List<TableInfo> tables = new ArrayList<>();
    for (Map.Entry<String, Path> entry : directorySchema.listTableFiles().entrySet()) {
      List<ColumnInfo> columns;
      try {
        FileTable table = (FileTable) directorySchema.tables().get(entry.getKey());
        columns = ColumnInfos.of(table.getRowType(planner.typeFactory()));
      } catch (QuiverException e) {
        // A file that cannot be read still shows as a table, so tools list it; querying it
        // gives the reader's error.
        columns = List.of();
      }
      tables.add(new TableInfo(DEFAULT_SCHEMA, entry.getKey(), entry.getValue().toString(), columns));
    }
    return tables;
  }

  QueryPlanner planner() {
    checkOpen();
    return planner;
  }

  CalciteSchema rootSchema() {
    return rootSchema;
  }

  BufferAllocator newQueryAllocator() {
    return allocator.newChildAllocator(
        "query-" + queryCounter.incrementAndGet(), 0, options.memoryLimitBytes());
  }

  QueryResult track(QueryResult result) {
    openResults.add(result);
    return result;
  }

  void untrack(QueryResult result) {
    openResults.remove(result);
  }

  private void checkOpen() {
    if (closed) {
      throw new QuiverException(ErrorCode.USER_ERROR, "The session is closed");
    }
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    for (QueryResult result : List.copyOf(openResults)) {
      result.close();
    }
    long leaked = allocator.getAllocatedMemory();
    allocator.close();
    if (leaked != 0) {
      throw QuiverException.internal("Session closed with " + leaked + " bytes still allocated", null);
    }
  }
}
