package dev.quiver.engine.plan;

import org.apache.calcite.sql.validate.SqlConformanceEnum;
import org.apache.calcite.sql.validate.SqlDelegatingConformance;

/**
 * The SQL dialect rules Quiver validates with: Calcite's lenient conformance (LIMIT, {@code !=},
 * GROUP BY alias and ordinal, ...) plus VARCHAR, not padded CHAR, for CASE/COALESCE/UNION over
 * string literals of different lengths.
 */
public final class QuiverConformance extends SqlDelegatingConformance {
  public static final QuiverConformance INSTANCE = new QuiverConformance();

  private QuiverConformance() {
    super(SqlConformanceEnum.LENIENT);
  }

  @Override
  public boolean shouldConvertRaggedUnionTypesToVarying() {
    return true;
  }
}
