package dev.quiver.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes a run as JSON by hand (the module carries no JSON library for one small file). */
final class JsonReport {
  private JsonReport() {}

  static String render(BenchEnvironment environment, List<QueryOutcome> outcomes) {
    StringBuilder json = new StringBuilder("{\n");
    json.append("  \"started_at\": ")
        .append(quote(environment.startedAt().toString()))
        .append(",\n");
    json.append("  \"machine\": {\n");
    json.append("    \"available_processors\": ")
        .append(environment.availableProcessors())
        .append(",\n");
    json.append("    \"jvm_max_heap_bytes\": ").append(environment.maxHeapBytes()).append(",\n");
    json.append("    \"java\": ").append(quote(environment.javaVersion())).append(",\n");
    json.append("    \"os\": ").append(quote(environment.os())).append("\n  },\n");
    json.append("  \"data\": {\n");
    json.append("    \"file\": ").append(quote(environment.dataFile().toString())).append(",\n");
    json.append("    \"rows\": ").append(environment.rows()).append(",\n");
    json.append("    \"bytes\": ").append(environment.fileBytes()).append("\n  },\n");
    json.append("  \"warmup\": ").append(environment.warmup()).append(",\n");
    json.append("  \"runs\": ").append(environment.runs()).append(",\n");
    json.append("  \"engines\": {");
    String separator = "\n";
    for (Map.Entry<String, Map<String, String>> engine : environment.engineSettings().entrySet()) {
      json.append(separator).append("    ").append(quote(engine.getKey())).append(": {");
      String inner = "";
      for (Map.Entry<String, String> setting : engine.getValue().entrySet()) {
        json.append(inner)
            .append(quote(setting.getKey()))
            .append(": ")
            .append(quote(setting.getValue()));
        inner = ", ";
      }
      json.append('}');
      separator = ",\n";
    }
    json.append("\n  },\n  \"queries\": [");
    separator = "\n";
    for (QueryOutcome outcome : outcomes) {
      json.append(separator);
      appendQuery(json, outcome);
      separator = ",\n";
    }
    json.append("\n  ]\n}\n");
    return json.toString();
  }

  private static void appendQuery(StringBuilder json, QueryOutcome outcome) {
    json.append("    {\n      \"name\": ").append(quote(outcome.query().name())).append(",\n");
    json.append("      \"title\": ").append(quote(outcome.query().title())).append(",\n");
    json.append("      \"sql\": ").append(quote(outcome.query().sql())).append(",\n");
    json.append("      \"ratio_quiver_over_duckdb\": ")
        .append(number(outcome.ratio()))
        .append(",\n");
    json.append("      \"answers\": ")
        .append(quote(outcome.check().name().toLowerCase(Locale.ROOT)));
    json.append(", \"answers_detail\": ").append(quote(outcome.checkDetail())).append(",\n");
    json.append("      \"results\": {");
    String separator = "\n";
    for (EngineResult result : outcome.results().values()) {
      json.append(separator).append("        ").append(quote(result.engine())).append(": {");
      if (result.failed()) {
        json.append("\"status\": \"failed\", \"error\": ").append(quote(result.error()));
      } else {
        json.append("\"status\": \"ok\", \"median_ms\": ").append(number(result.medianMillis()));
        json.append(", \"min_ms\": ").append(number(result.minMillis()));
        json.append(", \"max_ms\": ").append(number(result.maxMillis()));
        json.append(", \"rows\": ")
            .append(result.firstAnswer() == null ? "null" : result.firstAnswer().rowCount());
        json.append(", \"runs_ms\": [");
        double[] runs = result.measuredMillis();
        for (int i = 0; i < runs.length; i++) {
          json.append(i == 0 ? "" : ", ").append(number(runs[i]));
        }
        json.append(']');
      }
      json.append('}');
      separator = ",\n";
    }
    json.append("\n      }\n    }");
  }

  static String number(double value) {
    return Double.isNaN(value) || Double.isInfinite(value)
        ? "null"
        : String.format(Locale.ROOT, "%.3f", value);
  }

  static String quote(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        case '\n' -> quoted.append("\\n");
        case '\r' -> quoted.append("\\r");
        case '\t' -> quoted.append("\\t");
        default -> {
          if (c < ' ') {
            quoted.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            quoted.append(c);
          }
        }
      }
    }
    return quoted.append('"').toString();
  }
}
