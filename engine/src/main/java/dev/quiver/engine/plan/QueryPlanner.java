package dev.quiver.engine.plan;

import dev.quiver.engine.error.ErrorCode;
import dev.quiver.engine.error.QuiverException;
import dev.quiver.engine.plan.rel.QuiverRel;
import dev.quiver.engine.plan.rules.QuiverRules;
import java.io.PrintStream;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.avatica.util.Casing;
import org.apache.calcite.avatica.util.Quoting;
import org.apache.calcite.config.CalciteConnectionConfigImpl;
import org.apache.calcite.config.CalciteConnectionProperty;
import org.apache.calcite.config.NullCollation;
import org.apache.calcite.jdbc.CalciteSchema;
import org.apache.calcite.plan.ConventionTraitDef;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.plan.volcano.VolcanoPlanner;
import org.apache.calcite.prepare.CalciteCatalogReader;
import org.apache.calcite.rel.RelCollationTraitDef;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelRoot;
import org.apache.calcite.rel.rules.CoreRules;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.runtime.CalciteContextException;
import org.apache.calcite.sql.SqlExplain;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperatorTable;
import org.apache.calcite.sql.fun.SqlLibrary;
import org.apache.calcite.sql.fun.SqlLibraryOperatorTableFactory;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParser;
import org.apache.calcite.sql.util.SqlOperatorTables;
import org.apache.calcite.sql.validate.SqlValidator;
import org.apache.calcite.sql.validate.SqlValidatorUtil;
import org.apache.calcite.sql2rel.SqlToRelConverter;
import org.apache.calcite.sql2rel.StandardConvertletTable;
import org.apache.calcite.tools.Programs;

/**
 * SQL text to an optimized plan: Calcite parses, validates and converts; the Volcano planner, with
 * Calcite's rules plus {@link QuiverRules}, picks vectorized nodes wherever they apply and
 * Calcite's Enumerable nodes elsewhere. The plan's root is always in the QUIVER convention, so
 * results always arrive as Arrow batches.
 *
 * <p>One instance per session; each call builds its own planner, so calls may run concurrently.
 */
public final class QueryPlanner {
  /** Parser settings: standard double-quoted identifiers keep their case; see README "SQL rules". */
  private static final SqlParser.Config PARSER_CONFIG =
      SqlParser.config()
          .withQuoting(Quoting.DOUBLE_QUOTE)
          .withUnquotedCasing(Casing.UNCHANGED)
          .withQuotedCasing(Casing.UNCHANGED)
          .withCaseSensitive(false)
          .withConformance(QuiverConformance.INSTANCE);

  /** Libraries of functions available without connection options (REGEXP_LIKE, IFNULL, ...). */
  private static final SqlOperatorTable FUNCTIONS =
      SqlLibraryOperatorTableFactory.INSTANCE.getOperatorTable(
          SqlLibrary.STANDARD, SqlLibrary.POSTGRESQL, SqlLibrary.BIG_QUERY, SqlLibrary.SPARK);

  private static final Pattern EXPLAIN_ANALYZE =
      Pattern.compile("(?is)^\\s*EXPLAIN\\s+ANALYZE\\s+");

  private final CalciteSchema rootSchema;
  private final List<String> defaultSchemaPath;
  private final JavaTypeFactory typeFactory;
  private final PrintStream debug;

  /**
   * @param debug where to print each planning stage, or null
   */
  public QueryPlanner(
      CalciteSchema rootSchema,
      List<String> defaultSchemaPath,
      JavaTypeFactory typeFactory,
      PrintStream debug) {
    this.rootSchema = rootSchema;
    this.defaultSchemaPath = defaultSchemaPath;
    this.typeFactory = typeFactory;
    this.debug = debug;
  }

  public JavaTypeFactory typeFactory() {
    return typeFactory;
  }

  /** A statement after parsing and validation, before planning. */
  public record Validated(
      SqlNode query,
      boolean isExplain,
      boolean isExplainAnalyze,
      RelDataType rowType,
      RelDataType parameterRowType,
      SqlValidator validator,
      CalciteCatalogReader catalogReader) {}

  /** An optimized plan; {@code rel} is in the QUIVER convention. */
  public record Plan(RelNode rel, List<String> fieldNames, RexBuilder rexBuilder) {
    public String explain() {
      return RelOptUtil.toString(rel);
    }
  }

