package dev.quiver.jdbc;

import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.Properties;
import java.util.TimeZone;
import org.apache.calcite.avatica.AvaticaConnection;
import org.apache.calcite.avatica.AvaticaFactory;
import org.apache.calcite.avatica.AvaticaPreparedStatement;
import org.apache.calcite.avatica.AvaticaResultSet;
import org.apache.calcite.avatica.AvaticaResultSetMetaData;
import org.apache.calcite.avatica.AvaticaSpecificDatabaseMetaData;
import org.apache.calcite.avatica.AvaticaStatement;
import org.apache.calcite.avatica.Meta;
import org.apache.calcite.avatica.QueryState;
import org.apache.calcite.avatica.UnregisteredDriver;

/**
 * Creates Quiver's JDBC objects for Avatica: connections with a session, statements that translate
 * errors, {@link QuiverResultSet} over Arrow batches for queries, and Avatica's own result set for
 * the metadata rows that arrive in one frame.
 */
final class QuiverJdbcFactory implements AvaticaFactory {
  private static final int JDBC_MAJOR = 4;
  private static final int JDBC_MINOR = 2;

  @Override
  public int getJdbcMajorVersion() {
    return JDBC_MAJOR;
  }

  @Override
  public int getJdbcMinorVersion() {
    return JDBC_MINOR;
  }

  @Override
  public AvaticaConnection newConnection(
      UnregisteredDriver driver, AvaticaFactory factory, String url, Properties info)
      throws SQLException {
    return QuiverConnection.open((QuiverDriver) driver, factory, url, info);
  }

  @Override
  public AvaticaStatement newStatement(
      AvaticaConnection connection,
      Meta.StatementHandle h,
      int resultSetType,
      int resultSetConcurrency,
      int resultSetHoldability) {
    return new QuiverStatement(
        (QuiverConnection) connection, h, resultSetType, resultSetConcurrency,
        resultSetHoldability);
  }

  @Override
  public AvaticaPreparedStatement newPreparedStatement(
      AvaticaConnection connection,
      Meta.StatementHandle h,
      Meta.Signature signature,
      int resultSetType,
      int resultSetConcurrency,
      int resultSetHoldability)
      throws SQLException {
    return new QuiverPreparedStatement(
        (QuiverConnection) connection, h, signature, resultSetType, resultSetConcurrency,
        resultSetHoldability);
  }

  @Override
  public AvaticaResultSet newResultSet(
      AvaticaStatement statement,
      QueryState state,
      Meta.Signature signature,
      TimeZone timeZone,
      Meta.Frame firstFrame)
      throws SQLException {
    ResultSetMetaData metaData = newResultSetMetaData(statement, signature);
    if (isArrowResult(signature)) {
      return new QuiverResultSet(statement, state, signature, metaData, timeZone);
    }
    return new AvaticaResultSet(statement, state, signature, metaData, timeZone, firstFrame);
  }

  @Override
  public AvaticaSpecificDatabaseMetaData newDatabaseMetaData(AvaticaConnection connection) {
    return new QuiverDatabaseMetaData((QuiverConnection) connection);
  }

  @Override
  public ResultSetMetaData newResultSetMetaData(
      AvaticaStatement statement, Meta.Signature signature) {
    return new AvaticaResultSetMetaData(statement, null, signature);
  }

  private static boolean isArrowResult(Meta.Signature signature) {
    return signature != null
        && signature.internalParameters != null
        && Boolean.TRUE.equals(signature.internalParameters.get(QuiverMeta.ARROW_RESULT));
  }
}
