package dev.quiver.jdbc;

import dev.quiver.engine.api.ColumnInfo;
import dev.quiver.engine.api.PreparedQuery;
import dev.quiver.engine.api.QueryResult;
import dev.quiver.engine.api.QuiverSession;
import dev.quiver.engine.api.TableInfo;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.calcite.avatica.AvaticaParameter;
import org.apache.calcite.avatica.AvaticaStatement;
import org.apache.calcite.avatica.ColumnMetaData;
import org.apache.calcite.avatica.MetaImpl;
import org.apache.calcite.avatica.MissingResultsException;
import org.apache.calcite.avatica.NoSuchStatementException;
import org.apache.calcite.avatica.QueryState;
import org.apache.calcite.avatica.remote.TypedValue;

/**
 * Avatica's {@code Meta} for Quiver: prepares and executes statements on the connection's
 * {@link QuiverSession} and answers the metadata calls from {@link QuiverSession#tables()}.
 *
 * <p>Results never pass through Avatica frames: {@code execute} leaves a {@link RunningQuery} in the
 * statement's state, and {@link QuiverResultSet} walks its Arrow batches directly.
 */
final class QuiverMeta extends MetaImpl {
  /** Marks a signature whose rows come from a {@link RunningQuery}, not from an Avatica frame. */
  static final String ARROW_RESULT = "quiver.arrowResult";

  /** JDBC's table type for every table Quiver shows. */
  static final String TABLE_TYPE = "TABLE";

  /** SQLState for a query given to executeUpdate: "cursor specification cannot be executed". */
  static final String QUERY_IN_UPDATE_STATE = "07003";

  /** SQLState for an unbound parameter: "wrong number of parameters". */
  static final String UNBOUND_PARAMETER_STATE = "07001";

  private final QuiverConnection quiverConnection;
  private final Map<Integer, StatementState> states = new ConcurrentHashMap<>();

  QuiverMeta(QuiverConnection connection) {
    super(connection);
    this.quiverConnection = connection;
    connProps.setAutoCommit(true);
    connProps.setReadOnly(true);
    connProps.setTransactionIsolation(Connection.TRANSACTION_NONE);
    connProps.setSchema(QuiverSession.DEFAULT_SCHEMA);
  }

  /** A prepared statement and its latest execution. */
  private static final class StatementState {
    final PreparedQuery prepared;
    final Signature signature;
    volatile RunningQuery running;

    StatementState(PreparedQuery prepared, Signature signature) {
      this.prepared = prepared;
      this.signature = signature;
    }

    synchronized void replace(RunningQuery next) {
      RunningQuery previous = running;
      running = next;
      if (previous != null) {
        previous.close();
      }
    }
  }

  // ---- statements ----

  @Override
  public StatementHandle prepare(ConnectionHandle ch, String sql, long maxRowCount) {
    PreparedQuery prepared = prepareQuery(sql);
    StatementHandle h = createStatement(ch);
    h.signature = signature(prepared);
    states.put(h.id, new StatementState(prepared, h.signature));
    return h;
  }

  @Override
  @SuppressWarnings("deprecation")
  public ExecuteResult prepareAndExecute(
      StatementHandle h, String sql, long maxRowCount, PrepareCallback callback)
      throws NoSuchStatementException {
    return prepareAndExecute(h, sql, maxRowCount, -1, callback);
  }

  @Override
  public ExecuteResult prepareAndExecute(
      StatementHandle h,
      String sql,
      long maxRowCount,
      int maxRowsInFirstFrame,
      PrepareCallback callback)
      throws NoSuchStatementException {
    try {
      PreparedQuery prepared = prepareQuery(sql);
      Signature signature = signature(prepared);
      synchronized (callback.getMonitor()) {
        callback.clear();
        StatementState state = new StatementState(prepared, signature);
        StatementState previous = states.put(h.id, state);
        if (previous != null) {
          previous.replace(null);
        }
        state.replace(run(h, prepared, Collections.emptyList(), true));
        callback.assign(signature, null, -1);
      }
      callback.execute();
      return new ExecuteResult(
          List.of(MetaResultSet.create(h.connectionId, h.id, false, signature, null)));
    } catch (SQLException e) {
      throw SqlErrors.unchecked(e);
    }
  }

