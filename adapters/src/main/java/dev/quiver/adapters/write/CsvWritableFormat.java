package dev.quiver.adapters.write;

import dev.quiver.adapters.spi.BatchWriter;
import dev.quiver.adapters.spi.FormatOptions;
import dev.quiver.adapters.spi.WritableFormat;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Writes CSV: LF line ends, RFC 4180 quoting where a value needs it, values as DuckDB prints them
 * (see {@link CalendarText}), nested values as JSON text.
 *
 * <p>Options: {@code header} (default true), {@code delimiter} (one character or {@code \t};
 * default {@code ,}), {@code quote} (default {@code "}), {@code null} (text for NULL, default
 * empty), {@code compression} (only {@code none}).
 */
public final class CsvWritableFormat implements WritableFormat {
  static final Set<String> OPTIONS = Set.of("header", "delimiter", "quote", "null", "compression");

  @Override
  public String name() {
    return "csv";
  }

  @Override
  public BatchWriter create(Path target, Schema schema, FormatOptions options, BufferAllocator allocator)
      throws IOException {
    WriterOptions parsed = new WriterOptions("csv", options, OPTIONS);
    parsed.choice("compression", "none", Set.of("none"));
    boolean header = parsed.bool("header", true);
    byte delimiter = singleCharacter("delimiter", parsed.text("delimiter", ","));
    byte quote = singleCharacter("quote", parsed.text("quote", "\""));
    if (delimiter == quote) {
      throw new IllegalArgumentException(
          "Options delimiter and quote of FORMAT csv must differ; both are '" + (char) delimiter + "'");
    }
    TextStyle style = TextStyle.csv(delimiter, quote, parsed.text("null", ""));
    return new CsvBatchWriter(target, schema, style, header);
  }

  private static byte singleCharacter(String option, String value) {
    String text = value.equals("\\t") ? "\t" : value;
    if (text.length() != 1 || text.charAt(0) > 0x7F || text.charAt(0) == '\n' || text.charAt(0) == '\r') {
      throw new IllegalArgumentException(
          "Option " + option + " of FORMAT csv expects one ASCII character (or \\t for a tab) other"
              + " than a line break, got '" + value + "'");
    }
    return (byte) text.charAt(0);
  }
}