  /** Parses and validates {@code sql}. */
  public Validated validate(String sql) {
    // Calcite's grammar has no EXPLAIN ANALYZE: recognise it here and plan the query inside.
    Matcher analyze = EXPLAIN_ANALYZE.matcher(sql);
    boolean isAnalyze = analyze.find();
    String text = ReservedOptionNames.quote(isAnalyze ? sql.substring(analyze.end()) : sql);
    SqlNode parsed;
    try {
      parsed = SqlParser.create(text, PARSER_CONFIG).parseStmt();
    } catch (SqlParseException e) {
      throw new QuiverException(ErrorCode.SYNTAX_OR_BINDING, syntaxMessage(e), e);
    }
    parsed = parsed.accept(DuckDbSpellings.INSTANCE);
    boolean explain = parsed.getKind() == SqlKind.EXPLAIN;
    SqlNode query = explain ? ((SqlExplain) parsed).getExplicandum() : parsed;
    if (!query.isA(SqlKind.QUERY)) {
      throw new QuiverException(
          ErrorCode.NOT_SUPPORTED,
          "Quiver runs queries (SELECT, VALUES, WITH, EXPLAIN PLAN FOR ...); "
              + query.getKind() + " statements are not supported yet");
    }
    CalciteCatalogReader catalogReader = catalogReader();
    SqlValidator validator =
        SqlValidatorUtil.newValidator(
            SqlOperatorTables.chain(FUNCTIONS, catalogReader),
            catalogReader,
            typeFactory,
            SqlValidator.Config.DEFAULT
                .withConformance(QuiverConformance.INSTANCE)
                .withDefaultNullCollation(NullCollation.LAST)
                .withIdentifierExpansion(true));
    try {
      SqlNode validated = validator.validate(query);
      return new Validated(
          validated,
          explain || isAnalyze,
          isAnalyze,
          validator.getValidatedNodeType(validated),
          validator.getParameterRowType(validated),
          validator,
          catalogReader);
    } catch (CalciteContextException e) {
      throw new QuiverException(ErrorCode.SYNTAX_OR_BINDING, e.getMessage(), e);
    } catch (QuiverException e) {
      throw e;
    } catch (RuntimeException e) {
      QuiverException cause = findQuiverCause(e);
      if (cause != null) {
        throw cause;
      }
      throw new QuiverException(ErrorCode.SYNTAX_OR_BINDING, String.valueOf(e.getMessage()), e);
    }
  }

  /** Converts and optimizes a validated statement. */
  public Plan plan(Validated validated) {
    VolcanoPlanner planner = new VolcanoPlanner();
    planner.addRelTraitDef(ConventionTraitDef.INSTANCE);
    planner.addRelTraitDef(RelCollationTraitDef.INSTANCE);
    planner.setExecutor(ConstantFolder.INSTANCE);
    RelOptUtil.registerDefaultRules(planner, false, false);
    QuiverRules.ALL.forEach(planner::addRule);
    // An identity projection (SELECT * after field trimming) is no work: drop it.
    planner.addRule(CoreRules.PROJECT_REMOVE);
    RexBuilder rexBuilder = new RexBuilder(typeFactory);
    RelOptCluster cluster = RelOptCluster.create(planner, rexBuilder);
    SqlToRelConverter converter =
        new SqlToRelConverter(
            (rowType, queryString, schemaPath, viewPath) -> {
              throw new QuiverException(ErrorCode.NOT_SUPPORTED, "Views are not supported yet");
            },
            validated.validator(),
            validated.catalogReader(),
            cluster,
            StandardConvertletTable.INSTANCE,
            SqlToRelConverter.config().withTrimUnusedFields(true).withExpand(false));
    RelRoot root = converter.convertQuery(validated.query(), false, true);
    RelNode logical = root.project();
    printDebug("Logical plan", RelOptUtil.toString(logical));
    RelTraitSet desired = logical.getTraitSet().replace(QuiverRel.CONVENTION).simplify();
    RelNode best;
    try {
      best = Programs.standard().run(planner, logical, desired, List.of(), List.of());
    } catch (RelOptPlanner.CannotPlanException e) {
      throw new QuiverException(ErrorCode.NOT_SUPPORTED, cannotPlanMessage(e), e);
    }
    printDebug("Physical plan", RelOptUtil.toString(best));
    return new Plan(best, root.validatedRowType.getFieldNames(), rexBuilder);
  }

  private CalciteCatalogReader catalogReader() {
    Properties properties = new Properties();
    properties.setProperty(CalciteConnectionProperty.CASE_SENSITIVE.camelName(), "false");
    return new CalciteCatalogReader(
        rootSchema, defaultSchemaPath, typeFactory, new CalciteConnectionConfigImpl(properties));
  }

  private void printDebug(String stage, String text) {
    if (debug != null) {
      debug.println("=== " + stage + " ===");
      debug.println(text);
    }
  }

  private static String syntaxMessage(SqlParseException e) {
    String message = String.valueOf(e.getMessage());
    // Calcite lists every token it could have accepted; the first line says what matters.
    int expecting = message.indexOf("\nWas expecting");
    if (expecting > 0) {
      message = message.substring(0, expecting);
    }
    if (e.getPos() == null) {
      return "Syntax error: " + message;
    }
    // Calcite's first line repeats the position ("... at line 1, column 8."): keep what is new.
    message = message.replaceFirst(" at line \\d+, column \\d+\\.?$", "");
    return "Syntax error at line " + e.getPos().getLineNum() + ", column "
        + e.getPos().getColumnNum() + ": " + message;
  }

  /**
   * Calcite explains a plan it cannot build with its whole search space; the user needs the
   * operator that nothing can run.
   */
  private static String cannotPlanMessage(RelOptPlanner.CannotPlanException e) {
    String message = String.valueOf(e.getMessage());
    String marker = "the relevant part of the original plan is as follows\n";
    int start = message.indexOf(marker);
    String part = "";
    if (start >= 0) {
      int lineEnd = message.indexOf('\n', start + marker.length());
      part = message.substring(start + marker.length(), lineEnd < 0 ? message.length() : lineEnd)
          .replaceFirst("^\\d+:", "")
          .replaceAll("subset=\\[[^]]*\\], ", "");
    }
    return "Quiver cannot run this query yet: no engine implements " + part
        + ". Functions returning TIMESTAMP WITH LOCAL TIME ZONE and some aggregates"
        + " (e.g. PERCENTILE_CONT) are not supported yet.";
  }

  private static QuiverException findQuiverCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof QuiverException q) {
        return q;
      }
    }
    return null;
  }
}