  @Override
  @SuppressWarnings("deprecation")
  public ExecuteResult execute(
      StatementHandle h, List<TypedValue> parameterValues, long maxRowCount)
      throws NoSuchStatementException {
    return execute(h, parameterValues, -1);
  }

  @Override
  public ExecuteResult execute(
      StatementHandle h, List<TypedValue> parameterValues, int maxRowsInFirstFrame)
      throws NoSuchStatementException {
    StatementState state = state(h);
    try {
      List<Object> values = ParameterValues.convert(parameterValues, state.prepared.parameters());
      state.replace(run(h, state.prepared, values));
    } catch (SQLException e) {
      throw SqlErrors.unchecked(e);
    }
    return new ExecuteResult(
        List.of(MetaResultSet.create(h.connectionId, h.id, false, state.signature, null)));
  }

  @Override
  public ExecuteBatchResult prepareAndExecuteBatch(StatementHandle h, List<String> sqlCommands) {
    throw SqlErrors.unchecked(batchNotSupported());
  }

  @Override
  public ExecuteBatchResult executeBatch(
      StatementHandle h, List<List<TypedValue>> parameterValues) {
    throw SqlErrors.unchecked(batchNotSupported());
  }

  static SQLException batchNotSupported() {
    return new java.sql.SQLFeatureNotSupportedException(
        "Batches need statements that change data; Quiver runs queries. Use executeQuery.",
        "0A000");
  }

  /** The error for executeUpdate on a statement that returns rows. */
  static SQLException queryInUpdate() {
    return new SQLException(
        "executeUpdate needs a statement that changes data; use executeQuery",
        QUERY_IN_UPDATE_STATE);
  }

  /**
   * Whether {@code sql} writes data (COPY ... TO), which executeUpdate runs; a query is rejected
   * for executeUpdate with {@link #queryInUpdate()}.
   */
  boolean changesData(String sql) throws SQLException {
    try {
      return prepareQuery(sql).changesData();
    } catch (RuntimeException e) {
      throw SqlErrors.toSqlException(e);
    }
  }

  /** Whether the prepared statement {@code h} writes data (COPY ... TO). */
  boolean changesData(StatementHandle h) {
    StatementState state = states.get(h.id);
    return state != null && state.prepared.changesData();
  }

  @Override
  public Frame fetch(StatementHandle h, long offset, int fetchMaxRowCount)
      throws NoSuchStatementException, MissingResultsException {
    // Arrow results are read by QuiverResultSet itself; metadata results arrive in one frame.
    return Frame.EMPTY;
  }

  @Override
  public boolean syncResults(StatementHandle sh, QueryState state, long offset) {
    return false;
  }

  @Override
  public void closeStatement(StatementHandle h) {
    StatementState state = states.remove(h.id);
    if (state != null) {
      state.replace(null);
    }
  }

  @Override
  public void closeConnection(ConnectionHandle ch) {
    for (StatementState state : states.values()) {
      state.replace(null);
    }
    states.clear();
    quiverConnection.session().close();
  }

  @Override
  public void commit(ConnectionHandle ch) {
    // Quiver only reads: there is nothing to commit.
  }

  @Override
  public void rollback(ConnectionHandle ch) {
    // Quiver only reads: there is nothing to roll back.
  }

  /** Asks the statement's running query, if any, to stop. */
  void cancel(StatementHandle h) {
    StatementState state = states.get(h.id);
    RunningQuery running = state == null ? null : state.running;
    if (running != null) {
      running.cancel();
    }
  }

  /** The latest execution of a statement, for its result set to read. */
  RunningQuery running(StatementHandle h) throws SQLException {
    StatementState state = states.get(h.id);
    RunningQuery running = state == null ? null : state.running;
    if (running == null || running.isClosed()) {
      throw new SQLException("The statement has no open result; execute it again");
    }
    return running;
  }

