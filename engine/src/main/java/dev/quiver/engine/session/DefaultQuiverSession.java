package dev.quiver.engine.session;

import dev.quiver.engine.api.PreparedQuery;
import dev.quiver.engine.api.QuiverSession;
import dev.quiver.engine.api.SessionOptions;
import dev.quiver.engine.api.TableInfo;
import dev.quiver.engine.error.ErrorCode;
import dev.quiver.engine.error.QuiverException;
import java.util.List;

/** Placeholder while the planner lands. */
public final class DefaultQuiverSession implements QuiverSession {
  private final SessionOptions options;

  public DefaultQuiverSession(SessionOptions options) {
    this.options = options;
  }

  @Override
  public SessionOptions options() {
    return options;
  }

  @Override
  public PreparedQuery prepare(String sql) {
    throw new QuiverException(ErrorCode.NOT_SUPPORTED, "not yet");
  }

  @Override
  public List<TableInfo> tables() {
    return List.of();
  }

  @Override
  public void close() {}
}
