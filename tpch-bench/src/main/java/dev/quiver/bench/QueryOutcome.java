package dev.quiver.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** One query's results on every engine, and whether their answers agreed. */
final class QueryOutcome {
  /** Outcome of the cross-engine answer check. */
  enum Check {
    MATCH,
    MISMATCH,
    NOT_CHECKED
  }

  private final BenchQuery query;
  private final Map<String, EngineResult> results = new LinkedHashMap<>();
  private Check check = Check.NOT_CHECKED;
  private String checkDetail = "";

  QueryOutcome(BenchQuery query, Iterable<String> engines) {
    this.query = query;
    for (String engine : engines) {
      results.put(engine, new EngineResult(engine));
    }
  }

  BenchQuery query() {
    return query;
  }

  Map<String, EngineResult> results() {
    return results;
  }

  EngineResult result(String engine) {
    return results.get(engine);
  }

  Check check() {
    return check;
  }

  String checkDetail() {
    return checkDetail;
  }

  void check(Check check, String detail) {
    this.check = check;
    this.checkDetail = detail;
  }

  /** Quiver median over DuckDB median, or NaN when either has no timings. */
  double ratio() {
    EngineResult quiver = results.get(QuiverEngine.NAME);
    EngineResult duckdb = results.get(DuckDbEngine.NAME);
    if (quiver == null || duckdb == null || !quiver.hasTimings() || !duckdb.hasTimings()) {
      return Double.NaN;
    }
    return quiver.medianMillis() / duckdb.medianMillis();
  }
}