  private StatementState state(StatementHandle h) throws NoSuchStatementException {
    StatementState state = states.get(h.id);
    if (state == null) {
      throw new NoSuchStatementException(h);
    }
    return state;
  }

  private PreparedQuery prepareQuery(String sql) {
    try {
      return quiverConnection.session().prepare(sql);
    } catch (RuntimeException e) {
      throw SqlErrors.unchecked(SqlErrors.toSqlException(e));
    }
  }

  private RunningQuery run(StatementHandle h, PreparedQuery prepared, List<Object> values)
      throws SQLException {
    return run(h, prepared, values, false);
  }

  /** @param justPrepared whether {@code prepared} was prepared for this very execution */
  private RunningQuery run(
      StatementHandle h, PreparedQuery prepared, List<Object> values, boolean justPrepared)
      throws SQLException {
    AvaticaStatement statement = quiverConnection.statementMap.get(h.id);
    int timeout = statement == null ? 0 : statement.getQueryTimeout();
    QueryResult result;
    try {
      result = justPrepared ? prepared.executeJustPrepared(values) : prepared.execute(values);
    } catch (RuntimeException e) {
      throw SqlErrors.toSqlException(e);
    }
    RunningQuery running = new RunningQuery(result, timeout);
    running.startTimer(quiverConnection.timeouts());
    return running;
  }

  private static Signature signature(PreparedQuery prepared) {
    List<ColumnMetaData> columns = new ArrayList<>();
    for (ColumnInfo column : prepared.columns()) {
      columns.add(ColumnTypes.columnMetaData(columns.size(), column));
    }
    List<AvaticaParameter> parameters = new ArrayList<>();
    for (ColumnInfo parameter : prepared.parameters()) {
      parameters.add(ColumnTypes.parameter(parameters.size(), parameter));
    }
    return new Signature(
        columns,
        prepared.sql(),
        parameters,
        Map.of(ARROW_RESULT, Boolean.TRUE),
        CursorFactory.ARRAY,
        StatementType.SELECT);
  }

  // ---- metadata ----

  @Override
  public MetaResultSet getCatalogs(ConnectionHandle ch) {
    // Quiver has no catalogs: TABLE_CAT is null everywhere.
    return createEmptyResultSet(MetaCatalog.class);
  }

  @Override
  public MetaResultSet getSchemas(ConnectionHandle ch, String catalog, Pat schemaPattern) {
    List<Object> rows = new ArrayList<>();
    if (NamePattern.matchesCatalog(catalog)
        && NamePattern.matches(schemaPattern.s, QuiverSession.DEFAULT_SCHEMA)) {
      rows.add(new MetaSchema(null, QuiverSession.DEFAULT_SCHEMA));
    }
    return rows(MetaSchema.class, rows);
  }

  @Override
  public MetaResultSet getTableTypes(ConnectionHandle ch) {
    return rows(MetaTableType.class, List.of(new MetaTableType(TABLE_TYPE)));
  }

  @Override
  public MetaResultSet getTables(
      ConnectionHandle ch,
      String catalog,
      Pat schemaPattern,
      Pat tableNamePattern,
      List<String> typeList) {
    List<Object> rows = new ArrayList<>();
    if (typeList == null || typeList.contains(TABLE_TYPE)) {
      for (TableInfo table : tables(catalog, schemaPattern, tableNamePattern)) {
        rows.add(new MetaTable(null, table.schema(), table.name(), TABLE_TYPE));
      }
    }
    return rows(MetaTable.class, rows);
  }

  @Override
  public MetaResultSet getColumns(
      ConnectionHandle ch,
      String catalog,
      Pat schemaPattern,
      Pat tableNamePattern,
      Pat columnNamePattern) {
    List<Object> rows = new ArrayList<>();
    for (TableInfo table : tables(catalog, schemaPattern, tableNamePattern)) {
      int ordinal = 0;
      for (ColumnInfo column : table.columns()) {
        ordinal++;
        if (NamePattern.matches(columnNamePattern.s, column.name())) {
          rows.add(metaColumn(table, column, ordinal));
        }
      }
    }
    return rows(MetaColumn.class, rows);
  }

