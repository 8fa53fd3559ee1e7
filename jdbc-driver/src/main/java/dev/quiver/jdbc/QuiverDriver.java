package dev.quiver.jdbc;

import dev.quiver.engine.api.QuiverSession;
import dev.quiver.engine.api.SessionOptions;
import java.sql.Connection;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Function;
import org.apache.calcite.avatica.AvaticaConnection;
import org.apache.calcite.avatica.AvaticaFactory;
import org.apache.calcite.avatica.DriverVersion;
import org.apache.calcite.avatica.Meta;
import org.apache.calcite.avatica.UnregisteredDriver;

/**
 * The JDBC driver for {@code jdbc:quiver:<dir>[;key=value...]}: one embedded {@link QuiverSession}
 * per connection, results streamed from Arrow batches.
 */
public class QuiverDriver extends UnregisteredDriver {
  static {
    new QuiverDriver().register();
  }

  private final Function<SessionOptions, QuiverSession> sessionFactory;

  public QuiverDriver() {
    this(QuiverSession::open);
  }

  /** Test seam: a driver whose connections get their sessions from {@code sessionFactory}. */
  QuiverDriver(Function<SessionOptions, QuiverSession> sessionFactory) {
    this.sessionFactory = Objects.requireNonNull(sessionFactory);
  }

  @Override
  protected String getConnectStringPrefix() {
    return ConnectionTarget.PREFIX;
  }

  @Override
  protected AvaticaFactory createFactory() {
    return new QuiverJdbcFactory();
  }

  @Override
  protected DriverVersion createDriverVersion() {
    return DriverVersion.load(
        QuiverDriver.class,
        "dev/quiver/jdbc/quiver-jdbc.properties",
        "Quiver JDBC",
        "unknown version",
        "Quiver",
        "unknown version");
  }

  @Override
  public Meta createMeta(AvaticaConnection connection) {
    return new QuiverMeta((QuiverConnection) connection);
  }

  /**
   * Opens a connection. Unlike Avatica's, the URL suffix is a directory followed by
   * {@code ;key=value} options, so it is parsed here rather than by Avatica's ConnectStringParser.
   */
  @Override
  public Connection connect(String url, Properties info) throws SQLException {
    if (!acceptsURL(url)) {
      return null;
    }
    Properties copy = new Properties();
    if (info != null) {
      copy.putAll(info);
    }
    AvaticaConnection connection = factory.newConnection(this, factory, url, copy);
    handler.onConnectionInit(connection);
    return connection;
  }

  @Override
  public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
    List<DriverPropertyInfo> list = new ArrayList<>();
    for (Map.Entry<String, String> option : SessionOptions.KNOWN_OPTIONS.entrySet()) {
      DriverPropertyInfo property =
          new DriverPropertyInfo(option.getKey(), info == null ? null
              : info.getProperty(option.getKey()));
      property.description = option.getValue();
      list.add(property);
    }
    return list.toArray(new DriverPropertyInfo[0]);
  }

  /** Opens the session of a new connection. */
  QuiverSession openSession(SessionOptions options) {
    return sessionFactory.apply(options);
  }

  /** The version of this jar, e.g. {@code 0.1.0-SNAPSHOT}. */
  public String version() {
    return getDriverVersion().versionString;
  }
}