  @Override
  public MetaResultSet getTypeInfo(ConnectionHandle ch) {
    return rows(MetaTypeInfo.class, new ArrayList<>(TypeInfoRows.ROWS));
  }

  @Override
  public MetaResultSet getImportedKeys(
      ConnectionHandle ch, String catalog, String schema, String table) {
    return createEmptyResultSet(KeyRow.class);
  }

  @Override
  public MetaResultSet getExportedKeys(
      ConnectionHandle ch, String catalog, String schema, String table) {
    return createEmptyResultSet(KeyRow.class);
  }

  @Override
  public MetaResultSet getCrossReference(
      ConnectionHandle ch,
      String parentCatalog,
      String parentSchema,
      String parentTable,
      String foreignCatalog,
      String foreignSchema,
      String foreignTable) {
    return createEmptyResultSet(KeyRow.class);
  }

  private List<TableInfo> tables(String catalog, Pat schemaPattern, Pat tableNamePattern) {
    List<TableInfo> matching = new ArrayList<>();
    if (!NamePattern.matchesCatalog(catalog)) {
      return matching;
    }
    List<TableInfo> all;
    try {
      all = quiverConnection.session().tables();
    } catch (RuntimeException e) {
      throw SqlErrors.unchecked(SqlErrors.toSqlException(e));
    }
    for (TableInfo table : all) {
      if (NamePattern.matches(schemaPattern.s, table.schema())
          && NamePattern.matches(tableNamePattern.s, table.name())) {
        matching.add(table);
      }
    }
    return matching;
  }

  private static MetaColumn metaColumn(TableInfo table, ColumnInfo column, int ordinal) {
    int type = column.jdbcType();
    boolean hasDigits =
        ColumnTypes.isSigned(type)
            || type == java.sql.Types.TIME
            || type == java.sql.Types.TIMESTAMP;
    return new MetaColumn(
        null,
        table.schema(),
        table.name(),
        column.name(),
        type,
        column.typeName(),
        ColumnTypes.precision(column),
        hasDigits ? ColumnTypes.scale(column) : null,
        ColumnTypes.radix(type),
        column.nullable()
            ? java.sql.DatabaseMetaData.columnNullable
            : java.sql.DatabaseMetaData.columnNoNulls,
        ColumnTypes.isText(type) ? ColumnTypes.precision(column) : null,
        ordinal,
        column.nullable() ? "YES" : "NO",
        "NO",
        "NO");
  }

  private MetaResultSet rows(Class<?> rowClass, List<Object> rows) {
    List<String> fieldNames = new ArrayList<>();
    for (java.lang.reflect.Field field : rowClass.getFields()) {
      if (!java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
        fieldNames.add(field.getName());
      }
    }
    return createResultSet(
        Collections.emptyMap(),
        fieldMetaData(rowClass).columns,
        CursorFactory.record(rowClass, null, fieldNames),
        new Frame(0, true, rows));
  }

  /**
   * A row of getImportedKeys/getExportedKeys/getCrossReference, with the 14th column spelled
   * {@code DEFERRABILITY} as the JDBC spec has it (Avatica's MetaImportedKey says DEFERABILITY).
   */
  public static final class KeyRow {
    public final String pktableCat = null;
    public final String pktableSchem = null;
    public final String pktableName = null;
    public final String pkcolumnName = null;
    public final String fktableCat = null;
    public final String fktableSchem = null;
    public final String fktableName = null;
    public final String fkcolumnName = null;
    public final short keySeq = 0;
    public final short updateRule = 0;
    public final short deleteRule = 0;
    public final String fkName = null;
    public final String pkName = null;
    public final short deferrability = 0;

    private KeyRow() {}
  }
}
